/** Site settings an editor may change: content/site.json. */
import { z } from "zod";
import { TRADITIONAL_VARIANTS } from "./traditional.ts";

export const siteSettingsSchema = z.object({
  paper: z.string().trim().min(1),
  paperEnglish: z.string().trim().min(1).optional(),
  url: z.url({ error: "must be the full address the site is published at, e.g. https://www.lcdaily.example/" }),
  description: z.string().trim().default(""),
  traditionalVariant: z.enum(TRADITIONAL_VARIANTS).default("tw"),
  defaultSection: z.string().trim().min(1).optional(),
  sections: z.array(z.string().trim().min(1)).min(1, "list at least one section"),
  articlesPerSectionPage: z.number().int().positive().default(20),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The site URL with exactly one trailing slash, so page paths can be appended. */
export function baseUrl(settings: SiteSettings): string {
  return settings.url.replace(/\/*$/, "/");
}
