/**
 * pdf.js on Node, set up once: the canvas package's DOMMatrix, Path2D and
 * ImageData as globals (pdf.js draws with them), fonts and character maps from
 * the installed package (nothing fetched), and documents opened with one
 * editor's message per way a page PDF can be unreadable.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DOMMatrix, ImageData, Path2D } from "@napi-rs/canvas";

Object.assign(globalThis, { DOMMatrix: globalThis.DOMMatrix ?? DOMMatrix, Path2D: globalThis.Path2D ?? Path2D, ImageData: globalThis.ImageData ?? ImageData });
// The legacy build carries core-js, which replaces JSON.parse and JSON.stringify with
// polyfills (for JSON.rawJSON, which Node 20 lacks) for the whole process: every digest
// and manifest of a build then ran several times slower (≈3.5 s of a 20,000-article
// build). pdf.js needs neither feature, so the engine's own functions are put back.
const { parse, stringify } = JSON;
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
Object.assign(JSON, { parse, stringify });
export const { OPS } = pdfjs;
type PDFDocumentProxy = Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;

const PACKAGE = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** Bigger than any page PDF a plate is made from (≈5–30 MB); past it the build would spend minutes on one page. */
export const MAX_PDF_BYTES = 80 * 1024 * 1024;

import { PdfProblem } from "./problem.ts";
export { PdfProblem };

/** Opens a page PDF, or says in one line why it cannot be read. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfProblem(`is ${Math.round(bytes.length / 1048576)} MB, more than a page PDF needs (at most ${MAX_PDF_BYTES / 1048576} MB); export the page again with images at print resolution`);
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      cMapUrl: join(PACKAGE, "cmaps/"),
      standardFontDataUrl: join(PACKAGE, "standard_fonts/"),
      wasmUrl: join(PACKAGE, "wasm/"),
      isEvalSupported: false,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === "PasswordException") throw new PdfProblem("is encrypted with a password; export the page again without a password (open-to-all) and replace the file");
    throw new PdfProblem(`is not a readable PDF (${(e as Error).message}); the file may be damaged or cut short: copy the page's PDF again from the typesetting system`);
  }
}

export type { PDFDocumentProxy };
