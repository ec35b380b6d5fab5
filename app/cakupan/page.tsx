import { ComingSoon } from '../_components/coming-soon';
import { getMessages } from '../_lib/lang';

export default async function CoveragePage() {
  const { t } = await getMessages();
  return <ComingSoon title={t.nav.coverage} what={t.placeholder.coverage} t={t} />;
}
