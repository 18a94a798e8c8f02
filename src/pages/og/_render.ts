/**
 * Rasterises social cards (SVG → PNG, with sharp) once per change of what they show, and reuses
 * them between builds: a PNG is cached under node_modules/.cache/reprogrammed/og/ by a hash of the
 * card's SVG (its text, language, colours and size), the PNG settings, libvips' version and
 * RENDERER (bump it when drawing changes in a way the SVG text does not show, e.g. fonts). The
 * card routes warm the cache for all their cards at once, a few in parallel, in getStaticPaths.
 * (Files starting with "_" are not routes.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const RENDERER = 'card-1';
/** A palette PNG at moderate compression: a third of the size and much faster than the defaults. */
const PNG = { palette: true, compressionLevel: 6, effort: 1 } as const;

/** The cache folder; CARD_CACHE_DIR overrides it (tests). */
export const cacheDir = () =>
  process.env.CARD_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'reprogrammed', 'og');

export function cardKey(svg: string): string {
  return createHash('sha256')
    .update(`${RENDERER}\0${sharp.versions.vips}\0${JSON.stringify(PNG)}\0`)
    .update(svg)
    .digest('hex')
    .slice(0, 32);
}

export async function renderCard(svg: string): Promise<Buffer> {
  const file = join(cacheDir(), `${cardKey(svg)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await sharp(Buffer.from(svg)).png(PNG).toBuffer();
  mkdirSync(cacheDir(), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a broken PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/** Renders every card not yet cached, `parallel` at a time (libvips also uses its own threads). */
export async function warmCards(svgs: string[], parallel = 2): Promise<void> {
  const todo = [...new Set(svgs)].filter((svg) => !existsSync(join(cacheDir(), `${cardKey(svg)}.png`)));
  let next = 0;
  const worker = async () => {
    while (next < todo.length) await renderCard(todo[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, todo.length) }, worker));
}

export const pngResponse = (png: Buffer) =>
  new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
