import { describe, expect, it } from 'vitest';
import { supportedLocales } from '@collegium/shared/contracts/auth';
import { languages } from './languages';
import { en } from './locales/en';
import { cnrOverrides } from './locales/cnr';
import { messages, overlayTree } from './resources';
import type { MessageTree } from './transliterate';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys as the app uses them: plural forms folded into their base key. */
function baseKeys(flat: Map<string, string>): Set<string> {
  return new Set([...flat.keys()].map((k) => k.replace(pluralSuffix, '')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(en);
const pluralBases = new Set([...english.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));

describe('translations', () => {
  it('exist for every supported locale, and the picker offers exactly those', () => {
    expect(Object.keys(messages).sort()).toEqual([...supportedLocales].sort());
    expect(languages.map((l) => l.code).sort()).toEqual([...supportedLocales].sort());
  });

  describe.each(supportedLocales.filter((l) => l !== 'en'))('%s', (locale) => {
    const flat = flatten(messages[locale]);
    const categories = new Intl.PluralRules(languages.find((l) => l.code === locale)!.intl).resolvedOptions().pluralCategories;

    it('has every key that English has, and no other', () => {
      expect([...baseKeys(flat)].sort()).toEqual([...baseKeys(english)].sort());
    });

    it('has every plural form the language needs', () => {
      for (const base of pluralBases) {
        for (const category of categories) expect(flat.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
      }
    });

    it('has no empty text and keeps every placeholder', () => {
      for (const [key, value] of flat) {
        expect(value.trim(), key).not.toBe('');
        const englishText = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other'));
        expect(englishText, key).toBeDefined();
        const expected = placeholders(englishText!).filter((p) => p !== 'count');
        expect(placeholders(value).filter((p) => p !== 'count'), key).toEqual(expected);
      }
    });
  });

  it('uses the dual in Slovenian', () => {
    expect(flatten(messages.sl).get('users.total_two')).toMatch(/\{\{count\}\}/);
  });

  it('writes Serbian Cyrillic entirely in Cyrillic, apart from names and placeholders', () => {
    for (const [key, value] of flatten(messages['sr-Cyrl'])) {
      const rest = value.replace(/\{\{[^}]*\}\}/g, '').replace(/\b(Collegium|TOTP|QR|API|SSO|IP|OIDC)\b/g, '');
      expect(rest, key).not.toMatch(/[A-Za-zčćđšžČĆĐŠŽ]/);
    }
  });
});

describe('Montenegrin', () => {
  it('takes its own strings where it has them and Serbian Latin for the rest', () => {
    expect(overlayTree({ a: { b: 'x', c: 'y' }, d: 'z' }, { a: { c: 'Y' } })).toEqual({ a: { b: 'x', c: 'Y' }, d: 'z' });
    const cnr = flatten(messages.cnr);
    const srLatn = flatten(messages['sr-Latn']);
    for (const [key, value] of flatten(cnrOverrides)) expect(cnr.get(key), key).toBe(value);
    for (const [key, value] of srLatn) if (!flatten(cnrOverrides).has(key)) expect(cnr.get(key), key).toBe(value);
  });

  it('keeps only strings that really differ from Serbian Latin', () => {
    const srLatn = flatten(messages['sr-Latn']);
    for (const [key, value] of flatten(cnrOverrides)) {
      expect(srLatn.has(key), `${key} is not a Serbian Latin key`).toBe(true);
      expect(value, `${key} is the same as in Serbian Latin; drop it from cnr.ts`).not.toBe(srLatn.get(key));
    }
  });
});
