/**
 * The layers of src/, bottom to top: schemas → lib → i18n → charts → mdx → data → integrations,
 * components, islands → layouts, views → pages. A layer may import from those below it, never from
 * those above. `npm run check` runs this (`npm run depcruise`). Astro components (.astro) are not
 * parsed here: the rule that views use charts only through the chart list is an ESLint rule
 * (eslint.config.js, no-restricted-imports).
 */
const above = (...layers) => `^src/(${layers.join('|')})(/|\\.)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other cannot be understood (or tested) one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schemas-at-the-bottom',
      severity: 'error',
      comment: 'Schemas describe the content; they import nothing else from src/.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/', pathNot: '^src/schemas/' },
    },
    {
      name: 'lib-is-a-leaf',
      severity: 'error',
      comment:
        'lib/ holds small pure helpers: it imports nothing else from src/ (types from schemas are fine, and the list of languages in schemas/translation.ts, the bottom layer, and the site settings, a leaf).',
      from: { path: '^src/lib/' },
      to: {
        path: '^src/',
        pathNot: '^src/(lib/|schemas/translation\\.ts$|site\\.config\\.ts$)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'site-config-is-a-leaf',
      severity: 'error',
      from: { path: '^src/site\\.config\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'i18n-above-schemas-only',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: {
        path: above(
          'lib',
          'charts',
          'mdx',
          'data',
          'integrations',
          'components',
          'islands',
          'layouts',
          'views',
          'pages',
          'scripts',
        ),
      },
    },
    {
      name: 'charts-below-content-and-pages',
      severity: 'error',
      comment: 'Charts get their data through ChartData (charts/define.ts), never from data/ or pages.',
      from: { path: '^src/charts/' },
      to: {
        path: above('mdx', 'data', 'integrations', 'components', 'islands', 'layouts', 'views', 'pages', 'scripts'),
      },
    },
    {
      name: 'mdx-below-data',
      severity: 'error',
      from: { path: '^src/mdx/' },
      to: { path: above('data', 'integrations', 'components', 'islands', 'layouts', 'views', 'pages', 'scripts') },
    },
    {
      name: 'data-below-the-interface',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: above('integrations', 'components', 'islands', 'layouts', 'views', 'pages', 'scripts') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    exclude: { path: '\\.astro$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.svelte'] },
  },
};
