import { ComingSoon } from '../_components/coming-soon';
import { requirePage } from '../_lib/auth';

export default async function CoveragePage() {
  await requirePage('coverage.read', { path: '/cakupan' });
  return <ComingSoon page="coverage" />;
}
