// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pakistani-foreign-fighters.example.org',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Pakistani Foreign Fighters',
      sidebar: [{ label: 'Introduction', slug: 'chapters/introduction' }],
    }),
  ],
});
