import Link from 'next/link';
import { mayDo, type Action, type Viewer } from '@/lib/auth/permissions';
import type { Lang, Messages } from '@/lib/i18n/messages';
import { setLanguage } from '../_lib/actions';
import { SignOutButton } from './sign-out-button';

/** Each page with the action it needs: the menu shows only what the viewer may open. */
const items = [
  ['/', 'overview', 'operation.read'],
  ['/wilayah', 'areas', 'area.read'],
  ['/perencanaan', 'planning', 'plan.read'],
  ['/pemantauan', 'monitoring', 'plan.read'],
  ['/cakupan', 'coverage', 'coverage.read'],
  ['/petugas', 'staff', 'staff.read'],
] as const satisfies readonly (readonly [string, keyof Messages['nav'], Action])[];

export function Nav({ lang, t, viewer }: { lang: Lang; t: Messages; viewer: Pick<Viewer, 'name' | 'role'> | null }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Sigap <small>{t.appTagline}</small>
      </Link>
      <nav aria-label="Navigasi utama">
        {viewer &&
          items
            .filter(([, , action]) => mayDo(viewer, action))
            .map(([href, key]) => (
              <Link key={href} href={href}>
                {t.nav[key]}
              </Link>
            ))}
      </nav>
      {viewer && (
        <span className="who" data-testid="who">
          {viewer.name} · {t.auth.roles[viewer.role]} <SignOutButton label={t.auth.signOut} />
        </span>
      )}
      <form action={setLanguage}>
        <input type="hidden" name="lang" value={lang === 'id' ? 'en' : 'id'} />
        <button type="submit" className="link-button" data-testid="lang-switch">
          {t.switchTo}
        </button>
      </form>
    </header>
  );
}
