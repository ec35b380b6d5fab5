/** The Petugas roster's paging, search and plan picker, and other page details: Bahasa Indonesia. Twin: ./pages.en.ts. */
export const pagesId = {
  staff: {
    roster: 'Roster',
    search: 'Cari petugas',
    searchPlaceholder: 'Nama, peran, desa, kecamatan atau kode wilayah…',
    role: 'Peran',
    allRoles: 'Semua peran',
    show: 'Tampilkan',
    reset: 'Hapus pencarian',
    range: '{from, number}–{to, number} dari {total, number}',
    noMatch: 'Tidak ada petugas yang cocok dengan pencarian ini.',
    pages: 'Halaman roster',
    previous: '‹ Sebelumnya',
    next: 'Berikutnya ›',
    page: 'Halaman {page, number}',
    plan: 'Rencana yang diisi',
    planShown: 'Rencana yang ditampilkan',
    pick: 'Pilih',
    noPlans: 'Belum ada rencana tersimpan untuk wilayah Anda. Buat rencana di halaman Perencanaan.',
    fillNotYours: 'Rencana ini melampaui wilayah Anda: hanya kepala kantor yang wilayahnya memuat seluruh rencana yang dapat mengisinya.',
  },
};
