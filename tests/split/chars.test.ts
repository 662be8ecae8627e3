import { describe, expect, it } from "vitest";
import { endsSentence } from "../../src/split/chars.ts";

describe("endsSentence", () => {
  it("sees the sentence end before the brackets closing a paragraph: a credit, a referral then a credit, a credit with the author's post", () => {
    expect(endsSentence("全面开展。（新华社电）")).toBe(true);
    expect(endsSentence("比改造前增加了一倍多。（下转A4版）（郑凯 宋雨桐）")).toBe(true);
    expect(endsSentence("把“盆景”变成“风景”。（王立新（中共水城市委党校））")).toBe(true);
    expect(endsSentence("有些东西，一直跟着我.（柳岸）")).toBe(true);
  });

  it("sees no end where the brackets follow no finished sentence", () => {
    expect(endsSentence("周末的客流量（下转A4版）（郑凯 宋雨桐）")).toBe(false);
  });
});
