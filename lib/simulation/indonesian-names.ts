/** Name pools by the kind of place: given names (men, women) and family or second names. Common names, no real people. */
const pools = {
  // Kalimantan's cities: Javanese, Banjar and Bugis families side by side.
  kalimantan: {
    men: ['Budi', 'Rahmat', 'Andi', 'Hendra', 'Yusuf', 'Arif', 'Fajar', 'Rizky', 'Hasan', 'Dedi', 'Irfan', 'Bayu', 'Wahyu', 'Syamsul', 'Ahmad', 'Eko', 'Joko', 'Taufik', 'Hamzah', 'Ilham', 'Gusti', 'Muhammad', 'Iwan', 'Nur', 'Firman'],
    women: ['Siti', 'Dewi', 'Nurul', 'Fitri', 'Rahmawati', 'Sri', 'Ayu', 'Indah', 'Lestari', 'Wulan', 'Yuliana', 'Rina', 'Novita', 'Putri', 'Aisyah', 'Hasnah', 'Mariani', 'Ratna', 'Dian', 'Fatimah', 'Nanik', 'Kartika', 'Diah', 'Halimah', 'Eka'],
    family: ['Saputra', 'Pratama', 'Hidayat', 'Wijaya', 'Santoso', 'Kurniawan', 'Nugroho', 'Rahman', 'Syahrani', 'Noor', 'Effendi', 'Maulana', 'Susanto', 'Hakim', 'Lubis', 'Hasanuddin', 'Baharuddin', 'Daeng', 'Ramadhan', 'Permata', 'Anwar', 'Firmansyah', 'Sari', 'Handayani', 'Setiadi'],
  },
  // Kalimantan Utara's interior: Dayak and Tidung names beside the migrants'.
  borneoInterior: {
    men: ['Yohanes', 'Lukas', 'Markus', 'Petrus', 'Ding', 'Ajang', 'Lahang', 'Ibau', 'Paulus', 'Agustinus', 'Anyeq', 'Laing', 'Usat', 'Andreas', 'Ahmad', 'Hasan', 'Rudi', 'Salim', 'Bilung', 'Jalung'],
    women: ['Maria', 'Yuliana', 'Elisabet', 'Lusia', 'Bungan', 'Ubung', 'Dayang', 'Lenjau', 'Martha', 'Agnes', 'Siti', 'Rosalina', 'Ping', 'Imang', 'Anna', 'Theresia', 'Kristina', 'Uyang', 'Nurhayati', 'Saleha'],
    family: ['Lawing', 'Ngau', 'Usun', 'Laing', 'Jalung', 'Bilung', 'Lahang', 'Ajang', 'Ding', 'Irang', 'Apui', 'Baya', 'Langat', 'Juk', 'Saputra', 'Tingang', 'Anyeq', 'Imang', 'Huvang', 'Lung'],
  },
  // Papua's cities: Papuan clans with Maluku, Manado, Bugis and Javanese neighbours.
  papua: {
    men: ['Yohanis', 'Markus', 'Yakob', 'Daniel', 'Frans', 'Yulius', 'Obed', 'Matias', 'Alex', 'Simon', 'Petrus', 'Andi', 'Herman', 'Samuel', 'Yosias', 'Nikolas', 'Hendrik', 'Arnold', 'Dominggus', 'Ruben'],
    women: ['Maria', 'Yohana', 'Ester', 'Debora', 'Agustina', 'Fransina', 'Selvi', 'Martha', 'Ribka', 'Natalia', 'Sarah', 'Yuliana', 'Naomi', 'Hana', 'Mince', 'Irene', 'Siti', 'Wati', 'Lidia', 'Elsye'],
    family: ['Rumbiak', 'Wanma', 'Kambu', 'Mandowen', 'Rumaropen', 'Krey', 'Mayor', 'Ohee', 'Hamadi', 'Sanyi', 'Wally', 'Itaar', 'Kafiar', 'Sawaki', 'Rumbewas', 'Mofu', 'Yoku', 'Fonataba', 'Sroyer', 'Korwa', 'Tanamal', 'Latuheru', 'Pattiasina', 'Sumolang'],
  },
  // Riau's islands: Malay names, Javanese and Chinese Indonesian families.
  riau: {
    men: ['Zulkifli', 'Syahrial', 'Azhar', 'Khairul', 'Hamdan', 'Rusli', 'Fadli', 'Ismail', 'Jamaluddin', 'Rahmat', 'Sutrisno', 'Hendri', 'Ahmad', 'Darmawan', 'Surya', 'Fauzi', 'Hasbi', 'Rizal', 'Amri', 'Zainal'],
    women: ['Nurhayati', 'Zubaidah', 'Rosmawati', 'Salmah', 'Asmah', 'Yusnita', 'Nurlela', 'Mardiana', 'Suryani', 'Fitriani', 'Juliana', 'Hasnah', 'Rohani', 'Zahara', 'Erna', 'Lina', 'Maimunah', 'Rahmah', 'Wahyuni', 'Syarifah'],
    family: ['Hamid', 'Arsyad', 'Effendi', 'Harahap', 'Nasution', 'Syahputra', 'Hasibuan', 'Tanjung', 'Lubis', 'Siregar', 'Gunawan', 'Halim', 'Tan', 'Wijaya', 'Kurnia', 'Yusuf', 'Ibrahim', 'Abdullah', 'Rasyid', 'Usman'],
  },
} as const;

export type NamePool = keyof typeof pools;

/** Which pool a place's people are named from, by its province (Kemendagri code); interior Kalimantan Utara its own. */
export function namePoolOf(areaCode: string): NamePool {
  if (areaCode.startsWith('91') || areaCode.startsWith('92') || areaCode.startsWith('94') || areaCode.startsWith('96')) return 'papua';
  if (areaCode.startsWith('14') || areaCode.startsWith('21')) return 'riau';
  if (/^65\.0[2-4]/.test(areaCode)) return 'borneoInterior';
  return 'kalimantan';
}

/** A person's name from a pool and three uniform draws in [0, 1): a given name (man or woman) and a family name. */
export function personName({ pool, u }: { pool: NamePool; u: readonly [number, number, number] }): string {
  const names = pools[pool];
  const given = u[0] < 0.5 ? names.men : names.women;
  return `${given[Math.floor(u[1] * given.length)]!} ${names.family[Math.floor(u[2] * names.family.length)]!}`;
}
