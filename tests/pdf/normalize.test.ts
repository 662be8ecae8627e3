import { expect, it } from "vitest";
import { matchKey, normalizePdfText } from "../../src/pdf/normalize.ts";

it("reads Kangxi radicals and radical supplement forms as the characters they stand for", () => {
  // As chromium's PDFs give them: ⽉ U+2F49, ⽇ U+2F47, ⼯ U+2F2F, ⻋ U+2ECB, ⻓ U+2ED3.
  expect(normalizePdfText("2023年12\u2F49 14\u2F47 \u2F2F人 \u2ECB间 \u2ED3城")).toBe("2023年12月 14日 工人 车间 长城");
});

it("keeps full-width punctuation as printed", () => {
  expect(normalizePdfText("12月7日，我国（记者）")).toBe("12月7日，我国（记者）");
});

it("compares text without punctuation, spaces or line ends", () => {
  expect(matchKey("政务公开“全国优秀”\n是这样 炼成的。")).toBe(matchKey("政务公开\"全国优秀\"是这样炼成的"));
  expect(matchKey("■ 本报记者 赵宗锋")).toBe("本报记者赵宗锋");
});
