import type { AreaFrame, FrameArea } from '@/seeds/area-frame';

const area = (code: string, name: string, level: FrameArea['level']): FrameArea => ({
  code,
  name,
  level,
  parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  line: 0,
});

/** A two-kecamatan slice of Kota Balikpapan and one Malinau village: enough frame for fast database tests. */
export function smallFrame(): AreaFrame {
  return {
    provinces: [area('64', 'Kalimantan Timur', 'provinsi'), area('65', 'Kalimantan Utara', 'provinsi')],
    regencies: [area('64.71', 'Kota Balikpapan', 'kabupaten'), area('65.02', 'Kabupaten Malinau', 'kabupaten')],
    districts: [area('64.71.01', 'Balikpapan Timur', 'kecamatan'), area('64.71.02', 'Balikpapan Barat', 'kecamatan'), area('65.02.04', 'Kayan Hilir', 'kecamatan')],
    villages: [
      area('64.71.01.1001', 'Manggar', 'desa'),
      area('64.71.01.1002', 'Manggar Baru', 'desa'),
      area('64.71.02.1001', 'Baru Tengah', 'desa'),
      area('65.02.04.2003', 'Long Sule', 'desa'),
    ],
  };
}
