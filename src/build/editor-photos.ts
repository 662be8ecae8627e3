/**
 * Photos an editor names in front matter (`image: photos/03-1.jpg`), for an edition
 * without page PDFs or in place of the photo cropped from the page: the file checked
 * (inside the edition folder, there, a picture sharp can read), encoded at the photo
 * widths and cached by its content beside the page images, and published where a
 * cropped photo would be. A file that cannot be used is a warning naming the article
 * and its field; the article is built without the photo.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { Content, ContentArticle, Problem } from "../site/content.ts";
import { PHOTO_WIDTHS } from "../site/images.ts";
import { photoFiles, type StoryPhoto } from "../site/photo.ts";
import { pageImageCache } from "./printed-pages.ts";

/** More than any photo a page prints needs (a camera's JPEG is 5–25 MB). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Part of each cache folder's name, raised when what is cached changes. */
const CACHE_FORMAT = "v1";

/** Why an image cannot be used, in the editor's terms. */
class ImageProblem extends Error {}

/** The photo's files from the cache, encoding them first when this picture was never seen. */
async function cachedImage(bytes: Buffer, cache: string): Promise<{ folder: string; aspect: number }> {
  const folder = join(cache, `image-${CACHE_FORMAT}-${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}`);
  const record = join(folder, "photo.json");
  if (existsSync(record)) return { folder, aspect: (JSON.parse(readFileSync(record, "utf8")) as { aspect: number }).aspect };
  const [{ default: sharp }, { encodePhoto }] = await Promise.all([import("sharp"), import("../pdf/render.ts")]);
  let encoded;
  try {
    encoded = await encodePhoto(sharp(bytes), PHOTO_WIDTHS);
  } catch (e) {
    throw new ImageProblem(`is not a picture the build can read (${(e as Error).message.split("\n")[0]}); export it again as JPEG or PNG`);
  }
  mkdirSync(folder, { recursive: true });
  for (const width of PHOTO_WIDTHS) writeFileSync(join(folder, `${width}.webp`), encoded.files[width]);
  // Written last: a folder with photo.json is complete.
  writeFileSync(record, JSON.stringify({ aspect: encoded.aspect }));
  return { folder, aspect: encoded.aspect };
}

/** The image file an article names, or why it cannot be used. */
function imageFile(article: ContentArticle, contentDir: string): string {
  const edition = join(contentDir, article.meta.date);
  const path = join(edition, article.meta.image!);
  if (!existsSync(path)) throw new ImageProblem(`is not in the edition folder ${basename(edition)}/; put the picture there, or correct the path`);
  if (relative(realpathSync(edition), realpathSync(path)).split(/[\\/]/)[0] === "..") throw new ImageProblem("is a link to a file outside the edition folder; copy the picture into the folder");
  const stat = statSync(path);
  if (!stat.isFile()) throw new ImageProblem("is a folder, not a picture; name the picture file in it");
  if (stat.size > MAX_IMAGE_BYTES) throw new ImageProblem(`is ${Math.round(stat.size / 1048576)} MB, more than a photo on the web needs (at most ${MAX_IMAGE_BYTES / 1048576} MB); export it smaller`);
  return path;
}

/**
 * Checks, encodes (or takes from the cache) and publishes into `output` the image
 * each article of `content` names; warnings name the article and the field.
 */
export async function editorPhotos(content: Content, contentDir: string, output: string, cache = pageImageCache()): Promise<{ photos: StoryPhoto[]; warnings: Problem[]; files: string[] }> {
  const photos: StoryPhoto[] = [];
  const warnings: Problem[] = [];
  const files: string[] = [];
  for (const article of content.articles) {
    const image = article.meta.image;
    if (!image) continue;
    let folder: string, aspect: number;
    try {
      ({ folder, aspect } = await cachedImage(readFileSync(imageFile(article, contentDir)), cache));
    } catch (e) {
      if (!(e instanceof ImageProblem)) throw e;
      warnings.push({ file: article.file, field: "image", message: `${image} ${e.message}; the story is shown without it until then` });
      continue;
    }
    const targets = photoFiles(article.meta.date, article.slug);
    mkdirSync(join(output, dirname(targets[PHOTO_WIDTHS[0]])), { recursive: true });
    for (const width of PHOTO_WIDTHS) copyFileSync(join(folder, `${width}.webp`), join(output, targets[width]));
    files.push(...PHOTO_WIDTHS.map((width) => targets[width]));
    photos.push({ file: article.file, aspect, source: basename(folder) });
  }
  return { photos, warnings, files };
}
