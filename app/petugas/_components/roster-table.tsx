import { useTranslations } from 'next-intl';
import type { StaffPageItem } from '@/db/queries/staff';

/** One page of the roster: name, role, phone, home village (name and code), its kecamatan, status. */
export function RosterTable({ rows }: { rows: readonly StaffPageItem[] }) {
  const t = useTranslations();
  const none = t('common.none');
  return (
    <div className="table-scroll">
      <table data-testid="staff-table">
        <thead>
          <tr><th>{t('columns.name')}</th><th>{t('staffPage.role')}</th><th>{t('staffPage.phone')}</th><th>{t('staffPage.home')}</th><th>{t('levels.kecamatan')}</th><th>{t('staffPage.status')}</th></tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td translate="no">{p.name}</td>
              <td>{t(`roles.${p.role}`)}</td>
              <td>{p.phone ?? none}</td>
              <td><span translate="no">{p.villageName ?? none}</span> <span className="muted">{p.homeAreaCode}</span></td>
              <td translate="no">{p.districtName ?? none}</td>
              <td>{t(`staffStatus.${p.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
