import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
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
        {/* Client components read the same messages and formats (next-intl passes the request's on). */}
        <NextIntlClientProvider>
          <Providers>
            <Nav viewer={viewer && { name: viewer.name, role: viewer.role }} />
            <main>{children}</main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
