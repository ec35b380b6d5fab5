import Link from 'next/link';
import type { Lang, Messages } from '@/lib/i18n/messages';
import { setLanguage } from '../_lib/actions';

const items = [
  ['/', 'overview'],
  ['/wilayah', 'areas'],
  ['/perencanaan', 'planning'],
  ['/pemantauan', 'monitoring'],
  ['/cakupan', 'coverage'],
  ['/petugas', 'staff'],
] as const;

export function Nav({ lang, t }: { lang: Lang; t: Messages }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Sigap <small>{t.appTagline}</small>
      </Link>
      <nav aria-label="Navigasi utama">
        {items.map(([href, key]) => (
          <Link key={href} href={href}>
            {t.nav[key]}
          </Link>
        ))}
      </nav>
      <form action={setLanguage}>
        <input type="hidden" name="lang" value={lang === 'id' ? 'en' : 'id'} />
        <button type="submit" className="link-button" data-testid="lang-switch">
          {t.switchTo}
        </button>
      </form>
    </header>
  );
}
