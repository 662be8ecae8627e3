/** The scorer lives with the measuring code (src/bench/), which the split matrix also runs. */
export * from "../../src/bench/score-split.ts";
