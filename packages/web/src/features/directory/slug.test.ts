import { describe, expect, it } from 'vitest';
import { slugFrom } from './slug';

describe('slugFrom', () => {
  it('keeps letters without their accents and joins words with single hyphens', () => {
    expect(slugFrom('Delovna skupina za podatke – DS 3')).toBe('delovna-skupina-za-podatke-ds-3');
    expect(slugFrom('Savjet za razvoj, Đurđevik')).toBe('savjet-za-razvoj-durdevik');
    expect(slugFrom('  Čez  ')).toBe('cez');
  });

  it('gives nothing for a name without Latin letters or digits', () => {
    expect(slugFrom('Συμβούλιο')).toBe('');
  });
});
