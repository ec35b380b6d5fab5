'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, type ReactNode } from 'react';

/** A modal panel over the page (full screen on a phone); Escape or the close button closes it. */
export function Dialog({ title, onClose, children, testId }: { title: ReactNode; onClose: () => void; children: ReactNode; testId?: string }) {
  const t = useTranslations('monitoringPage');
  const titleId = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    document.body.classList.add('mon-locked');
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.classList.remove('mon-locked');
    };
  }, [onClose]);
  return (
    <div className="mon-overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="mon-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={testId}>
        <div className="mon-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="mon-close" onClick={onClose} aria-label={t('close')} title={t('close')} data-testid="dialog-close">
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path d="M4 4l10 10M14 4L4 14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
