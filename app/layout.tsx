import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Nav } from './_components/nav';
import { currentViewer } from './_lib/auth';
import { getMessages } from './_lib/lang';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Sigap: perencana pendataan lapangan',
  description: 'Perencanaan petugas, jadwal, carter dan anggaran pendataan dari rumah ke rumah (Regsosek).',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, t } = await getMessages();
  const viewer = await currentViewer();
  return (
    <html lang={lang}>
      <body>
        <Providers>
          <Nav lang={lang} t={t} viewer={viewer && { name: viewer.name, role: viewer.role }} />
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
