/** Every held-out conversation, for scenarios.int.test.ts. */
import { scenarios as part1 } from "./held-out-1";
import { scenarios as part2 } from "./held-out-2";

export const HELD_OUT_SCENARIOS = [...part1, ...part2];
