import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { LiveClient, liveUrl, type LiveStatus } from './live-client';

let shared: LiveClient | undefined;

/** The one live connection of this tab, made on first use. */
export function liveClient(): LiveClient {
  shared ??= new LiveClient({ url: liveUrl(window.location) });
  return shared;
}

/**
 * Follows `topic` (none when null) while the component is mounted and calls onEvent with each event's
 * data; onResubscribed runs after a lost connection came back, when events may have been missed.
 */
export function useLiveTopic(
  topic: string | null | undefined,
  onEvent: (data: unknown) => void,
  onResubscribed?: () => void,
): void {
  const handlers = useRef({ onEvent, onResubscribed });
  useEffect(() => {
    handlers.current = { onEvent, onResubscribed };
  });
  useEffect(() => {
    if (!topic) return undefined;
    return liveClient().subscribe(topic, (notice) => {
      if (notice.type === 'event') handlers.current.onEvent(notice.data);
      else handlers.current.onResubscribed?.();
    });
  }, [topic]);
}

/** Refetches the given queries whenever `topic` has an event, and after a reconnect. */
export function useLiveInvalidate(topic: string | null | undefined, queryKeys: readonly QueryKey[]): void {
  const queryClient = useQueryClient();
  const keys = useRef(queryKeys);
  useEffect(() => {
    keys.current = queryKeys;
  });
  const invalidate = () => {
    for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
  };
  useLiveTopic(topic, invalidate, invalidate);
}

/** The state of the tab's live connection, for a "reconnecting…" notice. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (notify) => liveClient().onStatus(notify),
    () => liveClient().status,
    () => 'idle',
  );
}
