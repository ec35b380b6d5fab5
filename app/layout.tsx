import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { pickMessages } from '@/i18n/client-messages';
import type { ReactNode } from 'react';
import { Nav } from './_components/nav';
import { currentViewer } from './_lib/auth';
import { Providers } from './providers';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: t('title'), description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  return (
    <html lang={await getLocale()}>
      <body>
        {/* Client components read the request's language and formats, and the messages they use (i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(await getMessages())}>
          <Providers>
            <Nav viewer={viewer && { name: viewer.name, role: viewer.role }} />
            <main>{children}</main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
