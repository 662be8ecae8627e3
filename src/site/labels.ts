/** The site's own words, written once in Simplified; the Traditional set is converted. */
import { TRADITIONAL_STANDARD, type ToTraditional, type TraditionalVariant } from "./traditional.ts";

export const LABELS = {
  frontPage: "首页",
  todaysEdition: "今日版面",
  edition: "本期目录",
  pages: "版面导航",
  archive: "往期",
  sections: "栏目",
  reporters: "记者",
  leadStory: "头条",
  prevArticle: "上一篇",
  nextArticle: "下一篇",
  prevEdition: "上一期",
  nextEdition: "下一期",
  prevPaperPage: "上一版",
  nextPaperPage: "下一版",
  prevPage: "上一页",
  nextPage: "下一页",
  switchScript: "繁體",
  otherScriptName: "繁體中文",
  section: "栏目",
  reporter: "记者",
  articles: "篇",
  noEdition: "还没有出版的版面。",
  noArticles: "暂无文章。",
  photo: "摄",
  wordCountBefore: "全文约",
  wordCountAfter: "字",
  notFound: "页面不存在",
  notFoundText: "您要找的页面不存在，可能已移动或删除。",
  backToFront: "返回首页",
  skipToContent: "跳到正文",
  search: "搜索",
  searchLabel: "搜索本报文章",
  searchPrompt: "输入要找的词：地名、人名，或文章里的几个字。",
  searching: "正在搜索“{q}”……",
  searchFound: "找到{n}篇与“{q}”有关的文章。",
  searchNone: "没有找到与“{q}”有关的文章。",
  searchPartial: "没有完全匹配“{q}”的文章，以下{n}篇部分匹配。",
  searchMore: "显示更多（还有{n}篇）",
  searchFailed: "搜索没有完成：无法载入搜索索引。请稍后再试，或按栏目、往期浏览。",
  searchNeedsScript: "搜索需要浏览器启用 JavaScript，并通过网址访问本站（直接打开本地文件时不能搜索）。也可以按栏目或往期浏览。",
  feeds: "订阅",
  sectionFeeds: "订阅本栏目",
  otherPage: "其他版面",
  noStoriesOnPage: "本版没有文字稿件。",
  review: "待核对",
  reviewIntro: "仅在预览中显示，不会发布。共{n}条审校批注未删除：核对原文、改正后，从文章的 review: 中删除该条。",
  reviewNone: "没有待核对的批注。",
  reviewBox: "待核对（仅预览可见）",
  reviewLine: "原稿第{n}行",
  reviewSeeText: "在正文中标出",
  listPage: "第{n}页",
  dateSpan: "{from}至{to}",
  pager: "翻页",
  articleCount: "共{n}篇",
  byReporter: "{name}的文章",
  editionsInArchive: "共{n}期",
  archiveYears: "按年份",
  pageCount: "{n}版",
  printedPages: "版面图",
  printedPageView: "看版面",
  downloadPdf: "PDF 下载",
  enlargeImage: "查看大图",
  storiesOnPage: "本版文章",
  notOnImage: "未在版面图上标出",
  printedPageImage: "{page}版面图：点选文章阅读",
  traditionalStandard: "繁体（{standard}）",
} as const;
export type Labels = { readonly [K in keyof typeof LABELS]: string };

/**
 * The labels of both scripts. The switch names the other script in that script's own writing;
 * the footer names the standard the Traditional edition follows (繁體（臺灣用字）).
 */
export function labelsFor(toTraditional: ToTraditional, variant: TraditionalVariant): { hans: Labels; hant: Labels } {
  const hans = { ...LABELS, traditionalStandard: fill(LABELS.traditionalStandard, { standard: TRADITIONAL_STANDARD[variant] }) };
  const hant = Object.fromEntries(Object.entries(hans).map(([k, v]) => [k, toTraditional(v)])) as Record<keyof Labels, string>;
  hant.switchScript = "简体";
  hant.otherScriptName = "简体中文";
  return { hans, hant };
}

/** Fills {name} slots in a label. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ""));
}
