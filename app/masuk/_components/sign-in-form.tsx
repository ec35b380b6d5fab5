'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** Posts to better-auth's sign-in endpoint (which rate-limits it) and follows `next` once the cookie is set. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await fetch('/api/auth/sign-in/username', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: String(form.get('username') ?? '').trim().toLowerCase(), password: String(form.get('password') ?? '') }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      router.replace(next);
      router.refresh();
      return;
    }
    setError(response?.status === 429 ? t('tooMany') : response && response.status < 500 ? t('wrong') : t('failed'));
  }

  return (
    <form onSubmit={submit} className="stack" data-testid="sign-in-form">
      <label>{t('username')}<input name="username" autoComplete="username" required autoFocus /></label>
      <label>{t('password')}<input name="password" type="password" autoComplete="current-password" required /></label>
      {error && <p className="note" role="alert">{error}</p>}
      <button type="submit" className="button" disabled={busy}>{t('submit')}</button>
    </form>
  );
}
