/**
 * Input the splitter cannot read. The message is one line saying what is wrong
 * and what to do; the command line prefixes it with the file name.
 */
export class PageError extends Error {
  override name = "PageError";
}
