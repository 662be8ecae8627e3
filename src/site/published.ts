/**
 * When an edition is published. The record only knows the edition date; the paper is
 * out in the morning in Asia/Shanghai, so feeds and structured data state 06:00 +08:00
 * rather than UTC midnight (which would be 08:00 in Liaocheng, or the day before in UTC).
 */
export const PUBLISHED_AT = "06:00:00+08:00";

/** `2023-12-14` → `2023-12-14T06:00:00+08:00` (RFC 3339, what Atom, JSON Feed and schema.org want). */
export function publishedAt(editionDate: string): string {
  return `${editionDate}T${PUBLISHED_AT}`;
}
