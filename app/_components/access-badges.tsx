import { useTranslations } from 'next-intl';
import type { AreaAccess } from '@/lib/workload/types';

/** An area's access modes as badges (road, boat, plane, on foot, or unknown where the office gave none). */
export function AccessBadges({ modes }: { modes: readonly AreaAccess[] }) {
  const t = useTranslations('access');
  return (
    <>
      {modes.map((m) => (
        <span key={m} className={`badge ${m}`}>
          {t(m)}
        </span>
      ))}
    </>
  );
}
