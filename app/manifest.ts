import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';

/**
 * The web app manifest (/manifest.webmanifest): Sigap installs on a phone's home screen and opens on Tugas saya, the
 * page a PPL needs in the field (kept for offline reading by public/sw.js). Worded in the visitor's language.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations('meta');
  return {
    name: t('title'),
    short_name: 'Sigap',
    description: t('description'),
    start_url: '/tugas-saya',
    scope: '/',
    display: 'standalone',
    background_color: '#f5f7f9',
    theme_color: '#0b6e4f',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
