import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** What `forbidden()` shows: the page exists, but not for this role or area (HTTP 403). */
export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <section>
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.text')}</p>
      <p><Link href="/">← {t('nav.overview')}</Link></p>
    </section>
  );
}
