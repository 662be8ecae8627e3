import { describe, expect, it } from "vitest";
import { decode } from "../../src/split/decode.ts";
import { PageError } from "../../src/split/errors.ts";
import { encodeGb18030, encodeUtf16 } from "./helpers.ts";

const LINE = "牢记历史 勿忘国耻\n本报讯(记者 赵琦)12月13日,会议召开。\n";

describe("decode", () => {
  it.each([
    ["UTF-8", Buffer.from(LINE), "utf-8"],
    ["UTF-8 with BOM", Buffer.from(`\ufeff${LINE}`), "utf-8"],
    ["UTF-16 LE with BOM", encodeUtf16(LINE, "le"), "utf-16le"],
    ["UTF-16 BE with BOM", encodeUtf16(LINE, "be"), "utf-16be"],
    ["GB18030", encodeGb18030(LINE), "gb18030"],
  ])("reads %s as the same text", (_, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ text: LINE, encoding });
  });

  it("reads Traditional characters from GBK (they are damage to flag, not to lose)", () => {
    expect(decode(encodeGb18030("三提三敢 惡感蹟")).text).toBe("三提三敢 惡感蹟");
  });

  it("turns CRLF and CR line ends into LF", () => {
    expect(decode(Buffer.from("甲\r\n乙\r丙\n")).text).toBe("甲\n乙\n丙\n");
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /empty/],
    ["whitespace only", Buffer.from(" \n\t\r\n　\n"), /empty/],
    ["a file with NUL bytes", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary data at byte 8/],
    ["control characters", Buffer.from("标题\u0001\u0002正文"), /control character U\+0001/],
    ["bytes that are neither UTF-8 nor GB18030", Buffer.from([0xd6, 0xd0, 0xff, 0x80]), /neither UTF-8 nor GB18030/],
    ["a UTF-16 BOM before odd bytes", Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), /byte-order mark/],
  ])("rejects %s with one clear line", (_, bytes, message) => {
    expect(() => decode(bytes)).toThrow(PageError);
    expect(() => decode(bytes)).toThrow(message);
  });
});
