import '../server-only-outside-next'; // first: the --area path loads db/queries
import { existsSync, readFileSync } from 'node:fs';
import { describeProblem } from '@/i18n/describe';
import { decodeCsvBytes } from '@/lib/csv/decode-csv-bytes';
import { readTableFile } from '@/db/files/read-table-file';
import { parseArgs } from 'node:util';
import { openDatabase, readDbConfig } from '@/db/client';
import { defaultOperationParams } from '@/lib/operations/params';
import type { PlanStrategy } from '@/lib/planning/types';
import { parseWorkloadCsv } from '@/lib/workload/parse-workload-csv';
import { heldByApp } from '../app-lock';
import { readAreaFrame } from '../area-frame';
import { demoSeed } from '../demo-regions';
import { runCalibration } from '../calibration';
import { planFromDatabase } from '../plan-area';
import { commonAreaCode, paramsFromSettings, runPlanCommand, type PlanCommandOutput } from '../plan-report';

const usage = `Pemakaian: npm run plan -- (--area <kode> | --input <beban-kerja.csv> | --calibration <petugas-dilaporkan.csv>) [--json] [--strategy standard|lean] [--set nama=nilai ...]

  --area         rencanakan wilayah dari basis data (operasi aktif), mis. 64.71, 65, 64.71.01, atau ID untuk seluruh Indonesia
  --input        CSV atau XLSX village_code,sls_code,families,access_mode,travel_days_one_way,local_staff (tanpa basis data)
  --calibration  CSV area_codes,area_name,families,ppl,pml,koseka,total_staff,...: rencanakan tiap wilayah dari kerangka
                 wilayah saja dan bandingkan dengan petugas yang dilaporkan (tanpa basis data)
  --json      cetak satu objek JSON, bukan laporan
  --strategy  standard (target harian dekat minimum, bawaan) atau lean (dekat maksimum, petugas paling sedikit)
  --set       ubah aturan operasi, mis. --set reserveDays=4 --set restWeekdays=0 --set holidays=2022-10-17`;

function fail(lines: readonly string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
}

const isStrategy = (value: string): value is PlanStrategy => value === 'standard' || value === 'lean';

type Source = { area: string } | { input: string } | { calibration: string };

/** A workload file's share of the unpacking limit of an XLSX input: as much text as a 500 MB CSV. */
const maxInputBytes = 500_000_000;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        area: { type: 'string' },
        input: { type: 'string' },
        calibration: { type: 'string' },
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
    const chosen = [values.area, values.input, values.calibration].filter((v) => v !== undefined).length;
    if (chosen !== 1) fail(['Pilih tepat satu: --area <kode>, --input <beban-kerja.csv> atau --calibration <petugas-dilaporkan.csv>', usage]);
    const source: Source = values.area !== undefined ? { area: values.area } : values.input !== undefined ? { input: values.input } : { calibration: values.calibration! };
    const strategy = isStrategy(values.strategy) ? values.strategy : fail([`--strategy harus standard atau lean, bukan "${values.strategy}"`]);
    return { source, json: values.json, strategy, settings: values.set };
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error), usage]);
  }
}

type Options = ReturnType<typeof readOptions>;

/** A file's bytes, or a refusal naming it. */
function readBytes(input: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    return fail([`Berkas ${input} tidak bisa dibaca: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return bytes;
}

/** A CSV file as text, decoded as an upload is (UTF-8 or UTF-16 with a BOM), else a refusal naming the line. */
function readCsvFile(input: string): string {
  const decoded = decodeCsvBytes(readBytes(input));
  if (!decoded.ok) return fail([`baris ${decoded.line}: ${describeProblem(decoded.problem, 'id')}`]);
  return decoded.text;
}

/** The default rules with the `--set` overrides. */
function defaultParams(options: Options) {
  const params = paramsFromSettings({ base: defaultOperationParams, settings: options.settings });
  return params.ok ? params.params : fail(params.errors);
}

/** `--input`: the file's villages and SLS (CSV or XLSX) with the default rules, no database. */
async function planCsv(input: string, options: Options): Promise<PlanCommandOutput> {
  const params = defaultParams(options);
  // The same reading as an upload: XLSX, or CSV in UTF-8 or UTF-16 with a BOM, else a refusal naming the line.
  const file = await readTableFile(readBytes(input), { maxBytes: maxInputBytes });
  if (!file.ok) return fail([file.line === undefined ? describeProblem(file.problem, 'id') : `baris ${file.line}: ${describeProblem(file.problem, 'id')}`]);
  const frame = readAreaFrame();
  const parsed = parseWorkloadCsv({ records: file.records, knownVillageCodes: new Set(frame.villages.map((v) => v.code)), seed: demoSeed });
  if (!parsed.ok) fail(parsed.errors.map((e) => `baris ${e.line}, kolom ${e.field}: ${describeProblem(e, 'id')}`));
  // Territories never cross a kecamatan, so the planned area is a kecamatan or larger even for one village.
  const areaCode = commonAreaCode(parsed.workloads.map((w) => w.districtCode));
  const names = new Map([...frame.provinces, ...frame.regencies, ...frame.districts].map((a) => [a.code, a.name]));
  const areaLabel = names.has(areaCode) ? `${areaCode} ${names.get(areaCode)}` : 'Indonesia';
  return runPlanCommand({ workloads: parsed.workloads, params, json: options.json, areaLabel, areaCode, strategy: options.strategy });
}

/** `--area`: the area's workload in the configured database, with the active operation's rules. */
async function planArea(area: string, options: Options): Promise<PlanCommandOutput> {
  const config = readDbConfig();
  // PGlite has no cross-process lock: a second process would corrupt the app's data.
  const held = heldByApp(config);
  if (held) fail([held, 'Atau buat rencana di halaman Perencanaan / POST /api/plans.']);
  if (!config.url) {
    const dir = config.pgliteDir!;
    if (!existsSync(dir)) fail([`Belum ada basis data di ${dir}: jalankan npm run seed atau npm start dulu.`]);
  }
  const handle = await openDatabase(config);
  try {
    return await planFromDatabase({ db: handle.db, areaCode: area, json: options.json, strategy: options.strategy, settings: options.settings });
  } finally {
    await handle.close();
  }
}

/** `--calibration`: every area of a reported-staffing file planned from the frame alone, against what was reported. */
function calibrate(file: string, options: Options): PlanCommandOutput {
  const params = defaultParams(options);
  return runCalibration({ text: readCsvFile(file), frame: readAreaFrame(), params, strategy: options.strategy, json: options.json });
}

/** `npm run plan`: plans an area of the database (`--area`) or a workload CSV (`--input`), or calibrates (`--calibration`). */
async function main() {
  const options = readOptions();
  const { source } = options;
  const result = 'area' in source ? await planArea(source.area, options) : 'input' in source ? await planCsv(source.input, options) : calibrate(source.calibration, options);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
