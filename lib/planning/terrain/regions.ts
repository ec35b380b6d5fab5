import type { Region } from './types';

/** Province code (the first two digits of a Kemendagri code) to its island group. */
const regionByProvince: Record<string, Region> = {
  ...Object.fromEntries(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'].map((p) => [p, 'sumatra'])),
  ...Object.fromEntries(['31', '32', '33', '34', '35', '36', '51'].map((p) => [p, 'java_bali'])),
  '52': 'nusa_tenggara',
  '53': 'nusa_tenggara',
  ...Object.fromEntries(['61', '62', '63', '64', '65'].map((p) => [p, 'kalimantan'])),
  ...Object.fromEntries(['71', '72', '73', '74', '75', '76'].map((p) => [p, 'sulawesi'])),
  '81': 'maluku',
  '82': 'maluku',
  ...Object.fromEntries(['91', '92', '93', '94', '95', '96', '97'].map((p) => [p, 'papua'])),
};

/**
 * The island group of an area code: Java-Bali, Sumatra (with the Riau and Bangka-Belitung islands), Kalimantan,
 * Sulawesi, Nusa Tenggara, Maluku (with Maluku Utara), Papua (91-97, the new provinces included). A province code
 * outside the frame reads as Java-Bali, whose norm is the operation's own: no estimate where nothing is known.
 */
export function regionOf(areaCode: string): Region {
  return regionByProvince[areaCode.slice(0, 2)] ?? 'java_bali';
}
