/**
 * The Japanese social cards (1200 x 630): /ja/og/<chapter>.png and /ja/og/site.png, with the
 * Japanese title (or the English one for a chapter not yet translated) and a Japanese area label.
 * Rasterised locally with sharp; Japanese glyphs come from a system CJK font (see .ci/run).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getLocalChapters } from '../../../data/chapters';
import { areaLabel } from '../../../schemas/areas';
import { AREA_ACCENTS, socialCardSvg } from '../../../lib/social-card';
import { SITE_NAME } from '../../../site.config';

export const getStaticPaths = (async () => {
  const chapters = await getLocalChapters('ja');
  return [
    {
      params: { id: 'site' },
      props: { title: '細胞の初期化が薬になるまで', area: 'iPS細胞による治療', accent: AREA_ACCENTS.basics! },
    },
    ...chapters.map((c) => ({
      params: { id: c.slug },
      props: {
        title: c.entry.data.title,
        area: areaLabel(c.english.data.area, 'ja'),
        accent: AREA_ACCENTS[c.english.data.area]!,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = socialCardSvg({
    ...(props as { title: string; area: string; accent: string }),
    siteName: SITE_NAME,
    lang: 'ja',
  });
  const png = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
