import { getTranslations } from 'next-intl/server';
import type { MonitoredDistrict } from '@/db/queries/monitored-districts';

/** The kecamatan an office head (or a coordinator of several) may open: a plain GET form, so it works without script. */
export async function DistrictPicker({ districts, selected }: { districts: readonly MonitoredDistrict[]; selected?: string }) {
  const [t, tl] = await Promise.all([getTranslations('monitoringPage'), getTranslations('levels')]);
  return (
    <form className="search mon-picker" action="/pemantauan" method="get" data-testid="district-picker">
      <label className="muted" htmlFor="kecamatan">{tl('kecamatan')}</label>
      <select id="kecamatan" name="kecamatan" defaultValue={selected} translate="no">
        {districts.map((d) => (
          <option key={d.districtCode} value={d.districtCode}>{d.districtName} ({d.districtCode})</option>
        ))}
      </select>
      <button type="submit">{t('show')}</button>
    </form>
  );
}
