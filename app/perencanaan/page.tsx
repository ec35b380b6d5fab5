import { ComingSoon } from '../_components/coming-soon';
import { getMessages } from '../_lib/lang';

export default async function PlanningPage() {
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.planning} what={t.placeholder.planning} t={t} />;
}
