/**
 * Rasterises social cards (SVG → PNG, with sharp) once per change of what they show, and reuses
 * them between builds: a PNG is cached under node_modules/.cache/reprogrammed/og/ by a hash of the
 * card's SVG (its text, language, colours and size), the PNG settings, libvips' version and
 * RENDERER (bump it when drawing changes in a way the SVG text does not show, e.g. fonts).
 *
 * A cold build draws every card (two per chapter), so drawing must be cheap and must not hold up
 * the build: the build queues them to be drawn in the background as soon as the content check has
 * read the chapters (src/integrations/content-integrity.ts), one at a time on libvips' thread while
 * the main thread compiles the chapters and renders the pages; a card's page waits only for its own
 * card (one process-wide list of cards in progress, so no card is drawn twice).
 * (Files starting with "_" are not routes.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const RENDERER = 'card-2';
/**
 * A truecolour PNG without an alpha channel (the card's background is opaque): the drawing exactly as
 * rendered. A build at scale draws two cards a chapter, so CPU counts more than bytes here; per card,
 * measured: 28 ms of CPU and 63 KB, against 49 ms and 17 KB for a 16-colour palette, whose colour
 * quantising was 60% of the cost. Drawn on one thread beside the build, the palette cards fell behind:
 * the last card pages waited 5 s at 300 chapters and 21 s at 1,000 (issue #19). Cards are fetched
 * by link previews, never by a page.
 */
const PNG = { compressionLevel: 6 } as const;

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

/**
 * Cards being drawn right now, by cache file, shared by every copy of this module in the process
 * (the integration's and the bundled routes').
 */
const DRAWING = Symbol.for('reprogrammed.og-drawing');
const drawing = ((globalThis as Record<symbol, unknown>)[DRAWING] ??= new Map()) as Map<string, Promise<Buffer>>;

async function draw(svg: string, file: string): Promise<Buffer> {
  const png = await sharp(Buffer.from(svg)).removeAlpha().png(PNG).toBuffer();
  mkdirSync(cacheDir(), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a broken PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

export async function renderCard(svg: string): Promise<Buffer> {
  const file = join(cacheDir(), `${cardKey(svg)}.png`);
  const inProgress = drawing.get(file);
  if (inProgress) return inProgress;
  if (existsSync(file)) return readFileSync(file);
  const job = draw(svg, file).finally(() => drawing.delete(file));
  drawing.set(file, job);
  return job;
}

/** Renders every card not yet cached, `parallel` at a time (libvips also uses its own threads). */
export async function warmCards(svgs: string[], parallel = 2): Promise<void> {
  const todo = [...new Set(svgs)].filter((svg) => {
    const file = join(cacheDir(), `${cardKey(svg)}.png`);
    return drawing.has(file) || !existsSync(file);
  });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) await renderCard(todo[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, todo.length) }, worker));
}

/** The process's one queue of cards to draw in the background, drawn one at a time. */
const QUEUE = Symbol.for('reprogrammed.og-queue');
const queue = ((globalThis as Record<symbol, unknown>)[QUEUE] ??= { pending: [], running: false }) as {
  pending: string[];
  running: boolean;
};

async function drainQueue(): Promise<void> {
  while (queue.pending.length > 0) {
    const svg = queue.pending.shift()!;
    const file = join(cacheDir(), `${cardKey(svg)}.png`);
    if (drawing.has(file) || existsSync(file)) continue;
    // A card that fails here is drawn again, and its error shown, by its own page.
    await renderCard(svg).catch(() => undefined);
  }
  queue.running = false;
}

/**
 * Queues cards to draw in the background, one at a time on libvips' thread, and returns at once:
 * the build goes on (compiling chapters, rendering pages) while they are drawn.
 */
export function warmCardsInBackground(svgs: string[]): void {
  queue.pending.push(...svgs);
  if (queue.running) return;
  queue.running = true;
  void drainQueue();
}

export const pngResponse = (png: Buffer) =>
  new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
