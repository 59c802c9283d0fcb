import { afterEach, describe, expect, it, vi } from 'vitest';
import { flagValue, positionalArgs, runCli } from './index.js';

describe('command line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('separates words from flags and their values', () => {
    const argv = ['admin', 'create', 'a@example.test', '--name', 'Ana Novak', '--data-dir', '/tmp/x', '--force', '--port=4000'];
    expect(positionalArgs(argv)).toEqual(['admin', 'create', 'a@example.test']);
    expect(flagValue(argv, '--name')).toBe('Ana Novak');
    expect(flagValue(['--name=Ana'], '--name')).toBe('Ana');
    expect(flagValue(argv, '--host')).toBeUndefined();
  });

  it('answers wrong usage with exit code 2 and a usage line, before opening anything', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    expect(await runCli(['frobnicate'])).toBe(2);
    expect(await runCli(['admin', 'create'])).toBe(2);
    expect(await runCli(['backup'])).toBe(2);
    expect(await runCli(['seed'])).toBe(2);
    expect(await runCli(['audit', 'check'])).toBe(2);
    expect(errors.join('\n')).toMatch(/Unknown command "frobnicate"[\s\S]*admin create <email>[\s\S]*backup <file>[\s\S]*--demo[\s\S]*audit verify/);
  });

  it('names the variable of a wrong configuration value, with exit code 2', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    expect(await runCli(['migrate', '--port', 'eighty'])).toBe(2);
    expect(errors[0]).toBe('Configuration error — PORT: must be a whole number, got "eighty"');
  });
});
