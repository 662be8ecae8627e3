/**
 * The splitter on a page PDF: the page read in reading order with its decks told
 * by type size (page-reading.ts), split by the text splitter as it is, then each
 * article given the deck the type sizes show and the regions it has on the page.
 */
import type { SplitResult, EditionOptions } from "../split/split-page.ts";
import { splitPage } from "../split/split-page.ts";
import { PageError } from "../split/errors.ts";
import { matchKey } from "./normalize.ts";
import { headerLine, pageTextOf, readPage, type StoryDeck } from "./page-reading.ts";
import { openPdf, PdfProblem } from "./pdfjs.ts";
import { rounded } from "./geometry.ts";
import { findRegions } from "./regions.ts";
import { pageText, type PageText } from "./text.ts";

/** True when the bytes are a PDF (its header may follow a few bytes of junk). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

/** The deck whose title the article's heading or opening holds: the type sizes' reading wins over the text's. */
function deckFor(article: SplitResult["articles"][number], decks: readonly StoryDeck[]): StoryDeck | undefined {
  const heading = matchKey([article.kicker, article.title, article.subtitle, article.body[0]?.text].filter(Boolean).join(""));
  return decks.find((d) => matchKey(d.title) === matchKey(article.title ?? "")) ?? decks.find((d) => heading.includes(matchKey(d.title)));
}

/** A page PDF as the splitter reads it: page text in reading order, the decks type size shows, the positioned text. */
export interface PdfReading { text: string; decks: StoryDeck[]; page: PageText }

/** Reads a page PDF for the splitter, or says in one line (a PageError) why it cannot. */
export async function readPdfPage(bytes: Uint8Array): Promise<PdfReading> {
  let doc;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    if (e instanceof PdfProblem) throw new PageError(e.message);
    throw e;
  }
  const page = await pageText(doc);
  await doc.destroy();
  if (!page.lines.length) throw new PageError("has no text layer (a scanned page?); export the page from the typesetting system with its text, or give the splitter the page's text file");
  const stories = readPage(page);
  return { text: pageTextOf(stories, headerLine(page)), decks: stories.flatMap((s) => (s.deck ? [s.deck] : [])), page };
}

/** The splitter's articles given the decks the type sizes show, and the regions they have on the page. */
export function withPdfReading(result: SplitResult, reading: PdfReading): SplitResult {
  for (const article of result.articles) {
    const deck = deckFor(article, reading.decks);
    if (deck) Object.assign(article, { title: deck.title, kicker: deck.kicker, subtitle: deck.subtitle });
  }
  const found = findRegions(reading.page, result.articles.map((a) => ({ slug: a.slug, text: [a.kicker, a.title ?? a.derivedTitle, a.subtitle, ...a.reporter.map((r) => `${r.role ?? ""}${r.name}`), ...a.body.map((b) => b.text)].filter(Boolean).join("\n") })));
  for (const { slug, rects } of found.placed) result.articles.find((a) => a.slug === slug)!.regions = rects.map(rounded);
  return result;
}

/** One page PDF split, as `splitPage` splits a page's text. */
export async function splitPdf(bytes: Uint8Array, edition: EditionOptions): Promise<SplitResult> {
  const reading = await readPdfPage(bytes);
  return withPdfReading(splitPage(reading.text, edition), reading);
}
