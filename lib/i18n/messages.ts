/** Interface languages: Bahasa Indonesia first, English second. */
export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

const id = {
  appTagline: 'Perencana logistik dan petugas pendataan lapangan',
  nav: {
    overview: 'Ringkasan',
    areas: 'Wilayah',
    planning: 'Perencanaan',
    monitoring: 'Pemantauan',
    coverage: 'Cakupan',
    staff: 'Petugas',
  },
  switchTo: 'English',
  levels: { provinsi: 'Provinsi', kabupaten: 'Kabupaten/Kota', kecamatan: 'Kecamatan', desa: 'Desa/Kelurahan', sls: 'SLS' },
  levelsPlural: { provinsi: 'provinsi', kabupaten: 'kabupaten/kota', kecamatan: 'kecamatan', desa: 'desa/kelurahan', sls: 'SLS' },
  access: { road: 'Jalan darat', boat: 'Perahu/speedboat', plane: 'Pesawat', foot: 'Jalan kaki' },
  columns: {
    code: 'Kode',
    name: 'Nama',
    families: 'Target keluarga',
    sls: 'SLS',
    subareas: 'Sub-wilayah',
    access: 'Akses',
    travel: 'Perjalanan (hari, sekali jalan)',
    localStaff: 'Petugas lokal',
    remoteFamilies: 'Keluarga di daerah terpencil',
  },
  yes: 'ya',
  no: 'tidak',
  country: 'Indonesia',
  search: { placeholder: 'Cari nama atau kode wilayah…', button: 'Cari', none: 'Tidak ada wilayah yang cocok.', results: 'Hasil pencarian' },
  areas: {
    title: 'Wilayah',
    intro: 'Kerangka wilayah Kemendagri lengkap dengan target keluarga operasi yang aktif. Klik nama untuk turun satu tingkat.',
    noWorkload: 'Belum ada target keluarga untuk wilayah ini pada operasi aktif.',
    notFound: 'Wilayah tidak ditemukan.',
    total: 'Jumlah',
    exportCsv: 'Unduh CSV',
  },
  overview: {
    title: 'Ringkasan',
    operation: 'Operasi',
    window: 'Jendela pendataan',
    days: 'hari',
    demoRegions: 'Wilayah demo',
    familiesByRegion: 'Target keluarga per wilayah demo',
    frame: 'Kerangka wilayah',
    estimateNote: 'Target keluarga wilayah demo adalah perkiraan yang dibangkitkan secara deterministik, bukan data sensus.',
    noOperation: 'Belum ada operasi. Jalankan npm run seed.',
  },
  placeholder: {
    planning: 'Perencanaan kebutuhan PPL, PML dan KOSEKA, wilayah tugas, jadwal harian, carter perahu/pesawat dan anggaran.',
    monitoring: 'Pemantauan kemajuan petugas terhadap rencana, siapa yang tertinggal, dan pemindahan beban kerja.',
    coverage: 'Cakupan keluarga per wilayah, penolakan, laju harian dan perkiraan tanggal selesai.',
    staff: 'Daftar petugas per tim dengan wilayah tugas dan jadwalnya.',
    comingSoon: 'Halaman ini menyusul pada rilis berikutnya.',
  },
};

export type Messages = typeof id;

const en: Messages = {
  appTagline: 'Fieldwork logistics and staffing planner',
  nav: { overview: 'Overview', areas: 'Areas', planning: 'Planning', monitoring: 'Monitoring', coverage: 'Coverage', staff: 'Staff' },
  switchTo: 'Bahasa Indonesia',
  levels: { provinsi: 'Province', kabupaten: 'Regency/City', kecamatan: 'District', desa: 'Village', sls: 'SLS' },
  levelsPlural: { provinsi: 'provinces', kabupaten: 'regencies/cities', kecamatan: 'districts', desa: 'villages', sls: 'SLS' },
  access: { road: 'Road', boat: 'Boat/speedboat', plane: 'Plane', foot: 'On foot' },
  columns: {
    code: 'Code',
    name: 'Name',
    families: 'Family target',
    sls: 'SLS',
    subareas: 'Sub-areas',
    access: 'Access',
    travel: 'Travel (days, one way)',
    localStaff: 'Local staff',
    remoteFamilies: 'Families in remote areas',
  },
  yes: 'yes',
  no: 'no',
  country: 'Indonesia',
  search: { placeholder: 'Search area name or code…', button: 'Search', none: 'No matching area.', results: 'Search results' },
  areas: {
    title: 'Areas',
    intro: "Kemendagri's full area frame with the active operation's family targets. Click a name to drill down.",
    noWorkload: 'No family targets for this area in the active operation yet.',
    notFound: 'Area not found.',
    total: 'Total',
    exportCsv: 'Download CSV',
  },
  overview: {
    title: 'Overview',
    operation: 'Operation',
    window: 'Fieldwork window',
    days: 'days',
    demoRegions: 'Demo regions',
    familiesByRegion: 'Family targets per demo region',
    frame: 'Area frame',
    estimateNote: "Demo regions' family targets are deterministic generated estimates, not census data.",
    noOperation: 'No operation yet. Run npm run seed.',
  },
  placeholder: {
    planning: 'Planning PPL, PML and KOSEKA needs, territories, daily schedules, boat/plane charters and budget.',
    monitoring: "Monitoring staff progress against plan, who is behind, and moving workload.",
    coverage: 'Family coverage per area, refusals, daily pace and forecast finish date.',
    staff: 'Staff by team with their territory and schedule.',
    comingSoon: 'This page arrives in a later release.',
  },
};

/** The messages of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : id;
}

/** Formats a whole number the Indonesian way (240.000) or the English way (240,000). */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return value.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
