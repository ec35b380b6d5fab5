import { listStaff } from '@/db/queries/staff';
import { formatNumber } from '@/lib/i18n/messages';
import { requestContext } from '../_lib/db';
import { getMessages } from '../_lib/lang';
import { RosterUpload } from './_components/roster-upload';

export default async function StaffPage() {
  const { lang, t } = await getMessages();
  const { db, operation } = await requestContext();
  const people = operation ? await listStaff(db, operation.id) : [];
  const s = t.staffPage;
  return (
    <>
      <h1>{s.title}</h1>
      <p className="muted">{s.intro}</p>
      <RosterUpload labels={s} />
      <h2>{s.count}: {formatNumber(people.length, lang)}</h2>
      {people.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <table data-testid="staff-table">
          <thead><tr><th>{t.columns.name}</th><th>{s.role}</th><th>{s.phone}</th><th>{s.home}</th><th>{s.status}</th></tr></thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}><td>{p.name}</td><td>{p.role.toUpperCase()}</td><td>{p.phone ?? '–'}</td><td>{p.homeAreaCode}</td><td>{p.status}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
