import type { APIRoute } from 'astro';
import { href } from '../lib/urls';
import { SITE_NAME } from '../site.config';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE_NAME,
        short_name: SITE_NAME,
        description: 'iPS-cell therapies, explained from the evidence.',
        start_url: href(),
        scope: href(),
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#fbfaf7',
        icons: [
          { src: href('icons/192.png'), sizes: '192x192', type: 'image/png' },
          { src: href('icons/512.png'), sizes: '512x512', type: 'image/png' },
          { src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
