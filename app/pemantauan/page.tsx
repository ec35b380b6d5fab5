import { ComingSoon } from '../_components/coming-soon';
import { getMessages } from '../_lib/lang';

export default async function MonitoringPage() {
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.monitoring} what={t.placeholder.monitoring} t={t} />;
}
