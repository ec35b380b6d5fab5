/** Ringkasan's coverage of the viewer's own areas: how far each is, whether on course, a small burn-up. */
export const overviewCoverageId = {
  title: 'Cakupan wilayah Anda',
  asOf: 'per {date, date, dayLong}',
  done: '{done, number} dari {target, number} keluarga',
  pace: 'laju {pace, number, oneDecimal} keluarga/hari',
  chart: 'Kumulatif rencana dan realisasi',
  open: 'Lihat cakupan',
  none: 'Belum ada keluarga yang didata.',
  behind: '{behind, number} dari {count, plural, other {# sub-wilayah}} tertinggal',
};
