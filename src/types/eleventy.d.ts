// @11ty/eleventy ships no types; this is the part the build command uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    /** `configPath: false` reads no config file; `config` configures Eleventy instead. */
    constructor(input?: string, output?: string, options?: { configPath?: string | false; config?: (config: never) => void; quietMode?: boolean; runMode?: string });
    write(): Promise<unknown>;
  }
}
