import { describe, expect, it } from "vitest";
import { headlineHtml } from "../../src/site/headline.ts";

describe("headlineHtml", () => {
  it("keeps short quotations and book titles in either script on one line", () => {
    expect(headlineHtml("政务公开“全国优秀”是这样炼成的")).toBe('政务公开<span class="nobr">“全国优秀”</span>是这样炼成的');
    expect(headlineHtml("政務公開「全國優秀」是這樣煉成的")).toBe('政務公開<span class="nobr">「全國優秀」</span>是這樣煉成的');
    expect(headlineHtml("《控诉南京大屠杀》见报")).toBe('<span class="nobr">《控诉南京大屠杀》</span>见报');
  });

  it("lets a long quotation break, and escapes markup", () => {
    expect(headlineHtml("“一二三四五六七八九十一”")).toBe("“一二三四五六七八九十一”");
    expect(headlineHtml('<script>alert("“不”")</script>')).toBe('&lt;script&gt;alert(&quot;<span class="nobr">“不”</span>&quot;)&lt;/script&gt;');
  });
});
