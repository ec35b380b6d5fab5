'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

interface Labels {
  username: string;
  password: string;
  submit: string;
  wrong: string;
  tooMany: string;
  failed: string;
}

/** Posts to better-auth's sign-in endpoint (which rate-limits it) and follows `next` once the cookie is set. */
export function SignInForm({ next, labels }: { next: string; labels: Labels }) {
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
    setError(response?.status === 429 ? labels.tooMany : response && response.status < 500 ? labels.wrong : labels.failed);
  }

  return (
    <form onSubmit={submit} className="stack" data-testid="sign-in-form">
      <label>{labels.username}<input name="username" autoComplete="username" required autoFocus /></label>
      <label>{labels.password}<input name="password" type="password" autoComplete="current-password" required /></label>
      {error && <p className="note" role="alert">{error}</p>}
      <button type="submit" className="button" disabled={busy}>{labels.submit}</button>
    </form>
  );
}
