/** PDFs written byte by byte, for pages no typesetting system would make (a page 3 pt wide, 300,000 drawings). */

/** A one-page PDF of `width` × `height` points whose page draws `content` (PDF operators). */
export function rawPdf(width: number, height: number, content: string): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents 4 0 R /Resources << >> >>`,
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(pdf);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf);
}

/** `count` separate strokes across a broadsheet page: a page that takes long to draw. */
export function strokes(count: number): string {
  return Array.from({ length: count }, (_, i) => `${i % 900} ${(i * 7) % 1400} m ${(i * 13) % 900} ${(i * 3) % 1400} l S`).join("\n");
}
