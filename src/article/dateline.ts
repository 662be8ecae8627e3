/**
 * The dateline (电头) opening a story: 本报讯, 本报聊城10月30日讯, 新华社北京12月13日电,
 * 据新华社电, 本报综合新华社电,
 * with the credits in half- or full-width parentheses, maybe after a space; as Hong Kong and
 * Macau papers print it, the mark in brackets and the reporter after it (【本报讯】记者梁嘉欣报道：).
 * One pattern for the splitter (reading it), the site (setting it apart) and the benchmark.
 * Group 1 holds the credits inside the parentheses, group 2 a reporter credited after the bracketed mark.
 */
export const DATELINE = /^【?(?:据|本报综合)?(?:本报|新华社|中新社|\p{Script=Han}{2,8}?(?:日报|晚报)社?)(?:\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日)?(?:讯|电)(?:(?<=【\S+)】)?\s*(?:[(（]([^()（）]*)[)）]|(记者\p{Script=Han}{2,4}?)报道[:：])?/u;

