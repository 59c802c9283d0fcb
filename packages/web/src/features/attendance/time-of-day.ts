/** "14:05" of an instant in the browser's time zone, for a time input. */
export function localTimeOf(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The instant at `time` ("HH:MM", the browser's time zone) on the local day of `dayIso`; null for a value
 * that is no time of day. The room's devices share the session's zone, as the session form assumes too.
 */
export function atTimeOfDay(dayIso: string, time: string): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  const date = new Date(dayIso);
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
}
