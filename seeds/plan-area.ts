import type { Db } from '@/db/client';
import { listAreaNames } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { listWorkloads } from '@/db/queries/workloads';
import { countryCode, isAreaCode } from '@/lib/areas/codes';
import type { PlanStrategy } from '@/lib/planning/types';
import { paramsFromSettings, runPlanCommand, type PlanCommandOutput } from './plan-report';

export interface PlanFromDatabaseInput {
  db: Db;
  /** a province, regency, kecamatan or village code, or 'ID' for every workload of the operation */
  areaCode: string;
  json: boolean;
  strategy?: PlanStrategy;
  /** `name=value` overrides of the operation's own parameters */
  settings?: readonly string[];
}

const refuse = (...lines: string[]): PlanCommandOutput => ({ exitCode: 2, stdout: '', stderr: `${lines.join('\n')}\n` });

/**
 * `npm run plan -- --area <code>`: plans an area's workload of the active operation with the operation's rules
 * (then the `--set` overrides), as the Perencanaan page does, without saving. A cause the user can fix is exit 2.
 */
export async function planFromDatabase({ db, areaCode, json, strategy = 'standard', settings = [] }: PlanFromDatabaseInput): Promise<PlanCommandOutput> {
  const code = areaCode.trim();
  if (code !== countryCode && !isAreaCode(code)) return refuse(`Kode wilayah tidak valid: "${code}" (contoh: 65, 64.71, 64.71.01, 64.71.01.1001 atau ID)`);
  const operation = await getActiveOperation(db);
  if (!operation) return refuse('Basis data masih kosong (belum ada operasi): jalankan npm run seed atau npm start dulu.');
  const names = await listAreaNames(db, [code]);
  const name = names.get(code);
  if (name === undefined) return refuse(`Wilayah ${code} tidak ada di kerangka wilayah.`);
  const params = paramsFromSettings({ base: operation.params, settings });
  if (!params.ok) return refuse(...params.errors);
  const areaLabel = code === countryCode ? name : `${code} ${name}`;
  const workloads = await listWorkloads(db, operation.id, code);
  if (!workloads.some((w) => w.families > 0)) return refuse(`Wilayah ${areaLabel} tidak punya target keluarga pada operasi "${operation.name}".`);
  return runPlanCommand({ workloads, params: params.params, json, areaLabel, areaCode: code, strategy });
}
