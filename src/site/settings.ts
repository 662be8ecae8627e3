/** Site settings an editor may change: content/site.json. */
import { z } from "zod";
import { TRADITIONAL_VARIANTS } from "./traditional.ts";

export const siteSettingsSchema = z.object({
  paper: z.string().trim().min(1),
  paperEnglish: z.string().trim().min(1).optional(),
  url: z.string().superRefine((text, ctx) => {
    const problem = publishedAddressProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: `${problem}; give the full address the site is published at, e.g. https://www.lcdaily.example/` });
  }),
  description: z.string().trim().default(""),
  traditionalVariant: z.enum(TRADITIONAL_VARIANTS).default("tw"),
  defaultSection: z.string().trim().min(1).optional(),
  sections: z.array(z.string().trim().min(1)).min(1, "list at least one section"),
  articlesPerSectionPage: z.number().int().positive().default(20),
});

/**
 * What is wrong with `text` as the site's published address, if anything. Every page links
 * to it (canonical, hreflang, feeds, the 404 page's paths), so it is an http(s) address of a
 * host, as typed in a browser: not javascript:, ftp: or a file, no password, query or fragment,
 * and nothing a link would have to encode.
 */
function publishedAddressProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not an address`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `uses ${url.protocol}, and a site is published at an http: or https: address`;
  if (!/^https?:\/\/[^/]/i.test(text)) return "does not start with http:// or https:// and the host";
  if (!url.hostname) return "names no host";
  if (url.username || url.password) return "holds a user name or password, which every page would publish";
  if (url.search || url.hash || text.includes("?") || text.includes("#")) return "has a query (?) or a fragment (#), which no page's address may end in";
  const odd = /[^\p{L}\p{N}\-._~:/@!$&'()*+,;=%\[\]]/u.exec(text);
  if (odd) return `holds a character an address cannot hold as it is (${JSON.stringify(odd[0])})`;
  return undefined;
}

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The site URL with exactly one trailing slash, so page paths can be appended. */
export function baseUrl(settings: SiteSettings): string {
  return settings.url.replace(/\/*$/, "/");
}
