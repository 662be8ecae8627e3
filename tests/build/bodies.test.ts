import { describe, expect, it } from "vitest";
import { TraditionalBodies } from "../../src/build/bodies.ts";
import { renderBody } from "../../src/site/markdown.ts";
import { traditionalConverter } from "../../src/site/traditional.ts";

/** Full builds convert their Traditional bodies on a worker; small ones (the tests' sites) in place: both must agree. */
describe("TraditionalBodies", () => {
  const overrides = new Map([["新征程", "新征程"]]);
  const bodies = [
    { markdown: "本报讯（记者 赵宗锋）我市踏上新征程，“发展”不停步。\n\n## 小标题\n\n后面的话。", properNames: [] },
    { markdown: "聊城市东昌府区的发展。", properNames: ["东昌府"] },
  ];

  it("hands over each body as converting it in place would give it, once", async () => {
    const ahead = new TraditionalBodies("tw", overrides, bodies);
    const convert = traditionalConverter("tw", overrides);
    try {
      for (const { markdown, properNames } of bodies) {
        const html = ahead.take(markdown, properNames);
        expect(html).toBe(convert(renderBody(markdown), properNames));
        expect(html).toContain(properNames.length ? "东昌府" : "新征程");
        expect(ahead.take(markdown, properNames)).toBeUndefined();
      }
      expect(ahead.take("不在其中的正文。", [])).toBeUndefined();
    } finally {
      await ahead.stop();
    }
  });

  it("sends the worker a window of bodies at a time, and still hands over those beyond it and those taken out of order", async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ markdown: `第${i}篇：发展新征程。`, properNames: [] }));
    const ahead = new TraditionalBodies("tw", overrides, many);
    const convert = traditionalConverter("tw", overrides);
    const order = [2400, ...many.keys()].filter((i, at) => at === 0 || i !== 2400);
    try {
      for (const i of order) expect(ahead.take(many[i]!.markdown, [])).toBe(convert(renderBody(many[i]!.markdown), []));
    } finally {
      await ahead.stop();
    }
  });
});
