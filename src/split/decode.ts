/**
 * Step 1: bytes → text. Pages arrive as UTF-8 (with or without BOM), UTF-16 with
 * BOM, or GB18030/GBK from Chinese Windows tools; all read the same, with LF
 * line ends.
 */
import { PageError } from "./errors.ts";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedPage {
  text: string;
  encoding: Encoding;
}

const BOMS: [Encoding, number[]][] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

// Control characters never found in page text (tab, LF, VT, FF, CR are allowed).
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function strictDecode(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decode(bytes: Uint8Array): DecodedPage {
  const bom = BOMS.find(([, prefix]) => startsWith(bytes, prefix));
  let decoded: DecodedPage | null = null;
  if (bom) {
    const [encoding, prefix] = bom;
    const text = strictDecode(encoding, bytes.subarray(prefix.length));
    if (text === null) throw new PageError(`starts with a ${encoding} byte-order mark but is not valid ${encoding}; save it again as UTF-8`);
    decoded = { text, encoding };
  } else {
    // A NUL byte means binary (or UTF-16 without a BOM, which we cannot tell from binary).
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new PageError(`not a text file (binary data at byte ${nul}); give the page's plain-text export`);
    // GB18030 accepts most byte sequences, so UTF-8 (strict) is tried first.
    for (const encoding of ["utf-8", "gb18030"] as const) {
      const text = strictDecode(encoding, bytes);
      if (text !== null) {
        decoded = { text, encoding };
        break;
      }
    }
    if (!decoded) throw new PageError("is neither UTF-8 nor GB18030 text; give the page's plain-text export");
  }
  const control = CONTROL.exec(decoded.text);
  if (control) throw new PageError(`not a text file (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}); give the page's plain-text export`);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new PageError("is empty (nothing but whitespace); export the page's text again");
  return { text, encoding: decoded.encoding };
}
