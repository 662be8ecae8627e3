/**
 * The edition's page list: content/<date>/edition.yml. The splitter writes it, an
 * editor may edit it, and the site reads it (the edition page lists every printed
 * page, even one without stories; 上一版/下一版 and the 版面 view follow it).
 *
 *   pages:
 *     - page: 1
 *       name: 要闻
 *     - page: 3
 *       name: 综合
 *       pdf: pages/03.pdf   # optional; relative to the edition folder
 *
 * Without `pdf`, a page's PDF is looked for at pages/NN.pdf (NN = two-digit 版次).
 */
import { z } from "zod";
import { insideEdition } from "./record.ts";

export const EDITION_FILE = "edition.yml";

export const editionPageSchema = z.object({
  page: z.number({ error: "every page needs its 版次 as a whole number (page: 3)" }).int().positive(),
  name: z.string().trim().min(1).optional(),
  pdf: z
    .string()
    .trim()
    .min(1)
    .refine(insideEdition, "pdf must be a path inside the edition folder, e.g. pages/03.pdf")
    .optional(),
});
export type EditionPage = z.infer<typeof editionPageSchema>;

export const editionListSchema = z
  .object({ pages: z.array(editionPageSchema) })
  .superRefine((list, ctx) => {
    const seen = new Set<number>();
    list.pages.forEach((p, i) => {
      if (seen.has(p.page)) ctx.addIssue({ code: "custom", path: ["pages", i, "page"], message: `第${p.page}版 is listed twice; each page once` });
      seen.add(p.page);
    });
  });
export type EditionList = z.infer<typeof editionListSchema>;

/** Where a page's PDF lives when edition.yml does not say: pages/03.pdf. */
export function defaultPdfPath(page: number): string {
  return `pages/${String(page).padStart(2, "0")}.pdf`;
}
