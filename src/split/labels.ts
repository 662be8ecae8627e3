/**
 * A column's name, told from a kicker by what it does: a kicker leads into its story, so its
 * words come back in the story (寒潮来袭 over a story of the cold wave); a column's name labels
 * the piece from outside and its words do not (学思践悟 over an essay on field research, 假日镜头
 * over holiday photos). Both are short: the shape says a line may be a label, the words say which.
 */
import type { StoryDraft } from "./group.ts";
import type { PageLine } from "./classify.ts";
import { PLACE } from "./credits.ts";

/** A label's shape: two to six Chinese characters, no punctuation or figures, and no place (阳谷县, 柳河镇 are kickers). */
export function labelShape(text: string): boolean {
  return /^\p{Script=Han}{2,6}$/u.test(text) && !PLACE.test(text);
}

/** Two characters side by side in the label (a word of it or part of one) printed again in `text`. */
export function echoes(label: string, text: string): boolean {
  const chars = [...label];
  for (let k = 0; k + 1 < chars.length; k++) if (/\p{Script=Han}{2}/u.test(chars[k]! + chars[k + 1]!) && text.includes(chars[k]! + chars[k + 1]!)) return true;
  return false;
}

/** What a story prints under its deck line `label`: the rest of its heading and its text. */
export function storyText(story: StoryDraft, label?: PageLine): string {
  return [...story.heading.filter((l) => l !== label).map((l) => l.text), story.subtitle?.text ?? "", ...story.blocks.flatMap((b) => b.pieces.map((p) => p.text))].join("\n");
}

/**
 * The short line atop a deck of two (label / title, no subtitle) names the story's column when
 * it is set apart as a label: a label's shape, the title under it at least twice as long (a full
 * headline, not a second half), and none of its words in the story.
 */
export function columnOverTitle(story: StoryDraft, kicker: readonly PageLine[], title: readonly PageLine[] | undefined, subtitle: boolean): PageLine | undefined {
  const [label] = kicker;
  if (kicker.length !== 1 || title?.length !== 1 || subtitle || !labelShape(label!.text)) return undefined;
  return title[0]!.text.length >= 2 * label!.text.length && !echoes(label!.text, storyText(story, label)) ? label : undefined;
}

/** A set of captions under one short line that is a label, not a title: its words name none of the photos (假日镜头). */
export function columnOverPhotos(story: StoryDraft, title: readonly PageLine[] | undefined): PageLine | undefined {
  const [label] = title ?? [];
  const captions = story.blocks.filter((b) => b.kind === "paragraph").length;
  if (title?.length !== 1 || !story.photo || captions < 2 || !labelShape(label!.text)) return undefined;
  return echoes(label!.text, storyText(story, label)) ? undefined : label;
}
