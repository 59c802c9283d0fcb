/**
 * Serbian Latin → Serbian Cyrillic. The Cyrillic texts of the web app and of the server's mails are produced
 * from the Latin ones, so the two can never drift apart. Interpolation placeholders (i18next `{{name}}` and the
 * mails' `{name}`), i18next nesting, markup tags, URLs, e-mail addresses and a few names that stay Latin in
 * Cyrillic text are copied unchanged.
 */
const digraphs: Readonly<Record<string, string>> = {
  lj: 'љ', Lj: 'Љ', LJ: 'Љ',
  nj: 'њ', Nj: 'Њ', NJ: 'Њ',
  dž: 'џ', Dž: 'Џ', DŽ: 'Џ',
};

const letters: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
  A: 'А', B: 'Б', C: 'Ц', Č: 'Ч', Ć: 'Ћ', D: 'Д', Đ: 'Ђ', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И', J: 'Ј',
  K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', Š: 'Ш', T: 'Т', U: 'У', V: 'В', Z: 'З', Ž: 'Ж',
};

/** Names and abbreviations written in Latin script in Serbian Cyrillic text as well. */
export const keptInLatin = ['Collegium', 'TOTP', 'QR', 'API', 'SSO', 'IP', 'OIDC'] as const;

const protectedPattern = new RegExp(
  [
    String.raw`\{\{[^}]*\}\}`, // {{placeholder}}
    String.raw`\{\w+\}`, // {placeholder} of the server's mail texts
    String.raw`\$t\([^)]*\)`, // $t(nested.key)
    String.raw`<\/?[0-9a-zA-Z]+\s*\/?>`, // <1>, </strong>, <br/>
    String.raw`[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s<>"]+`, // https://…
    String.raw`www\.[^\s<>"]+`,
    String.raw`[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+`, // e-mail addresses
    String.raw`\b(?:${keptInLatin.join('|')})\b`,
  ].join('|'),
  'g',
);

function transliterateText(text: string): string {
  // NFC so that "ž" typed as z + combining caron is still recognised.
  const input = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const pair = input.slice(i, i + 2);
    const digraph = digraphs[pair];
    if (digraph) {
      out += digraph;
      i++;
      continue;
    }
    const ch = input[i]!;
    out += letters[ch] ?? ch;
  }
  return out;
}

export function latinToCyrillic(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(protectedPattern)) {
    out += transliterateText(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + transliterateText(text.slice(last));
}

export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Transliterates every string of a translation resource, keeping its keys. */
export function transliterateTree(tree: MessageTree): MessageTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? latinToCyrillic(value) : transliterateTree(value)]),
  );
}
