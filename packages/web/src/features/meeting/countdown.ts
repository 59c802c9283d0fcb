/**
 * Speaking time, counted on each device from what the server sent once: when the speech started, its
 * limit, and the server's clock at the time of the answer (so a device whose clock is off still counts right).
 */

/** Milliseconds to add to this device's clock to get the server's. */
export const clockOffset = (serverTime: string, receivedAtMs: number): number => Date.parse(serverTime) - receivedAtMs;

/** Seconds left of the speech (negative once over), or null without a limit. */
export function remainingSeconds(startedAt: string, limitSeconds: number | null, nowMs: number, offsetMs = 0): number | null {
  if (!limitSeconds) return null;
  const elapsed = (nowMs + offsetMs - Date.parse(startedAt)) / 1000;
  return Math.ceil(limitSeconds - elapsed);
}

/** 75 → "1:15"; the sign is left to the words around it. */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  return `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
