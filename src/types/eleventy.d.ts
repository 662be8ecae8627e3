// @11ty/eleventy and its dev server ship no types; this is the part the build and preview commands use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    /** `configPath: false` reads no config file; `config` configures Eleventy (src/eleventy/site.ts) as well as or instead of one. */
    constructor(input?: string, output?: string, options?: { configPath?: string | false; quietMode?: boolean; runMode?: string; source?: string; config?: (config: import("../eleventy/site.ts").Config) => void });
    write(): Promise<unknown>;
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    watch(): Promise<unknown>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  import type { Server } from "node:http";
  export default class EleventyDevServer {
    readonly server: Server;
    getServerUrl(host: string): string;
    _serverListen(port: number): void;
    getHosts(): string[];
  }
}
