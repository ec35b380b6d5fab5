import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Nav } from './_components/nav';
import { getMessages } from './_lib/lang';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Sigap: perencana pendataan lapangan',
  description: 'Perencanaan petugas, jadwal, carter dan anggaran pendataan dari rumah ke rumah (Regsosek).',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, t } = await getMessages();
  return (
    <html lang={lang}>
      <body>
        <Providers>
          <Nav lang={lang} t={t} />
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
