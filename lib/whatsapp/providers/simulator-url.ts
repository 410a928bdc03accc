import { getEnv } from "@/lib/env";

/** Where the simulator's Graph API is mounted in this app (app/api/simulator/graph/[...path]). */
export const SIMULATOR_GRAPH_PATH = "/api/simulator/graph";

/**
 * This app's own simulator, on loopback: where simulator channels send when the caller names no
 * other URL. Every replica serves the simulator, so loopback always reaches one.
 */
export const localSimulatorBaseUrl = () => `http://127.0.0.1:${getEnv().PORT}${SIMULATOR_GRAPH_PATH}`;
