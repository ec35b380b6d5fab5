import '../server-only-outside-next'; // first: this CLI loads db/queries
import { readDbConfig } from '@/db/client';
import { readAppLock } from '../app-lock';
import { progressPrinter } from '../progress';
import { describeSimulation, phaseLabel } from '../simulation-report';
import { readSimulateArgs, simulateDirect, simulateViaApp } from '../simulate-fieldwork';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** `npm run simulate -- [--until YYYY-MM-DD] [--region <code>]`: simulated fieldwork of the plans in force, through intake. */
async function main() {
  const args = readSimulateArgs(process.argv.slice(2));
  if (!args.ok && args.help) return void process.stdout.write(`${args.message}\n`);
  if (!args.ok) fail(`${args.message}\n\nLihat: npm run simulate -- --help`);
  const config = readDbConfig();
  const lock = config.url ? null : readAppLock(config.pgliteDir!);
  if (lock && !lock.cliKey) fail('Aplikasi yang berjalan terlalu lama untuk perintah ini: mulai ulang dengan npm start.');
  process.stdout.write(`Menyimulasikan pendataan ${lock ? `lewat aplikasi yang berjalan (port ${lock.port})` : 'langsung ke basis data'} ...\n`);
  const print = progressPrinter((line) => process.stdout.write(`${line}\n`));
  const onProgress = (phase: Parameters<typeof phaseLabel>[0], done: number, total: number) => print(phaseLabel(phase), done, total);
  const result = lock ? await simulateViaApp(lock, args.input, onProgress) : await simulateDirect(config, args.input, onProgress);
  if (!result.ok) fail(describeSimulation(result));
  process.stdout.write(`${describeSimulation(result)}\n`);
  if (result.refused > 0) process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
