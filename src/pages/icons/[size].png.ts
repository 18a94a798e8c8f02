/** App and touch icons rasterised from the same mark as favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';

export const ICON_SIZES = [180, 192, 512] as const;

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" fill="#fbfaf7"/><circle cx="16" cy="16" r="10" fill="none" stroke="#1d1c1a" stroke-width="2.6"/><circle cx="16" cy="16" r="4" fill="#1d1c1a"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
