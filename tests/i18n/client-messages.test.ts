import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clientMessagePaths, pickMessages } from '@/i18n/client-messages';
import { en } from '@/i18n/messages/en';
import { id } from '@/i18n/messages/id';
import { flatten } from './messages';

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(full);
    return entry.name.endsWith('.tsx') && /^['"]use client['"]/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

/** The message keys a client component asks for: `useTranslations('ns')` joined with each `t('key')`, a template's fixed start for `t(`ns.${x}`)`. */
function keysUsed(source: string): string[] {
  const file = ts.createSourceFile('c.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const namespaces = new Map<string, string>();
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isCallExpression(node.initializer) && node.initializer.expression.getText(file) === 'useTranslations') {
      const arg = node.initializer.arguments[0];
      namespaces.set(node.name.getText(file), arg && ts.isStringLiteral(arg) ? `${arg.text}.` : '');
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
      const arg = node.arguments[0];
      const prefix = namespaces.get(node.expression.text)!;
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) keys.push(prefix + arg.text);
      else if (arg && ts.isTemplateExpression(arg)) keys.push(prefix + arg.head.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return keys;
}

const covered = (key: string) => clientMessagePaths.some((p) => key === p || key.startsWith(`${p}.`));

describe('the messages sent to the browser', () => {
  it('are the listed namespaces and keys, in both languages', () => {
    const picked = [...flatten(pickMessages(id)).keys()];
    expect(picked.every(covered)).toBe(true);
    expect(picked).toContain('plan.progress');
    expect(picked).not.toContain('plan.toRecruit');
    expect([...flatten(pickMessages(en)).keys()].sort()).toEqual(picked.sort());
  });

  const root = path.join(process.cwd(), 'app');
  it.each(clientFiles(root).map((file) => ({ file: path.relative(process.cwd(), file) })))('hold every key $file asks for', ({ file }) => {
    expect(keysUsed(readFileSync(file, 'utf8')).filter((key) => !covered(key))).toEqual([]);
  });

  it('would miss a key a client component asks for outside the list', () => {
    expect(keysUsed("'use client';\nconst t = useTranslations('plan');\nt('toRecruit'); t(`flags.${c}`);").filter((key) => !covered(key))).toEqual(['plan.toRecruit', 'plan.flags.']);
  });
});
