import { ComingSoon } from '../_components/coming-soon';
import { requirePage } from '../_lib/auth';
import { getMessages } from '../_lib/lang';

export default async function CoveragePage() {
  await requirePage('coverage.read', { path: '/cakupan' });
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.coverage} what={t.placeholder.coverage} t={t} />;
}
