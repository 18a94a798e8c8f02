/** A 1200 x 630 social card per chapter (and one for the site), rasterised locally with sharp. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getChapters } from '../../data/chapters';
import { AREA_LABELS } from '../../schemas/areas';
import { AREA_ACCENTS, socialCardSvg } from '../../lib/social-card';
import { SITE_NAME } from '../../site.config';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return [
    {
      params: { id: 'site' },
      props: {
        title: 'How reprogrammed cells became medicines',
        area: 'iPS-cell therapies',
        accent: AREA_ACCENTS.basics!,
      },
    },
    ...chapters.map((c) => ({
      params: { id: c.id },
      props: { title: c.data.title, area: AREA_LABELS[c.data.area], accent: AREA_ACCENTS[c.data.area]! },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = socialCardSvg({ title: props.title, area: props.area, accent: props.accent, siteName: SITE_NAME });
  // A palette PNG at moderate compression: a third of the size and much faster than the defaults,
  // which matters when a site has a thousand chapters (see BENCHMARKS.md).
  const png = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
