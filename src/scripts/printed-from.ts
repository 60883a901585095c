/**
 * The print-only "Printed from …" line under each page's title
 * (src/components/overrides/PageTitle.astro): a build without SITE_URL knows
 * only the page's path, so the address is the one the page was opened at.
 */
const address = location.href.split('#')[0] ?? location.href;
for (const el of document.querySelectorAll('.printed-from-address')) if (el.textContent !== address) el.textContent = address;
