import type { Messages } from '@/lib/i18n/messages';
import type { AccessMode } from '@/lib/workload/types';

export function AccessBadges({ modes, t }: { modes: AccessMode[]; t: Messages }) {
  return (
    <>
      {modes.map((m) => (
        <span key={m} className={`badge ${m}`}>
          {t.access[m]}
        </span>
      ))}
    </>
  );
}
