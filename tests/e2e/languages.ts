import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { en } from '@/i18n/messages/en';
import { id } from '@/i18n/messages/id';
import { flatten, literalTextOf } from '../i18n/messages';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';

type Lang = 'id' | 'en';

/** Words of four letters or more, lower-cased. */
const wordsOf = (text: string) => new Set((text.match(/\p{L}{4,}/gu) ?? []).map((w) => w.toLowerCase()));

function dictionaryWords(messages: object): Set<string> {
  return wordsOf([...flatten(messages).values()].map(literalTextOf).join(' '));
}

/** Month and weekday names a date written in a language shows ("Oktober", "Sabtu"). */
function calendarWords(lang: Lang): Set<string> {
  const dates = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2023, m, 1 + m)));
  const names = dates.flatMap((d) => (['long', 'short'] as const).flatMap((width) => [
    new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' }).format(d),
    new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(d),
  ]));
  return wordsOf(names.join(' '));
}

const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));
const indonesianWords = dictionaryWords(id);
const englishWords = dictionaryWords(en);
/** What must not show in the other language: words of one dictionary (and calendar) that the other does not also use. */
const foreign: Record<Lang, Set<string>> = {
  en: minus(new Set([...indonesianWords, ...calendarWords('id')]), new Set([...englishWords, ...calendarWords('en')])),
  id: minus(new Set([...englishWords, ...calendarWords('en')]), new Set([...indonesianWords, ...calendarWords('id')])),
};

/**
 * The words a reader sees on the page: text and read attributes (title, aria-label, placeholder, alt), the title and
 * input values, leaving out proper names (marked translate="no": areas, people, plans, the operation), code and charts.
 */
async function visibleText(page: Page): Promise<string> {
  // Plain JavaScript as a string: tsx would name the functions with a helper the browser does not have.
  return page.evaluate(`(() => {
    const skip = (node) => !!(node.parentElement && node.parentElement.closest('[translate=no], svg, script, style, code, noscript'));
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node)) parts.push(node.textContent || '');
    for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt], input:not([type=hidden])')) {
      if (element.closest('[translate=no]')) continue;
      for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) parts.push(element.getAttribute(attribute) || '');
      if (element instanceof HTMLInputElement) parts.push(element.value);
    }
    return parts.join('\\n');
  })()`);
}

/** The words of the other language the page shows now (what `walk` fails on): for pages opened by clicks. */
export async function foreignWordsOn(page: Page, lang: Lang): Promise<string[]> {
  return [...wordsOf(await visibleText(page))].filter((w) => foreign[lang].has(w));
}

/** Opens each address and fails with every word of the other language it shows, by page. */
async function walk(page: Page, url: string, { lang, who }: { lang: Lang; who: string }, paths: readonly string[], act: Record<string, (page: Page) => Promise<void>> = {}) {
  const leaks: string[] = [];
  for (const p of paths) {
    await page.goto(`${url}${p}`);
    // A 403 page (Next's forbidden()) arrives as a bare error document and gets the layout, lang included, when it
    // hydrates: on a busy machine that is after goto returns, so wait for it rather than read too early.
    await page.waitForSelector('html[lang]', { state: 'attached', timeout: 30_000 }).catch(() => undefined);
    expect((await page.locator('html').getAttribute('lang')) === lang, `${p}: html lang should be ${lang}`);
    await act[p]?.(page);
    const found = [...wordsOf(await visibleText(page))].filter((w) => foreign[lang].has(w));
    if (found.length > 0) leaks.push(`${p}: ${found.join(', ')}`);
    await page.screenshot({ path: path.join(screenshotDir, `30-${lang}-${who}${p.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}.png`), fullPage: true });
  }
  expect(leaks.length === 0, `${lang === 'en' ? 'Indonesian' : 'English'} words on ${lang === 'en' ? 'English' : 'Indonesian'} pages:\n      ${leaks.join('\n      ')}`);
}

async function switchTo(page: Page, lang: Lang) {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await page.click('[data-testid=lang-switch]');
  await page.waitForSelector(`html[lang=${lang}]`);
}

interface Fixture {
  /** a plan with flagged remote territories (Kabupaten Kepulauan Meranti) */
  flagged: { id: number; districtCode: string; slotId: number };
  /** a plan with charters, and one to compare it with */
  charters: number;
  other: number;
  /** a kecamatan and a village of the flagged plan's area */
  district: string;
  village: string;
}

