/** Two articles from the shared page (tests/fixtures/pages), as the metadata builders receive them, and a hostile one. */
import { describe } from "../../src/site/description.ts";
import type { FeedArticle, SiteInfo } from "../../src/site/page-meta.ts";
import { siteBase } from "../../src/site/site-url.ts";

export const site: SiteInfo = { paper: "聊城日报", base: siteBase("https://www.lcdaily.example/paper") };

export const zhaoQiBody = `本报讯(记者 赵琦)12月13日,聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校(聊城行政学院)召开。市委常委、宣传部部长、统战部部长柳庆发出席会议并讲话,副市长马卫红主持会议。

会上,市委宣传部、市文化和旅游局、市发展改革委、市生态环境局、市交通运输局、市水利局、市农业农村局、聊城黄河河务局8个部门,各县(市、区)党委宣传部分别围绕黄河、大运河国家文化公园和文化体验廊道明年项目谋划情况进行发言。
`;

export const yangguBody = `本报讯(通讯员 窦胜男 徐言艳)"原以为30家分支机构变更经营范围会很麻烦,仅实名认证就得跑30次。"12月11日,阳谷县百年民康药店连锁有限公司的王女士说。

新时代的政务服务呼唤新思路、新方法。
`;

export function article(fields: Partial<FeedArticle> & Pick<FeedArticle, "title" | "url">, body = zhaoQiBody): FeedArticle {
  return {
    section: "时政动态",
    reporter: [{ name: "赵琦", role: "记者" }],
    date: "2023-12-14",
    page: 3,
    order: 4,
    lang: "zh-Hans",
    description: describe(body),
    html: `<p>${body.split("\n\n")[0]!.trim()}</p>`,
    ...fields,
  };
}

export const zhaoQi = article({
  title: "聊城市国家文化公园暨文化体验廊道建设项目调度会召开",
  url: "https://www.lcdaily.example/paper/2023-12-14/liao-cheng-shi-guo-jia-wen-hua-gong-yuan/",
});

export const yanggu = article(
  {
    title: "分支机构信息变更一次办好",
    kicker: "阳谷县",
    section: "经济",
    reporter: [{ name: "窦胜男", role: "通讯员" }, { name: "徐言艳", role: "通讯员" }],
    order: 7,
    url: "https://www.lcdaily.example/paper/2023-12-14/fen-zhi-ji-gou/",
  },
  yangguBody,
);

/** Everything a careless or malicious editor could put in a headline. */
export const HOSTILE_TITLE = `他说"不"'也' </script><script>alert(1)</script> & <!-- \u2028换行\n第二行 ]]>`;

export const hostile = article({
  title: HOSTILE_TITLE,
  kicker: `</script>引"题`,
  subtitle: "副题\u2029<b>粗</b>",
  reporter: [{ name: `<img src=x onerror=alert(1)>`, role: null }],
  section: `要闻 & "时政"`,
  html: `<p>正文 &amp; <em>强调</em> ]]> \u0001控制字符</p>`,
  url: "https://www.lcdaily.example/paper/2023-12-14/e-yi/",
  date: "2023-12-13",
});
