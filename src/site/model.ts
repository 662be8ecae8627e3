/** The model of a content folder that has passed validation, with the converter its settings name. */
import type { Content } from "./content.ts";
import { ModelMemo } from "./memo.ts";
import { buildPaper, ModelReuse, type BuildOptions, type ConvertedBody, type Paper } from "./paper.ts";
import type { PrintedPage } from "./printed.ts";
import type { StoryPhoto } from "./photo.ts";
import { ConversionMemo, type ToTraditional } from "./traditional.ts";

/** What the live preview keeps from one model to the next: the views of unchanged articles, and the conversions to Traditional. */
export class PreviewMemo {
  readonly views = new ModelReuse();
  private conversions: ConversionMemo | undefined;

  /** `convert` for the next model, remembering the conversions of the last. */
  converter(convert: ToTraditional): ToTraditional {
    if (this.conversions?.base !== convert) this.conversions = new ConversionMemo(convert);
    return this.conversions.nextBuild();
  }
}

export interface PaperOptions {
  /** What the model worked out before (memo.ts); a new one by default. */
  memo?: ModelMemo;
  /** The live preview: views and conversions kept from its last model. */
  preview?: PreviewMemo;
  /** Open review notes shown where the text is (the live preview). */
  review?: boolean;
  /** Traditional bodies converted ahead (src/build/bodies.ts). */
  convertedBody?: ConvertedBody;
  /** The printed pages with a PDF and the stories' photos the build published. */
  printed?: readonly PrintedPage[];
  photos?: readonly StoryPhoto[];
  /** Wraps the converter (the build's cache of conversions, src/build/content-cache.ts). */
  converted?: (convert: ToTraditional) => ToTraditional;
  /** Which editions' pages the caller keeps as they were, not modelled (paper.ts). */
  keep?: BuildOptions["keep"];
  /** The whole archive's reporters' slugs, when the content is some of its editions (paper.ts). */
  reporterSlugs?: BuildOptions["reporterSlugs"];
}

export function paperFrom(content: Content, { memo = new ModelMemo(), preview, review = false, convertedBody, printed, photos, converted, keep, reporterSlugs }: PaperOptions = {}): Paper {
  const settings = content.settings!;
  const convert = memo.traditional(settings.traditionalVariant, content.overrides);
  const options = { memo, convertedBody, pageLists: content.pageLists, review, printed, photos, keep, reporterSlugs };
  if (!preview) return buildPaper(content.articles, settings, converted ? converted(convert) : convert, options);
  const key = JSON.stringify([settings.traditionalVariant, [...content.overrides]]);
  return buildPaper(content.articles, settings, preview.converter(convert), { ...options, reuse: { kept: preview.views, key } });
}
