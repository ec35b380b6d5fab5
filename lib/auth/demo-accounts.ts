import { demoRegionCodes } from '../areas/demo-regions';
import type { Role } from './permissions';

/** The password of every demo account: shown on the sign-in page while the demo runs, refused in production. */
export const demoPassword = 'regsosek2022';

/** Kecamatan Balikpapan Timur and its kelurahan Manggar: where the demo's KOSEKA, PML and PPL work. */
const demoKecamatan = '64.71.01';
export const demoKelurahan = '64.71.01.1001';

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  areaCodes: string[];
  /** the roster person behind the account (PML and PPL see their team or assignment through it) */
  roster?: { role: 'pml' | 'ppl'; name: string };
}

/** One account per role (README lists them). */
export const demoAccounts: DemoAccount[] = [
  { username: 'kepala', name: 'Kepala BPS (wilayah demo)', role: 'office_head', areaCodes: [...demoRegionCodes] },
  { username: 'koseka', name: 'KOSEKA Balikpapan Timur', role: 'koseka', areaCodes: [demoKecamatan] },
  { username: 'pml', name: 'Rina Wulandari (PML)', role: 'pml', areaCodes: [demoKecamatan], roster: { role: 'pml', name: 'Rina Wulandari' } },
  { username: 'ppl', name: 'Agus Setiawan (PPL)', role: 'ppl', areaCodes: [demoKecamatan], roster: { role: 'ppl', name: 'Agus Setiawan' } },
  { username: 'pemantau', name: 'Pemantau Pemkot Balikpapan', role: 'stakeholder', areaCodes: ['64.71'] },
  { username: 'entri', name: 'Sistem entri BPS Balikpapan', role: 'entry_system', areaCodes: ['64.71'] },
];

