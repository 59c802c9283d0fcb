import { describe, expect, it } from 'vitest';
import {
  DECISION_NUMBER_FORMAT_PATTERN,
  DEFAULT_DECISION_NUMBER_FORMAT,
  formatDecisionNumber,
  unknownDecisionNumberToken,
} from './decision-numbers.js';

const values = { body: 'CC', year: 2026, session: 4, item: '2.1', n: 12 };

describe('decision numbers', () => {
  it('fills every token', () => {
    expect(formatDecisionNumber(DEFAULT_DECISION_NUMBER_FORMAT, values)).toBe('CC-2026/4-12');
    expect(formatDecisionNumber('No. {n}/{year} (item {item})', values)).toBe('No. 12/2026 (item 2.1)');
  });

  it('names an unknown token or a stray brace', () => {
    expect(unknownDecisionNumberToken('{body}-{nr}')).toBe('{nr}');
    expect(unknownDecisionNumberToken('{body}-{n')).toBe('{');
    expect(unknownDecisionNumberToken('{body}/{n}')).toBeNull();
  });

  it('agrees with the pattern the contract checks', () => {
    const pattern = new RegExp(DECISION_NUMBER_FORMAT_PATTERN);
    for (const format of ['{body}-{nr}', '{body}-{n', 'x}', '']) expect(pattern.test(format)).toBe(false);
    for (const format of [DEFAULT_DECISION_NUMBER_FORMAT, 'R {n}']) expect(pattern.test(format)).toBe(true);
  });
});
