/**
 * The dateline (电头) opening a story: 本报讯, 本报聊城10月30日讯, 新华社北京12月13日电,
 * 据新华社电, 本报综合新华社电,
 * with the credits in half- or full-width parentheses, maybe after a space.
 * One pattern for the splitter (reading it), the site (setting it apart) and the benchmark.
 * Group 1 holds the credits inside the parentheses.
 */
export const DATELINE = /^(?:据|本报综合)?(?:本报|新华社|中新社|\p{Script=Han}{2,8}?(?:日报|晚报)社?)(?:\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日)?(?:讯|电)\s*(?:[(（]([^()（）]*)[)）])?/u;