/** Plans Meranti (13 remote villages flagged) through the API as the office head, and finds the pages to open. */
async function prepare(page: Page, url: string): Promise<Fixture> {
  const post = await page.request.post(`${url}/api/plans`, { headers: { origin: url }, data: { areaCode: '14.10', name: 'Meranti' } });
  expect(post.status() === 202, `planning Meranti: ${post.status()}`);
  const flaggedId = ((await post.json()) as { plan: { id: number } }).plan.id;
  for (let i = 0; i < 240; i++) {
    const { plan } = (await (await page.request.get(`${url}/api/plans/${flaggedId}`)).json()) as { plan: { status: string } };
    if (plan.status === 'saved') break;
    expect(plan.status === 'saving', `Meranti plan ${plan.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const { slots } = (await (await page.request.get(`${url}/api/plans/${flaggedId}/slots`)).json()) as { slots: { id: number; role: string; districtCode: string; flag: unknown }[] };
  const flaggedSlot = slots.find((s) => s.role === 'ppl' && s.flag !== null);
  expect(flaggedSlot, 'Meranti should have a flagged PPL territory');
  const { plans } = (await (await page.request.get(`${url}/api/plans`)).json()) as { plans: { id: number; areaCode: string; status: string }[] };
  const sorong = plans.filter((p) => p.areaCode === '96.71' && p.status === 'saved');
  expect(sorong.length >= 2, 'the planning cases saved two Kota Sorong scenarios');
  const { children } = (await (await page.request.get(`${url}/api/areas/${flaggedSlot!.districtCode}`)).json()) as { children: { code: string }[] };
  return {
    flagged: { id: flaggedId, districtCode: flaggedSlot!.districtCode, slotId: flaggedSlot!.id },
    charters: sorong[0]!.id,
    other: sorong[1]!.id,
    district: flaggedSlot!.districtCode,
    village: children[0]!.code,
  };
}

function officeHeadPaths(f: Fixture): string[] {
  return [
    '/',
    '/wilayah',
    '/wilayah?q=Meranti',
    '/wilayah/14.10',
    `/wilayah/${f.district}`,
    `/wilayah/${f.village}`,
    '/perencanaan',
    `/perencanaan/${f.flagged.id}?kecamatan=${f.flagged.districtCode}&ppl=${f.flagged.slotId}`,
    `/perencanaan/${f.charters}`,
    `/perencanaan/banding?a=${f.charters}&b=${f.other}`,
    `/perencanaan/banding?a=${f.charters}&b=x`,
    '/petugas',
    '/pemantauan',
    '/cakupan',
    '/wilayah/99.99',
    '/no-such-page',
  ];
}

const stakeholderPaths = ['/', '/wilayah', '/wilayah/64.71', '/wilayah/64.71.01', '/wilayah/64.71.01.1001', '/cakupan', '/perencanaan', '/wilayah/96.71'];

/** What a person does on a page before it is read: a refused plan form, a refused roster. */
const actions: Record<string, (page: Page) => Promise<void>> = {
  '/perencanaan': async (page) => {
    await page.fill('input[name=minDailyFamilies]', '20');
    await page.click('[data-testid=plan-form] button[type=submit]');
    await page.waitForSelector('[data-testid=plan-error]');
  },
  '/petugas': async (page) => {
    await page.setInputFiles('[data-testid=roster-file]', { name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from('name,role,phone,home_village_code\nX,enumerator,,96.71.01.100\nSiti,ppl,,96.71.01.1001\n') });
    await page.waitForSelector('[data-testid=roster-error]');
  },
};

/** Every page the office head and a stakeholder reach, in English and in Indonesian: no word of the other language. */
export function languageCases(browser: Browser, url: string) {
  let fixture: Fixture | null = null;
  const officeHead = async (lang: Lang) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, url, 'kepala');
    fixture ??= await prepare(page, url);
    await switchTo(page, lang);
    await walk(page, url, { lang, who: 'kepala' }, officeHeadPaths(fixture), actions);
    await context.close();
  };
  const stakeholder = async (lang: Lang) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${url}/masuk`);
    await switchTo(page, lang);
    await walk(page, url, { lang, who: 'tamu' }, ['/masuk']);
    await signIn(page, url, 'pemantau');
    await walk(page, url, { lang, who: 'pemantau' }, stakeholderPaths);
    await context.close();
  };
  return [
    { name: 'in English, no page the office head reaches shows an Indonesian word of the dictionaries (flags, schedules, charters, errors included)', fn: () => officeHead('en') },
    { name: 'in English, neither the sign-in page nor any page a stakeholder reaches shows an Indonesian word', fn: () => stakeholder('en') },
    { name: 'in Indonesian, no page the office head reaches shows an English word of the dictionaries', fn: () => officeHead('id') },
    { name: 'in Indonesian, neither the sign-in page nor any page a stakeholder reaches shows an English word', fn: () => stakeholder('id') },
  ];
}
