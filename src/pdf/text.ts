/**
 * A page's positioned text, read with pdf.js: the text items of its text layer
 * joined into printed lines (one baseline, one type size), each with its box in
 * fractions of the page, and the boxes of the pictures printed on it.
 */
import type { PDFDocumentProxy } from "./pdfjs.ts";
import type { Rect } from "./geometry.ts";
import { normalizePdfText } from "./normalize.ts";
import { OPS } from "./pdfjs.ts";

type PDFPageProxy = Awaited<ReturnType<PDFDocumentProxy["getPage"]>>;

/** One printed line: its text (normalized), its type size in points, its box. */
export interface PrintedLine { text: string; size: number; box: Rect }

export interface PageText {
  /** The page's size in points. */
  width: number;
  height: number;
  lines: PrintedLine[];
  /** Pictures (photos) on the page. */
  pictures: Rect[];
}

interface Item { str: string; transform: number[]; width: number; height: number }

/** Of a CJK face's em box, the part above the baseline. */
const ASCENT = 0.88;

/**
 * Items on one baseline and of one size, closer than two ems, are one line;
 * pdf.js cuts a line wherever the font or the glyph run changes (⽉ in 12⽉14).
 */
export function linesOf(items: readonly Item[], width: number, height: number): PrintedLine[] {
  const lines: { text: string; size: number; x: number; y: number; right: number }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b);
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - f) < size * 0.2 && Math.abs(last.size - size) < 0.5 && e - last.right < size * 2 && e >= last.right - size * 0.5) {
      last.text += (e - last.right > size * 0.5 ? " " : "") + item.str;
      last.right = e + item.width;
    } else {
      lines.push({ text: item.str, size, x: e, y: f, right: e + item.width });
    }
  }
  return lines.map((l) => ({
    text: normalizePdfText(l.text).trim(),
    size: l.size,
    box: { x: l.x / width, y: (height - l.y - l.size * ASCENT) / height, width: (l.right - l.x) / width, height: l.size / height },
  }));
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Where the page paints images: the unit square under the current transform at each image operator. */
async function picturesOf(page: PDFPageProxy, width: number, height: number): Promise<Rect[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const pictures: Rect[] = [];
  fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0], ctm[4] + ctm[2], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1], ctm[5] + ctm[3], ctm[5] + ctm[1] + ctm[3]];
      const x = Math.min(...xs), top = Math.max(...ys);
      pictures.push({ x: x / width, y: (height - top) / height, width: (Math.max(...xs) - x) / width, height: (top - Math.min(...ys)) / height });
    }
  });
  return pictures;
}

/** The first page's text and pictures. */
export async function pageText(doc: PDFDocumentProxy): Promise<PageText> {
  const page = await doc.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: Item[] = content.items.flatMap((item) => ("str" in item ? [item] : []));
  return { width, height, lines: linesOf(items, width, height), pictures: await picturesOf(page, width, height) };
}
