/**
 * The live preview's server: Eleventy's dev server, told where to listen and made to
 * answer a path it cannot decode. The preview shows drafts and open review notes, so
 * it listens on this machine's loopback address unless the editor names another.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import EleventyDevServer from "@11ty/eleventy-dev-server";

/** Where the preview listens unless `--host` says otherwise: this machine only. */
export const LOOPBACK = "127.0.0.1";

/** Whether `host` is an address of this machine only (loopback), not one others can reach. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || /^127\./.test(host) || host === "::1";
}

/**
 * Has every dev server of this process listen on `host` and name, when it starts, the
 * address it really listens on. The dev server has no such option: it listens on
 * every interface (`listen({ port })` in its `_serverListen`, also used when it tries
 * the next port) and prints `localhost` whatever it listens on (`getHosts`).
 */
export function listenOn(host: string): void {
  const server = EleventyDevServer.prototype;
  server._serverListen = function (port) {
    this.server.listen({ port, host });
  };
  server.getHosts = function () {
    const { address } = this.server.address() as { address: string };
    return [this.getServerUrl(address.includes(":") ? `[${address}]` : address)];
  };
}

/**
 * A middleware run before the dev server's own: it decodes a request's path with
 * decodeURIComponent and lets the URIError of `/%zz`, `/%` or `/%c0%ae` escape, so the
 * request was never answered and an "Unhandled rejection" trace was printed. Such a
 * path names no file: 400.
 */
export function refuseMalformedPath(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  try {
    decodeURIComponent(new URL(request.url ?? "/", "http://preview/").pathname);
  } catch {
    response.statusCode = 400;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("400 Bad Request: this address is not a path the preview can read.\n");
    return;
  }
  next();
}
