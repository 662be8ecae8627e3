/**
 * A page PDF the build cannot read, with what the editor should do about it. Apart
 * from pdf.js (pdfjs.ts), so that a build whose page images are all cached can tell
 * this error from others without loading the engine.
 */
export class PdfProblem extends Error {}
