/**
 * The public origin of the site. Canonical URLs and citations use it.
 * Set SITE_URL at build time to publish elsewhere; the default is a
 * placeholder origin that makes no claim to be a real host.
 */
export const SITE_URL = (process.env['SITE_URL'] ?? 'https://pakistani-foreign-fighters.example.org').replace(/\/$/, '');
