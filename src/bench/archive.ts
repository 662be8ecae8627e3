/**
 * A synthetic archive for benchmarks: N articles spread over daily editions,
 * composed from real paragraphs so that text length, script conversion and
 * search indexing cost what they cost on real pages. Deterministic from a seed.
 * Not shipped content: it exists so `npm run bench` can measure scale.
 */
import { stringify } from "yaml";
import { DATELINE } from "../article/dateline.ts";
import type { FrontMatter, Reporter } from "../article/record.ts";
import { pinyinSlug } from "../article/slug.ts";

/** Real text to compose articles from. */
export interface ParagraphPool {
  paragraphs: string[];
  subheads: string[];
}

export interface ArchiveOptions {
  articles: number;
  /** Sections from content/site.json, first one the front-page desk. */
  sections: readonly string[];
  pool: ParagraphPool;
  seed?: number;
  /** The newest edition; older editions go back one day at a time. */
  latestDate?: string;
}

/** One generated article file, `path` relative to the content folder. */
export interface ArchiveFile {
  path: string;
  text: string;
}

const ARTICLES_PER_DAY = [20, 60] as const;
const ARTICLE_CHARS = [1000, 2000] as const;
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史";
const GIVEN = "建国华明丽军伟芳娜静敏强磊洋艳勇杰娟涛超秀霞平刚桂英玉兰志宏晓辉鹏宇琦峰雪梅婷海燕召旭宗锋金松承斌永男奕博";
const ROLES = ["记者", "记者", "记者", "通讯员", "通讯员", "实习生"] as const;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("cannot pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const HAN_GAP = /(\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;
const CAPTION_CREDIT = /\s*■.*$/u;

/** Body text of a paragraph without its dateline or photo credit, so it can sit anywhere in an article. */
function cleanParagraph(text: string): string {
  return text.replace(/\s*\n\s*/g, "").replace(HAN_GAP, "$1").replace(DATELINE, "").replace(CAPTION_CREDIT, "").trim();
}

function poolOf(blocks: { kind: "paragraph" | "subhead"; text: string }[]): ParagraphPool {
  const paragraphs = new Set<string>();
  const subheads = new Set<string>();
  for (const block of blocks) {
    const text = cleanParagraph(block.text);
    if (block.kind === "subhead" && text.length >= 4) subheads.add(text);
    else if (block.kind === "paragraph" && text.length >= 40) paragraphs.add(text);
  }
  return { paragraphs: [...paragraphs], subheads: [...subheads] };
}

/**
 * Paragraphs of raw page text (the splitter's input): blocks separated by blank
 * lines; short lines without a full stop are taken as subheads, the rest of the
 * page furniture (headlines, bylines, banners) is too short to be a paragraph.
 */
export function poolFromPageText(text: string): ParagraphPool {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => {
      const oneLine = cleanParagraph(b);
      const looksLikeSubhead = oneLine.length >= 8 && oneLine.length <= 24 && !/[。■]/.test(oneLine) && /[,，]/.test(oneLine);
      return { kind: looksLikeSubhead ? ("subhead" as const) : ("paragraph" as const), text: b };
    });
  return poolOf(blocks);
}

