import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultOperationParams } from '@/lib/operations/params';
import type { PlanStrategy } from '@/lib/planning/types';
import { parseWorkloadCsv } from '@/lib/workload/parse-workload-csv';
import { readAreaFrame } from '../area-frame';
import { demoSeed } from '../demo-regions';
import { commonAreaCode, paramsFromSettings, runPlanCommand } from '../plan-report';

const usage = `Pemakaian: npm run plan -- --input <beban-kerja.csv> [--json] [--strategy standard|lean] [--set nama=nilai ...]

  --input     CSV village_code,sls_code,families,access_mode,travel_days_one_way,local_staff
  --json      cetak satu objek JSON, bukan laporan
  --strategy  standard (target harian dekat minimum, bawaan) atau lean (dekat maksimum, petugas paling sedikit)
  --set       ubah aturan operasi, mis. --set reserveDays=4 --set restWeekdays=0 --set holidays=2022-10-17`;

function fail(lines: readonly string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
}

const isStrategy = (value: string): value is PlanStrategy => value === 'standard' || value === 'lean';

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        input: { type: 'string' },
        json: { type: 'boolean', default: false },
        strategy: { type: 'string', default: 'standard' },
        set: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (!values.input) fail(['--input wajib diisi (mode --area dari basis data belum tersedia)', usage]);
    const strategy = isStrategy(values.strategy) ? values.strategy : fail([`--strategy harus standard atau lean, bukan "${values.strategy}"`]);
    return { input: values.input, json: values.json, strategy, settings: values.set };
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error), usage]);
  }
}

/** `npm run plan -- --input <workload.csv>`: plans the CSV's villages and SLS with the operation's rules. */
function main() {
  z.config(z.locales.id()); // messages reach the user: Indonesian, as in the app
  const options = readOptions();
  const params = paramsFromSettings({ base: defaultOperationParams, settings: options.settings });
  if (!params.ok) fail(params.errors);
  let text: string;
  try {
    text = readFileSync(options.input, 'utf8');
  } catch (error) {
    return fail([`Berkas ${options.input} tidak bisa dibaca: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const frame = readAreaFrame();
  const parsed = parseWorkloadCsv({ text, knownVillageCodes: new Set(frame.villages.map((v) => v.code)), seed: demoSeed });
  if (!parsed.ok) fail(parsed.errors.map((e) => `baris ${e.line}, kolom ${e.field}: ${e.message}`));
  const areaCode = commonAreaCode(parsed.workloads.map((w) => w.villageCode));
  const names = new Map([...frame.provinces, ...frame.regencies, ...frame.districts, ...frame.villages].map((a) => [a.code, a.name]));
  const areaLabel = names.has(areaCode) ? `${areaCode} ${names.get(areaCode)}` : 'Indonesia';
  const result = runPlanCommand({ workloads: parsed.workloads, params: params.params, json: options.json, areaLabel, strategy: options.strategy });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exit(result.exitCode);
}

main();
