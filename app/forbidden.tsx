import Link from 'next/link';
import { getMessages } from './_lib/lang';

/** What `forbidden()` shows: the page exists, but not for this role or area (HTTP 403). */
export default async function Forbidden() {
  const { t } = await getMessages();
  return (
    <section>
      <h1>{t.auth.forbiddenTitle}</h1>
      <p>{t.auth.forbidden}</p>
      <p><Link href="/">← {t.nav.overview}</Link></p>
    </section>
  );
}
