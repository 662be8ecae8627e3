import { serveSite } from "../src/bench/serve.ts";
const s = await serveSite(process.argv[2]!);
console.log(s.url);
