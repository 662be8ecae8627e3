/** Tests serve built sites the way the benchmark's search timing does (src/bench/serve.ts). */
export { serveSite, type ServedSite } from "../../src/bench/serve.ts";
