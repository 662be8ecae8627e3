/** XML checks shared by the sitemap and feed tests. */
import { execFileSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";

/** xmllint's complaint about the document, or "" when it is well formed. */
export function xmllintErrors(xml: string): string {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** Parses with attributes kept (`@_name`) and repeated elements always as arrays. */
export function parseXml(xml: string, arrays: string[]): Record<string, any> {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => arrays.includes(name) }).parse(xml);
}
