import { pinyin } from "pinyin-pro";

/**
 * A readable ASCII slug for Chinese text, from its pinyin (the first `maxSyllables`):
 * 政务公开“全国优秀”… → zheng-wu-gong-kai-quan-guo, G105京澳线 → g105-jing-ao-xian.
 * Empty when the text has nothing to spell; callers choose their own fallback.
 */
export function pinyinSlug(text: string, maxSyllables = Infinity): string {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter((s) => s !== "")
    .slice(0, maxSyllables)
    .join("-");
}
