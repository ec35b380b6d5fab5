import { redirect } from 'next/navigation';
import { hasDemoSeed } from '@/db/queries/operations';
import { isProduction } from '@/db/secrets';
import { demoAccounts, demoPassword } from '@/lib/auth/demo-accounts';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { currentViewer } from '../_lib/auth';
import { requestDb } from '../_lib/db';
import { getMessages } from '../_lib/lang';
import { SignInForm } from './_components/sign-in-form';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ lanjut?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).lanjut);
  if (await currentViewer()) redirect(next);
  const { t } = await getMessages();
  const demo = !isProduction() && (await hasDemoSeed(await requestDb()));
  return (
    <section className="sign-in">
      <h1>{t.auth.title}</h1>
      <p className="muted">{t.auth.intro}</p>
      <SignInForm next={next} labels={t.auth} />
      {demo && (
        <aside className="card" data-testid="demo-accounts">
          <h2>{t.auth.demoTitle}</h2>
          <p>{t.auth.demoIntro} <code>{demoPassword}</code></p>
          <ul>
            {demoAccounts.map((a) => (
              <li key={a.username}><code>{a.username}</code>: {t.auth.roles[a.role]} ({a.areaCodes.join(', ')})</li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
