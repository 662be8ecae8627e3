import { measureQueries } from "../src/bench/search-query.ts";
const t = await measureQueries(process.argv[2]!);
console.log(JSON.stringify(t));
