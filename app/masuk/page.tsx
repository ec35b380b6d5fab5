import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hasDemoSeed } from '@/db/queries/operations';
import { isProduction } from '@/db/secrets';
import { demoAccounts, demoPassword } from '@/lib/auth/demo-accounts';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { currentViewer } from '../_lib/auth';
import { requestDb } from '../_lib/db';
import { SignInForm } from './_components/sign-in-form';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ lanjut?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).lanjut);
  if (await currentViewer()) redirect(next);
  const t = await getTranslations();
  const demo = !isProduction() && (await hasDemoSeed(await requestDb()));
  return (
    <section className="sign-in">
      <h1>{t('auth.title')}</h1>
      <p className="muted">{t('auth.intro')}</p>
      <SignInForm next={next} />
      {demo && (
        <aside className="card" data-testid="demo-accounts">
          <h2>{t('auth.demoTitle')}</h2>
          <p>{t('auth.demoIntro')} <code>{demoPassword}</code></p>
          <ul>
            {demoAccounts.map((a) => (
              <li key={a.username}><code>{a.username}</code>: {t('auth.demoAccount', { role: t(`roles.${a.role}`), areas: a.areaCodes.join(', ') })}</li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
