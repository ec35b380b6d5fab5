'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** "Adopt as plan in force", asked twice: the office head confirms replacing the area's plan in force. */
export function AdoptPlanButton({ planId }: { planId: number }) {
  const t = useTranslations('adoption');
  const lang = useLocale();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await fetch(`/api/plans/${planId}/adopt`, { method: 'POST', headers: { 'accept-language': lang } });
      const json = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) throw new Error(json.error || t('failed'));
    },
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  if (!confirming) {
    return <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="adopt-plan">{t('button')}</button>;
  }
  return (
    <div className="card" role="alertdialog" aria-labelledby="adopt-confirm-text" data-testid="adopt-confirm">
      <p id="adopt-confirm-text">{t('confirm')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => mutation.mutate()} disabled={mutation.isPending} data-testid="adopt-yes">{t('yes')}</button>{' '}
        <button type="button" className="link-like" onClick={() => setConfirming(false)} disabled={mutation.isPending}>{t('cancel')}</button>
      </p>
      {mutation.error && <p className="note" role="alert">{mutation.error.message}</p>}
    </div>
  );
}
