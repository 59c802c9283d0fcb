import { describe, expect, it } from 'vitest';
import { newCastKey, newReceipt, receiptCode } from './receipts';

describe('receipts', () => {
  it('makes base64url receipts of 32 bytes and keys the server accepts', () => {
    const receipt = newReceipt();
    expect(receipt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCastKey()).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(newReceipt()).not.toBe(receipt);
  });

  it('shows a short code for a receipt', () => {
    expect(receiptCode('abcdefghXYZ')).toBe('ABCD-EFGH');
  });
});
