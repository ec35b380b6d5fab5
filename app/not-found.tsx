import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** What `notFound()` and an unknown address show (HTTP 404), in the visitor's language rather than Next's English. */
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p><Link href="/">← {t('nav.overview')}</Link></p>
    </section>
  );
}
