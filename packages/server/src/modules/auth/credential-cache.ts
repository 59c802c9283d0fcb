import type { Deps } from '../../context.js';

/** How long a resolved session or token may be reused without asking the database. */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  userId: string;
  until: number;
}

/**
 * Resolved sessions and API tokens by their hash, so an authenticated request needs no database round
 * trip. A trigger on users, auth_sessions and api_tokens announces every change that matters on the
 * event bus (`auth:user-changed`, sent on commit, to every instance), which drops that user's entries at
 * once; the short TTL only bounds what a lost notification could leave behind.
 */
export class CredentialCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly now: () => number) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, userId: string, value: T, expiresAt: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, userId, until: Math.min(expiresAt, this.now() + TTL_MS) });
  }

  invalidateUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

export const USER_CHANGED_TOPIC = 'auth:user-changed';

const caches = new WeakMap<Deps, CredentialCache<unknown>>();

/** The credential cache of one application instance (keyed by its deps, so tests' apps never share one). */
export function credentialCache<T>(deps: Deps): CredentialCache<T> {
  let cache = caches.get(deps);
  if (!cache) {
    const created = new CredentialCache<unknown>(() => deps.clock.now().getTime());
    deps.bus.subscribe(USER_CHANGED_TOPIC, (event) => {
      const userId = (event.data as { userId?: unknown }).userId;
      if (typeof userId === 'string') created.invalidateUser(userId);
    });
    caches.set(deps, created);
    cache = created;
  }
  return cache as CredentialCache<T>;
}
