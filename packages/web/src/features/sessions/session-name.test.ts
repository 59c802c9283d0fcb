import { describe, expect, it } from 'vitest';
import { messages } from '../../lib/i18n/resources';
import type { MessageTree } from '../../lib/i18n/transliterate';
import { sessionName, sessionOrdinal } from './session-name';

/** The kind's name pattern from the real translations, filled in. */
function translator(locale: keyof typeof messages) {
  return (kind: string, ordinal: string) => {
    const names = (messages[locale].sessions as MessageTree).name as MessageTree;
    return (names[kind] as string).replace('{{ordinal}}', ordinal);
  };
}

describe('session names', () => {
  it('writes English ordinals by the ordinal plural rules', () => {
    const written = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => sessionOrdinal(n, 'en'));
    expect(written).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });

  it('names a session in every interface language', () => {
    const session = { kind: 'regular' as const, number: 5 };
    const names = (['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const).map((locale) => sessionName(translator(locale), locale, session));
    expect(names).toEqual([
      '5th regular session',
      '5. redna seja',
      '5. redovna sednica',
      '5. редовна седница',
      '5. redovna sjednica',
      '5η τακτική συνεδρίαση',
    ]);
  });

  it('adds the title after the name when asked', () => {
    const session = { kind: 'extraordinary' as const, number: 2, title: 'Budget' };
    expect(sessionName(translator('en'), 'en', session, { withTitle: true })).toBe('2nd extraordinary session – Budget');
    expect(sessionName(translator('sl'), 'sl', session, { withTitle: true })).toBe('2. izredna seja – Budget');
  });
});
