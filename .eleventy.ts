// The live preview (`npm run serve`), as Eleventy sees it: what it is taught lives in src/eleventy/.
// The build configures Eleventy itself, with its own paper (src/build/site-build.ts).
import { previewSource } from "./src/eleventy/preview.ts";
import { configureSite, type Config } from "./src/eleventy/site.ts";

export default (config: Config) => configureSite(config, previewSource());
