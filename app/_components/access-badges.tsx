import { useTranslations } from 'next-intl';
import type { AccessMode } from '@/lib/workload/types';

/** An area's access modes as badges (road, boat, plane, on foot). */
export function AccessBadges({ modes }: { modes: readonly AccessMode[] }) {
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
