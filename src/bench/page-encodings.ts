/** Page text encoded the ways editors' tools save it, to feed the splitter's decode step. */

let gb18030: Map<string, number[]> | undefined;

/** The GB18030 code of every BMP character, built by inverting Node's decoder (TextEncoder only writes UTF-8). */
function gb18030Table(): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  const add = (bytes: number[]) => {
    const char = decoder.decode(new Uint8Array(bytes));
    if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  // Four-byte codes 81 30 81 30 … 84 31 A4 39 hold the rest of the BMP.
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
      }
    }
  }
  return table;
}

/** Encodes text as GB18030: GBK's two-byte codes where they exist, four-byte codes for the rest. */
export function encodeGb18030(text: string): Buffer {
  gb18030 ??= gb18030Table();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x10000) {
      // Beyond the BMP the codes run in order from 90 30 81 30.
      let offset = code - 0x10000;
      const b4 = 0x30 + (offset % 10);
      offset = Math.floor(offset / 10);
      const b3 = 0x81 + (offset % 126);
      offset = Math.floor(offset / 126);
      bytes.push(0x90 + Math.floor(offset / 10), 0x30 + (offset % 10), b3, b4);
    } else {
      const found = gb18030.get(char);
      if (!found) throw new Error(`no GB18030 code for U+${code.toString(16)}`);
      bytes.push(...found);
    }
  }
  return Buffer.from(bytes);
}

/** Encodes text as UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return order === "le" ? le : le.swap16();
}
