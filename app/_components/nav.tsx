import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { mayDo, type Action, type Role, type Viewer } from '@/lib/auth/permissions';
import { setLanguage } from '../_lib/actions';
import { SignOutButton } from './sign-out-button';

/** Each page with the action it needs: the menu shows only what the viewer may open. */
const items = [
  ['/', 'overview', 'operation.read'],
  ['/wilayah', 'areas', 'area.read'],
  ['/perencanaan', 'planning', 'plan.read'],
  ['/pemantauan', 'monitoring', 'monitoring.read'],
  ['/cakupan', 'coverage', 'coverage.read'],
  ['/petugas', 'staff', 'staff.read'],
] as const satisfies readonly (readonly [string, string, Action])[];

/** A role's own page, first in its menu (a PPL's assignment; coordinators reach PPL schedules through the pages above). */
const ownPage: Partial<Record<Role, readonly [string, 'myTasks']>> = { ppl: ['/tugas-saya', 'myTasks'] };

export async function Nav({ viewer }: { viewer: Pick<Viewer, 'name' | 'role'> | null }) {
  const t = await getTranslations();
  const lang = await getLocale();
  const own = viewer ? ownPage[viewer.role] : undefined;
  const links = viewer ? [...(own ? [own] : []), ...items.filter(([, , action]) => mayDo(viewer, action))] : [];
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        <span translate="no">Sigap</span> <small>{t('nav.tagline')}</small>
      </Link>
      <nav aria-label={t('nav.label')}>
        {links.map(([href, key]) => (
          <Link key={href} href={href}>
            {t(`nav.${key}`)}
          </Link>
        ))}
      </nav>
      {viewer && (
        <span className="who" data-testid="who">
          <span translate="no">{viewer.name}</span> · {t(`roles.${viewer.role}`)} <SignOutButton />
        </span>
      )}
      <form action={setLanguage}>
        <input type="hidden" name="lang" value={lang === 'id' ? 'en' : 'id'} />
        <button type="submit" className="link-button" data-testid="lang-switch" lang={lang === 'id' ? 'en' : 'id'} aria-label={t('nav.switchToLabel')}>
          {t('nav.switchTo')}
        </button>
      </form>
    </header>
  );
}
