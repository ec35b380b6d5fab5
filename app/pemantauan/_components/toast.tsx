'use client';

import { useTranslations } from 'next-intl';
import type { Notice } from './move-form';

/** What the last move or dropout did, or why it was refused and what is there now; stays until closed. */
export function Toast({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useTranslations('monitoringPage');
  return (
    <div className={`mon-toast mon-toast-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={notice.kind}>
      <span>{notice.text}</span>
      <button type="button" className="mon-close" onClick={onClose} aria-label={t('close')} title={t('close')}>
        <svg width="16" height="16" viewBox="0 0 18 18" aria-hidden="true"><path d="M4 4l10 10M14 4L4 14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
      </button>
    </div>
  );
}
