/**
 * Pages built to find the splitter's worst case, as generator functions a test or the
 * benchmark can call: a 400 KB page of hard-wrapped lines without punctuation, and a
 * 64 KB line of spaces between two words (issue 25: backtracking in the credit, name and
 * referral patterns). Deterministic: the same call gives the same page.
 */

const HAN = "市区县镇村街道社会经济发展工作会议推进建设项目企业服务群众生活文化教育卫生交通农业科技产业新区城乡环境治理安全保障政策资金规划管理部门单位组织干部人民";

/**
 * About `bytes` of UTF-8: lines of 24 Han characters (one column's width, as OCR cuts
 * it), no punctuation, no blank lines, so the whole page rejoins into one paragraph.
 */
export function hardWrappedWithoutPunctuation(bytes = 400_000): string {
  const lines: string[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let size = 0; size < bytes; size += 24 * 3 + 1) {
    let line = "";
    for (let i = 0; i < 24; i++) line += HAN[next() % HAN.length];
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A short story, then a line of `bytes` spaces between two Han characters (what a
 * layout export leaves where a wide box was). Spaces alone, or before a bracket, read
 * fast; spaces with a word on either side are the slow case.
 */
export function lineOfSpaces(bytes = 64_000): string {
  return `市里召开会议\n\n本报讯（记者 张三）12月1日，市里召开会议，部署今冬明春工作。\n张${" ".repeat(bytes)}三\n`;
}
