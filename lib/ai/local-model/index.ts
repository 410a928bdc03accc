/** The local model's public surface: the model itself, and its reading of a message for callers that only need that. */
export { createLocalModel, decide, LOCAL_MODEL_ID, type LocalModelOptions } from "./model";
export { parsePrompt, parseHiloContext, type HiloContext, type ParsedPrompt } from "./prompt";
export { detectLanguage } from "./language";
export { scoreIntents } from "./intents";
