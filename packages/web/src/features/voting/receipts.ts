/** Random tokens made on the voter's device: idempotency keys for casts, and receipts for secret ballots. */
function randomBase64Url(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of data) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh key for one intended cast; a retry of the same cast reuses it. */
export const newCastKey = (): string => randomBase64Url(16);

/** A secret ballot's receipt: 32 random bytes, base64url (43 characters). */
export const newReceipt = (): string => randomBase64Url(32);

const storageKey = (pollId: string, personId: string) => `collegium.receipt.${pollId}.${personId}`;

/** The receipt this device holds for a seat's secret ballot, if it voted from here. */
export function storedReceipt(pollId: string, personId: string): string | null {
  try {
    return localStorage.getItem(storageKey(pollId, personId));
  } catch {
    return null;
  }
}

export function storeReceipt(pollId: string, personId: string, receipt: string): void {
  try {
    localStorage.setItem(storageKey(pollId, personId), receipt);
  } catch {
    // private browsing without storage: the vote still counts, it just cannot be changed from here later
  }
}

/** A short code to show for a receipt, so a voter can recognise it. */
export const receiptCode = (receipt: string): string => receipt.slice(0, 8).toUpperCase().replace(/(.{4})/, '$1-');
