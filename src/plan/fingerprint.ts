/**
 * Which pages changed between two builds of the model. Each page entry gets
 * an identity computed bottom-up (a Merkle-style tree over the model's
 * objects): a shared object such as one article's view is read once per
 * build however many index pages list it, and an unchanged page keeps the
 * same identity from one build to the next, and from one process to the next
 * (a digest of its canonical text), so a build can keep them in its manifest.
 * Under `serve` and in an incremental build, only pages whose identity moved
 * are handed to Eleventy to render.
 */
import { hash } from "node:crypto";

/**
 * An object or function of the model that says what it depends on, so it is
 * not read field by field (a large view), or can be compared at all (a body
 * rendered lazily by a function).
 */
export interface Keyed {
  fingerprintKey: string;
}

/** What a keyed object of the model stands for, or undefined for one read field by field. */
export function keyOf(value: object): string | undefined {
  const key = (value as Partial<Keyed>).fingerprintKey;
  return typeof key === "string" ? key : undefined;
}

/** A page's identity: a digest of its canonical text, the same in every process. */
export type Identity = string;

function digest(text: string): Identity {
  // One call, not createHash().update().digest(): a build digests ≈150,000 objects.
  return hash("sha1", text, "base64url");
}

export class Fingerprints {
  /** The model's objects are never changed once built, so an identity holds as long as its object lives. */
  private readonly memo = new WeakMap<object, Identity>();
  private readonly visiting = new Set<object>();
  /** Field names as JSON: the model's objects have a few dozen names between them. */
  private readonly names = new Map<string, string>();

  private name(key: string): string {
    let json = this.names.get(key);
    if (json === undefined) this.names.set(key, (json = JSON.stringify(key)));
    return json;
  }

  private part(value: unknown): string {
    if (value === null || value === undefined) return String(value);
    if (typeof value === "function") {
      const key = keyOf(value);
      if (key === undefined) throw new Error("a function in the page model has no fingerprintKey; say what its output depends on");
      return `f${JSON.stringify(key)}`;
    }
    if (typeof value === "object") return `#${this.of(value)}`;
    return JSON.stringify(value);
  }

  /** The identity of one object of the model. */
  of(value: object): Identity {
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    if (this.visiting.has(value)) throw new Error("the page model has a cycle; fingerprints need a tree of references");
    const key = keyOf(value);
    if (key !== undefined) {
      const id = digest(`k${JSON.stringify(key)}`);
      this.memo.set(value, id);
      return id;
    }
    this.visiting.add(value);
    let text: string;
    if (Array.isArray(value)) {
      text = "[";
      for (let i = 0; i < value.length; i++) text += (i ? "," : "") + this.part(value[i]);
      text += "]";
    } else {
      text = "{";
      let first = true;
      for (const k of Object.keys(value)) {
        text += `${first ? "" : ","}${this.name(k)}:${this.part((value as Record<string, unknown>)[k])}`;
        first = false;
      }
      text += "}";
    }
    this.visiting.delete(value);
    const id = digest(text);
    this.memo.set(value, id);
    return id;
  }
}

/** Page entries whose identity differs from `previous` (output path → identity), and the new identities. */
export function changedPages<T extends { output: string }>(fingerprints: Fingerprints, entries: readonly T[], previous: ReadonlyMap<string, Identity>): { changed: T[]; identities: Map<string, Identity> } {
  const identities = new Map<string, Identity>();
  const changed: T[] = [];
  for (const entry of entries) {
    const id = fingerprints.of(entry);
    identities.set(entry.output, id);
    if (previous.get(entry.output) !== id) changed.push(entry);
  }
  return { changed, identities };
}
