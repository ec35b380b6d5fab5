import { ComingSoon } from '../_components/coming-soon';
import { getMessages } from '../_lib/lang';

export default async function StaffPage() {
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.staff} what={t.placeholder.staff} t={t} />;
}
