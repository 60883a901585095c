/**
 * The direction of the code's layers, checked by dependency-cruiser in
 * `npm test` (tests/unit/layers.test.ts) and by `npm run layers`:
 *
 *   src/source/     the thesis's text and how it is read (the document model)
 *     < src/knowledge/   schemas, data loading, checks, views of the data
 *       < src/edition/, src/citation/, src/charts/, src/previews/, src/search/
 *         < src/components/, src/user-components/, src/pages/, src/route-data.ts, src/page-view.ts,
 *           src/integrations/, src/scripts/ (what renders and what runs in the page)
 *
 * A folder never imports a folder above it, and no file imports itself back
 * through others (no cycle). `.astro` files are the top layer: they may
 * import anything, so they are not read.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const MIDDLE = '^src/(edition|citation|charts|previews|search)/';
const TOP = '^src/(components|user-components|pages|integrations|scripts)/|^src/(route-data|page-view|content\\.config)\\.ts$';

export default {
  forbidden: [
    {
      name: 'source-imports-nothing-of-the-site',
      comment: 'src/source/ reads the thesis; it knows nothing of the data, the editions or the pages built on it.',
      severity: 'error',
      from: { path: '^src/source/' },
      to: { path: '^src/', pathNot: '^src/source/' },
    },
    {
      name: 'knowledge-imports-only-source',
      comment: 'src/knowledge/ is built on the thesis (src/source/) alone; editions, citations, charts, previews, search and pages are built on it.',
      severity: 'error',
      from: { path: '^src/knowledge/' },
      to: { path: '^src/', pathNot: '^src/(source|knowledge)/' },
    },
    {
      name: 'renderings-import-no-pages',
      comment: 'The renderings of the thesis and its data compute; components, pages and integrations render what they compute, never the reverse.',
      severity: 'error',
      from: { path: MIDDLE },
      to: { path: TOP },
    },
    {
      name: 'no-cycle',
      comment: 'A file that imports itself back through others: split what both need into a module of its own.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^src/',
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Vite's `?raw` imports and Astro's virtual modules are not files to follow.
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
