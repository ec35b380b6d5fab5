import { useTranslations } from 'next-intl';
import { staffRoles } from '@/lib/staff/roles';
import type { StaffView } from '../_lib/staff-href';

/** The roster's search: a name, role or area fragment and a role, sent as a GET so every result has its own URL. */
export function RosterSearch({ view }: { view: StaffView }) {
  const t = useTranslations();
  return (
    <form action="/petugas#roster" className="filter-form" role="search" data-testid="roster-search">
      <label>
        {t('pages.staff.search')}
        <input type="search" name="q" defaultValue={view.q} maxLength={80} placeholder={t('pages.staff.searchPlaceholder')} />
      </label>
      <label>
        {t('pages.staff.role')}
        <select name="peran" defaultValue={view.peran ?? ''}>
          <option value="">{t('pages.staff.allRoles')}</option>
          {staffRoles.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
        </select>
      </label>
      {view.rencana !== undefined && <input type="hidden" name="rencana" value={view.rencana} />}
      {view.kecamatan && <input type="hidden" name="kecamatan" value={view.kecamatan} />}
      <button type="submit" className="button">{t('pages.staff.show')}</button>
    </form>
  );
}
