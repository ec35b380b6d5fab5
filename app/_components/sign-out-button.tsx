'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

/** Ends the session through better-auth, then shows the sign-in page. */
export function SignOutButton() {
  const t = useTranslations('nav');
  const router = useRouter();
  async function signOut() {
    await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => null);
    // The copy of Tugas saya kept for offline reading (public/sw.js) is this person's: a phone may be shared.
    if ('caches' in window) for (const key of await caches.keys()) if (key.startsWith('sigap-')) await caches.delete(key);
    router.replace('/masuk');
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={signOut} data-testid="sign-out">
      {t('signOut')}
    </button>
  );
}
