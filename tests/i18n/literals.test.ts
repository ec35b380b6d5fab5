import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals } from './find-literals';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(full) : entry.name.endsWith('.tsx') ? [full] : [];
  });
}

describe('findLiterals: user-visible text written in a component instead of the dictionaries', () => {
  it.each([
    { case: 'JSX text', source: '<p>Belum ada rencana.</p>', found: ['Belum ada rencana.'] },
    { case: 'a title', source: '<div title="Carter pesawat" />', found: ['Carter pesawat'] },
    { case: 'an aria-label in braces', source: '<nav aria-label={"Navigasi utama"} />', found: ['Navigasi utama'] },
    { case: 'a placeholder template', source: '<input placeholder={`Cari ${what}`} />', found: ['Cari'] },
    { case: 'a literal shown by an expression', source: '<td>{p.phone ?? "tidak ada"}</td>', found: ['tidak ada'] },
    { case: 'both branches of a condition', source: '<td>{ok ? "ya" : "tidak"}</td>', found: ['ya', 'tidak'] },
    { case: 'a template with words', source: '<p>{`${n} keluarga`}</p>', found: ['keluarga'] },
    { case: 'a translation call', source: '<p>{t("plan.title")} {t(`flags.${code}`)}</p>', found: [] },
    { case: 'codes, units and punctuation', source: '<p>PPL · {n} / KOSEKA – SLS: CSV, XLSX ← % ✈</p>', found: [] },
    { case: 'a compared value and a class name', source: '<td className="num flag">{d.kind === "work" ? n : null}</td>', found: [] },
    { case: 'a test id and a route', source: '<a href="/perencanaan" data-testid="plan-list">{name}</a>', found: [] },
  ])('$case', ({ source, found }) => {
    expect(findLiterals(`const x = <>${source}</>;`).map((l) => l.text)).toEqual(found);
  });
});

describe('every page and component under app/ takes its words from the dictionaries', () => {
  const root = path.join(process.cwd(), 'app');
  it.each(tsxFiles(root).map((file) => ({ file: path.relative(process.cwd(), file) })))('$file', ({ file }) => {
    expect(findLiterals(readFileSync(file, 'utf8'), file).map((l) => `${file}:${l.line} ${l.text}`)).toEqual([]);
  });
});
