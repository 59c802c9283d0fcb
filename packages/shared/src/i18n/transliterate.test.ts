import { describe, expect, it } from 'vitest';
import { latinToCyrillic, transliterateTree } from './transliterate.js';

describe('latinToCyrillic', () => {
  it('maps single letters, including those with diacritics', () => {
    expect(latinToCyrillic('abcčćdđefghijklmnoprsštuvzž')).toBe('абцчћдђефгхијклмнопрсштувзж');
    expect(latinToCyrillic('ČĆĐŠŽ')).toBe('ЧЋЂШЖ');
  });

  it('maps the digraphs lj, nj and dž to one letter in every capitalisation', () => {
    expect(latinToCyrillic('ljubav njiva džep')).toBe('љубав њива џеп');
    expect(latinToCyrillic('Ljubljana Njegoš Džamija')).toBe('Љубљана Његош Џамија');
    expect(latinToCyrillic('LJUBAV NJIVA DŽEP')).toBe('ЉУБАВ ЊИВА ЏЕП');
  });

  it('recognises decomposed diacritics', () => {
    expect(latinToCyrillic('z\u030Civot')).toBe('живот');
  });

  it('never touches interpolation placeholders or nesting', () => {
    expect(latinToCyrillic('Dobrodošli, {{name}}!')).toBe('Добродошли, {{name}}!');
    expect(latinToCyrillic('Prikaz {{from}}–{{to}} od {{total}}')).toBe('Приказ {{from}}–{{to}} од {{total}}');
    expect(latinToCyrillic('$t(common.save) sada')).toBe('$t(common.save) сада');
    expect(latinToCyrillic('Poziv: {session} – {body}, {when}')).toBe('Позив: {session} – {body}, {when}');
  });

  it('never touches URLs, e-mail addresses, markup or names kept in Latin', () => {
    expect(latinToCyrillic('Vidi https://example.org/put?lj=nj i www.primer.rs')).toBe(
      'Види https://example.org/put?lj=nj и www.primer.rs',
    );
    expect(latinToCyrillic('Pišite na podrska@primer.rs')).toBe('Пишите на podrska@primer.rs');
    expect(latinToCyrillic('<1>Prijava</1>')).toBe('<1>Пријава</1>');
    expect(latinToCyrillic('Prijava u Collegium uz TOTP i QR kod')).toBe('Пријава у Collegium уз TOTP и QR код');
  });

  it('leaves characters without a Cyrillic counterpart as they are', () => {
    expect(latinToCyrillic('x, y, w, q — 12 %')).toBe('x, y, w, q — 12 %');
  });
});

describe('transliterateTree', () => {
  it('keeps the keys and transliterates every nested value', () => {
    expect(transliterateTree({ a: 'Lozinka', b: { c_one: '{{count}} korisnik', c_few: '{{count}} korisnika' } })).toEqual({
      a: 'Лозинка',
      b: { c_one: '{{count}} корисник', c_few: '{{count}} корисника' },
    });
  });
});
