/**
 * The article record: the one description of an article that the splitter
 * writes, the front-matter schema checks, and the templates read.
 * Field names follow the newsroom vocabulary in shared/GUIDE.md §3.
 */
import { z } from "zod";
import { reviewNoteSchema } from "./review-note.ts";

export const ARTICLE_TYPES = ["article", "photo", "brief"] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/** A byline entry. `role` is the role as printed without 本报 (记者, 通讯员, 摄影 …), or null. */
export const reporterSchema = z.object({
  name: z.string().trim().min(1, "a reporter needs a name"),
  role: z.string().trim().min(1).nullable(),
});
export type Reporter = z.infer<typeof reporterSchema>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is YYYY-MM-DD and names a day that exists (no 2023-02-30). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * An edition date. YAML front matter turns an unquoted 2023-12-14 into a Date
 * (UTC midnight), so both forms are accepted and normalised to the string.
 */
export const editionDateSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? (isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10)) : value.trim();
    if (!isRealDate(text)) {
      ctx.addIssue({ code: "custom", message: `"${String(value)}" is not a real date; write it as YYYY-MM-DD, e.g. 2023-12-14` });
      return z.NEVER;
    }
    return text;
  });

const optionalText = z.string().trim().min(1).optional();

/** A path relative to the edition folder that stays inside it (edition.yml's pdf, an article's image). */
export function insideEdition(path: string): boolean {
  return !/^([\\/]|[A-Za-z]:)/.test(path) && !path.split(/[\\/]/).includes("..");
}

const fraction = (name: string) => z.number({ error: `${name} is a fraction of the page, from 0 to 1` }).min(0, `${name} is a fraction of the page, from 0 to 1`).max(1, `${name} is a fraction of the page, from 0 to 1`);

/**
 * Where a story is printed on its page's PDF: a rectangle in fractions of the page's
 * width and height, from its top left corner (the build finds them; an editor may correct them).
 */
export const regionSchema = z
  .object({ x: fraction("x"), y: fraction("y"), width: fraction("width"), height: fraction("height") })
  .refine((r) => r.width > 0 && r.height > 0 && r.x + r.width <= 1.0001 && r.y + r.height <= 1.0001, "a region must have a size and lie on the page (x + width and y + height at most 1)");

/** A rectangle of a printed page, in fractions of its width and height (origin top left). */
export type Region = z.infer<typeof regionSchema>;

/** Front matter of one article file in content/<date>/<slug>.md. */
export const frontMatterSchema = z.object({
  title: z.string({ error: "every article needs a title (主题)" }).trim().min(1, "the title is empty"),
  kicker: optionalText,
  subtitle: optionalText,
  column: optionalText,
  /** Where a reprinted or wire story comes from (据《人民日报》, 新华社电), shown under it. */
  source: optionalText,
  section: z.string({ error: "every article needs a section (the desk it is indexed under)" }).trim().min(1),
  reporter: z.array(reporterSchema).default([]),
  date: editionDateSchema,
  page: z.number().int().positive().optional(),
  pageName: optionalText,
  order: z.number().int().positive(),
  type: z.enum(ARTICLE_TYPES).default("article"),
  /** True when the title was made up by the splitter (a photo story prints none). */
  titleDerived: z.boolean().optional(),
  /** Splitter review notes an editor has not cleared yet. */
  review: z.array(reviewNoteSchema).optional(),
  /** Proper names printed exactly as written in the Traditional edition too (OpenCC never sees them). */
  properNames: z.array(z.string().trim().min(1)).optional(),
  draft: z.boolean().optional(),
  /** The story's rectangles on its page's PDF, in reading order; when given, the build does not look for the story itself. */
  regions: z.array(regionSchema).min(1, "list at least one region, or delete the field to let the build find the story").optional(),
  /**
   * The story's photo, a file in the edition folder (photos/03-1.jpg): for an edition
   * without page PDFs, or to replace the photo the build crops from the page.
   */
  image: z
    .string({ error: "give the path of a picture file in the edition folder, e.g. photos/03-1.jpg" })
    .trim()
    .min(1, "is empty; name a picture file in the edition folder, e.g. photos/03-1.jpg, or delete the field")
    .refine(insideEdition, "must be a path inside the edition folder, e.g. photos/03-1.jpg (no leading / and no ..)")
    .optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One block of an article's body as the splitter reads it. */
export interface BodyBlock {
  /** An aside is a paragraph of a box at the story's end (相关链接, 背景 …), not of the main text. */
  kind: "paragraph" | "subhead" | "aside";
  text: string;
  /** For an aside: the box's name as printed. */
  label?: string;
}

/** A review note: something an editor must look at, with the source line it came from. */
export interface Warning {
  line: number;
  code: string;
  message: string;
  /** The words of the text the note is about, exactly as they stand in it. */
  words?: string;
}

/** The splitter's reading of one article (the `--json` shape, one entry of `articles`). */
export interface SplitArticle {
  slug: string;
  type: ArticleType;
  /** null when the page prints no headline (a photo story). */
  title: string | null;
  kicker?: string;
  subtitle?: string;
  column?: string;
  section: string;
  /** Where the story comes from, printed at its end: 据《人民日报》, 新华社电. */
  source?: string;
  reporter: Reporter[];
  order: number;
  body: BodyBlock[];
  /** Where the story is printed, when it was read from the page's PDF. */
  regions?: Region[];
}

/** The splitter's reading of one page (the `--json` output). */
export interface PageReading {
  /** The edition as the page's own header prints it (date, 版次, 版名), else as the command line gave it. */
  edition: { date: string; page?: number; pageName?: string };
  articles: SplitArticle[];
  warnings: Warning[];
}
