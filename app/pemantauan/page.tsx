import { ComingSoon } from '../_components/coming-soon';
import { requirePage } from '../_lib/auth';
import { getMessages } from '../_lib/lang';

export default async function MonitoringPage() {
  await requirePage('plan.read', { path: '/pemantauan' });
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.monitoring} what={t.placeholder.monitoring} t={t} />;
}
