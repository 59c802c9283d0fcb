import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { bodies } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError } from '../../lib/app-error.js';
import { loadReadableSession } from '../sessions/sessions.access.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type TopicRule = (ctx: Ctx, id: string | undefined) => Promise<boolean>;

/** Who may follow each kind of topic; a module that publishes a new kind adds its rule here. */
const topicRules = new Map<string, TopicRule>([
  ['installation', async (ctx, id) => id === undefined && ctx.actor.kind === 'user'],
  ['user', async (ctx, id) => ctx.actor.kind === 'user' && id === ctx.actor.userId],
  ['body', async (ctx, id) => {
    if (!id || !uuidPattern.test(id)) return false;
    const [body] = await ctx.db
      .select({ id: bodies.id, isPublic: bodies.isPublic, organizationId: bodies.organizationId })
      .from(bodies)
      .where(eq(bodies.id, id))
      .limit(1);
    if (!body) return false;
    return allows(ctx, 'body:read-internal', { type: 'body', ...body });
  }],
  // Whoever may read a session may follow it; one that does not exist or is hidden answers false.
  ['session', async (ctx, id) => {
    if (!id || !uuidPattern.test(id)) return false;
    try {
      await loadReadableSession(ctx, id);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return false;
      throw error;
    }
  }],
]);

/**
 * Whether the actor may receive the events of `topic`. False for a topic it may not see (including one
 * about a body that does not exist, so existence is not revealed); an unknown kind of topic is a client
 * error and throws.
 */
export async function canSubscribe(ctx: Ctx, topic: string): Promise<boolean> {
  const separator = topic.indexOf(':');
  const kind = separator === -1 ? topic : topic.slice(0, separator);
  const id = separator === -1 ? undefined : topic.slice(separator + 1);
  const rule = topicRules.get(kind);
  if (!rule) {
    throw new AppError('bad_request', `There is no topic kind "${kind}". Known kinds: ${[...topicRules.keys()].join(', ')}.`, {
      field: 'topic',
    });
  }
  return rule(ctx, id);
}
