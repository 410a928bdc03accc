/**
 * Hilo's offline model (the default when no external model is configured): see
 * lib/ai/local-model/model.ts.
 */
export { createLocalModel, LOCAL_MODEL_ID, type LocalModelOptions } from "./local-model/index";
