import { describe, expect, it } from "vitest";
import { TraditionalBodies } from "../../src/build/bodies.ts";
import { renderBody } from "../../src/site/markdown.ts";
import { traditionalConverter } from "../../src/site/traditional.ts";

/** Full builds convert their Traditional bodies on a worker; small ones (the tests' sites) in place: both must agree. */
describe("TraditionalBodies", () => {
  const overrides = new Map([["新征程", "新征程"]]);
  const articles = [
    { body: "本报讯（记者 赵宗锋）我市踏上新征程，“发展”不停步。\n\n## 小标题\n\n后面的话。", meta: { reporter: [{ name: "赵宗锋" }] } },
    { body: "聊城市东昌府区的发展，记者余秋云报道。", meta: { properNames: ["东昌府"], reporter: [{ name: "余秋云" }] } },
  ];

  it("hands over each body as converting it in place would give it, once", async () => {
    const ahead = new TraditionalBodies("tw", overrides, articles);
    const convert = traditionalConverter("tw", overrides);
    try {
      for (const article of articles) {
        const names = { kept: article.meta.properNames ?? [], people: article.meta.reporter.map((r) => r.name) };
        const html = ahead.take(article);
        expect(html).toBe(renderBody(article.body, (text) => convert(text, names)));
        expect(html).toContain(names.kept.length ? "东昌府" : "新征程");
        expect(ahead.take(article)).toBeUndefined();
      }
      // An article it was not given, even with the same text, is converted by the caller.
      expect(ahead.take({ ...articles[0]! })).toBeUndefined();
    } finally {
      await ahead.stop();
    }
  });

  it("sends the worker a window of bodies at a time, and still hands over those beyond it and those taken out of order", async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ body: `第${i}篇：发展新征程。`, meta: { reporter: [] } }));
    const ahead = new TraditionalBodies("tw", overrides, many);
    const convert = traditionalConverter("tw", overrides);
    const order = [2400, ...many.keys()].filter((i, at) => at === 0 || i !== 2400);
    try {
      for (const i of order) expect(ahead.take(many[i]!)).toBe(renderBody(many[i]!.body, (text) => convert(text)));
    } finally {
      await ahead.stop();
    }
  });
});
