import ts from 'typescript';

/** Words a page may show as they are in both languages: the product's name, role and unit codes, file formats, scenario letters. */
const allowedWords = ['Sigap', 'PPL', 'PML', 'KOSEKA', 'SLS', 'CSV', 'XLSX', 'A', 'B'];
const allowed = new RegExp(`\\b(${allowedWords.join('|')})\\b`, 'g');

/** Attributes a person reads (or hears through a screen reader). */
const readAttributes = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label']);

export interface Literal {
  line: number;
  text: string;
}

const hasWords = (text: string) => /\p{L}/u.test(text.replace(allowed, ''));

/** The text a reader would see from an expression: string and template literals, through `a ? b : c` and `a ?? b` / `a || b`. */
function shownStrings(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((s) => s.literal)];
  if (ts.isConditionalExpression(node)) return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind)) {
    return [...(node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : shownStrings(node.left)), ...shownStrings(node.right)];
  }
  return [];
}

const textOf = (node: ts.Node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText());

/**
 * User-visible string literals of a .tsx source outside the dictionaries: JSX text, read attributes given a literal
 * (title, aria-label, placeholder, alt, label), and literals a JSX expression shows. Translation calls (t('key'))
 * and values compared or passed to functions are not shown text and are not reported.
 */
export function findLiterals(source: string, fileName = 'page.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && readAttributes.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) for (const s of shownStrings(node.initializer.expression)) report(s, textOf(s));
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const s of shownStrings(node.expression)) report(s, textOf(s));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
