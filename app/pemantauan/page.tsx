import { ComingSoon } from '../_components/coming-soon';
import { requirePage } from '../_lib/auth';

export default async function MonitoringPage() {
  await requirePage('plan.read', { path: '/pemantauan' });
  return <ComingSoon page="monitoring" />;
}
