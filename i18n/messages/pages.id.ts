/** The Petugas roster's paging, search and plan picker, and other page details: Bahasa Indonesia. Twin: ./pages.en.ts. */
export const pagesId = {
  planning: {
    introReader: 'Rencana yang disimpan kepala kantor untuk wilayah Anda: kebutuhan PPL, PML dan KOSEKA, wilayah tugas, jadwal harian, carter dan anggaran. Buka sebuah rencana untuk melihat tim dan jadwalnya.',
  },
  compare: {
    differentAreas: 'Rencana A dan B mencakup wilayah berbeda: rencana dari wilayah berbeda tidak dibandingkan angka demi angka.',
    pickSameArea: 'Pilih B di antara rencana lain wilayah A.',
    noOther: 'Belum ada rencana lain untuk wilayah A; buat skenario kedua di halaman Perencanaan.',
    b: 'B: rencana lain wilayah ini',
    show: 'Bandingkan',
  },
  planForm: {
    area: 'Wilayah',
    areaHint: 'Ketik namanya (mis. “Balik”) lalu pilih dari saran, atau tulis kodenya (64.71). Provinsi, kabupaten/kota atau kecamatan di wilayah Anda.',
    unknownArea: '“{text}” bukan wilayah yang dapat Anda rencanakan: pilih salah satu saran, atau tulis kodenya.',
  },
  staff: {
    introReader: 'Petugas hasil rekrutmen (PPL, PML, KOSEKA) di wilayah Anda, dan tim rencana yang dapat Anda lihat. Kepala kantor mengunggah roster dan mengisi rencana darinya.',
    roster: 'Daftar petugas',
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