/** Paragraphs and subheads (`## `) of article Markdown files (front matter skipped). */
export function poolFromArticles(markdown: readonly string[]): ParagraphPool {
  const blocks = markdown.flatMap((file) => {
    const body = file.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
    return body
      .split(/\r?\n\s*\r?\n/)
      .map((b) => b.trim())
      .filter(Boolean)
      .map((b) => (b.startsWith("#") ? { kind: "subhead" as const, text: b.replace(/^#+\s*/, "") } : { kind: "paragraph" as const, text: b }));
  });
  return poolOf(blocks);
}

/** Clauses of real sentences, the raw material for headlines. */
function clausesOf(paragraphs: readonly string[], min: number, max: number): string[] {
  const clauses = new Set<string>();
  for (const p of paragraphs) {
    for (const clause of p.split(/[，。；！？：,;!?:、“”"（）()《》]/)) {
      const c = clause.trim();
      if (c.length >= min && c.length <= max && /^\p{Script=Han}/u.test(c)) clauses.add(c);
    }
  }
  return [...clauses];
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function reporterPool(dice: Dice, size: number): Reporter[] {
  const names = new Set<string>();
  while (names.size < size) {
    const given = dice.chance(0.6) ? dice.pick([...GIVEN]) + dice.pick([...GIVEN]) : dice.pick([...GIVEN]);
    names.add(dice.pick([...SURNAMES]) + given);
  }
  return [...names].map((name) => ({ name, role: dice.pick(ROLES) }));
}

function slugOf(title: string, serial: number): string {
  return [pinyinSlug(title, 4), serial.toString(36)].filter(Boolean).join("-");
}

/** Front matter + Markdown body of one article file. */
function articleFile(frontMatter: FrontMatter, body: string[]): string {
  const fields = Object.fromEntries(Object.entries(frontMatter).filter(([, v]) => v !== undefined));
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body.join("\n\n")}\n`;
}

/**
 * The archive's article files, newest edition first. Each day carries 20–60
 * articles over 4–8 printed pages named after sections; articles run
 * 1,000–2,000 characters of real paragraphs, with subheads in the long ones.
 */
export function generateArchive(options: ArchiveOptions): ArchiveFile[] {
  const { articles, sections, pool } = options;
  if (sections.length === 0) throw new Error("the archive needs at least one section");
  if (pool.paragraphs.length === 0) throw new Error("the archive needs source paragraphs");
  const dice = new Dice(prng(options.seed ?? 20231214));
  const reporters = reporterPool(dice, 60);
  const titles = clausesOf(pool.paragraphs, 8, 22);
  const shortClauses = clausesOf(pool.paragraphs, 4, 9);
  const subheads = pool.subheads.length > 0 ? pool.subheads : clausesOf(pool.paragraphs, 8, 14);
  const files: ArchiveFile[] = [];
  let date = options.latestDate ?? "2023-12-14";

  while (files.length < articles) {
    const today = Math.min(dice.int(...ARTICLES_PER_DAY), articles - files.length);
    const pages = Math.max(4, Math.min(8, Math.ceil(today / 7)));
    for (let i = 0; i < today; i++) {
      const page = Math.min(pages, 1 + Math.floor((i * pages) / today));
      const pageName = sections[(page - 1) % sections.length]!;
      const firstOnPage = Math.ceil(((page - 1) * today) / pages);
      const order = i - firstOnPage + 1;
      const isPhoto = dice.chance(0.05);
      const byline = Array.from({ length: isPhoto ? 1 : dice.int(1, 3) }, () => dice.pick(reporters));
      const reporter = isPhoto ? byline.map((r) => ({ name: r.name, role: "摄影" })) : [...new Map(byline.map((r) => [r.name, r])).values()];

      const body: string[] = [];
      if (isPhoto) {
        body.push(dice.pick(pool.paragraphs));
      } else {
        const target = dice.int(...ARTICLE_CHARS);
        const subheadEvery = target > 1500 ? 3 : Infinity;
        let length = 0;
        let paragraphs = 0;
        while (length < target) {
          let text = dice.pick(pool.paragraphs);
          if (paragraphs === 0) text = `本报讯（${reporter[0]!.role ?? ""} ${reporter.map((r) => r.name).join(" ")}）${text}`;
          if (length >= ARTICLE_CHARS[0] && length + text.length > ARTICLE_CHARS[1]) break;
          if (paragraphs > 0 && paragraphs % subheadEvery === 0) body.push(`## ${dice.pick(subheads)}`);
          body.push(text);
          length += text.length;
          paragraphs++;
        }
      }

      const title = dice.pick(titles);
      const frontMatter: FrontMatter = {
        title,
        kicker: !isPhoto && dice.chance(0.2) ? dice.pick(shortClauses) : undefined,
        subtitle: !isPhoto && dice.chance(0.25) ? dice.pick(titles) : undefined,
        column: !isPhoto && dice.chance(0.1) ? dice.pick(shortClauses) : undefined,
        section: dice.chance(0.85) ? pageName : dice.pick(sections),
        reporter,
        date,
        page,
        pageName,
        order,
        type: isPhoto ? "photo" : "article",
        titleDerived: isPhoto ? true : undefined,
      };
      files.push({ path: `${date}/${slugOf(title, files.length)}.md`, text: articleFile(frontMatter, body) });
    }
    date = addDays(date, -1);
  }
  return files;
}
