import type { SimulateFieldworkResult, SimulationPhase } from '@/db/use-cases/simulate-fieldwork';

const n = (v: number) => v.toLocaleString('id-ID');

/** The progress step's name for a phase of the simulation (seeds/progress.ts prints it). */
export function phaseLabel(phase: SimulationPhase): string {
  return phase === 'before_dropout' ? 'wawancara sebelum petugas mundur' : phase === 'from_dropout' ? 'wawancara sejak petugas mundur' : 'wawancara';
}

/** What a simulation did, in one or two lines for the terminal (Indonesian, as the other CLIs). */
export function describeSimulation(result: SimulateFieldworkResult): string {
  if (!result.ok) {
    return {
      no_operation: 'Belum ada operasi di basis data ini (jalankan npm run seed).',
      before_window: 'Tanggal itu sebelum masa pendataan: tidak ada yang disimulasikan.',
      no_plan_in_force: 'Belum ada rencana berlaku dengan petugas di wilayah itu: jadikan rencana berlaku dan isi petugasnya dulu.',
    }[result.code];
  }
  const lines = [`Simulasi s.d. ${result.until}: ${n(result.ppl)} PPL, ${n(result.records)} rekaman (${n(result.accepted)} diterima, ${n(result.duplicates)} duplikat)`];
  if (result.refused > 0) lines.push(`  ${n(result.refused)} rekaman ditolak (pertama: ${result.firstRefusal})`);
  const d = result.dropout;
  if (d) lines.push(`  ${d.label} mundur sejak ${d.fromDate}${d.recorded === 'now' ? ': dicatat, pekerjaannya dibagi ke rekan' : d.recorded === 'before' ? ' (sudah tercatat)' : d.recorded === 'later' ? ' (belum sampai tanggalnya)' : ' (tidak dapat dicatat)'}`);
  return lines.join('\n');
}
