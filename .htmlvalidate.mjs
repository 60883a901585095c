/**
 * html-validate configuration for the built site (tests/site/html-validate.test.ts;
 * also `npx html-validate dist` from the command line).
 *
 * Presets:
 * - html-validate:standard — the rules that follow from the HTML standard
 *   itself (content models, attributes, duplicate ids, ...). "recommended"
 *   adds house-style rules (self-closing void tags, no inline style, button
 *   type, title length) that Starlight's markup breaks by design without
 *   being invalid; we do not restyle a framework's valid output.
 * - html-validate:document — rules for complete documents (doctype, <html
 *   lang>, <title>, one <main>...).
 *
 * Accessibility is checked in a real browser by axe-core
 * (tests/browser/sweep.test.ts), which sees computed styles and names.
 *
 * Rules adjusted, each with why:
 */
export default {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files fetched from *other* hosts (a CDN
    // that could alter them). Every script and stylesheet here comes from
    // the site itself (the privacy test forbids anything else), where an
    // integrity hash adds nothing. Cross-origin ones would still need it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Starlight puts its "On this page" table of contents (an <h2> in the
    // right sidebar) before the page's <h1> in source order, so a page may
    // open with an <h2>. Levels must still never skip (h2 → h4), and axe's
    // page-has-heading-one checks that every page has its <h1>.
    // (html-validate's sectioningRoots cannot exempt the TOC: a root's first
    // heading must still be an <h1> when nothing came before it.)
    'heading-level': ['error', { minInitialRank: 'h2' }],
  },
};
