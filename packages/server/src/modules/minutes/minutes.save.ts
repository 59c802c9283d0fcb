import { eq } from 'drizzle-orm';
import type { Minutes, MinutesConflict, MinutesSave } from '@collegium/shared/contracts/minutes';
import { inTransaction, type Ctx } from '../../context.js';
import { minutes, minutesVersions } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { nextVersion } from '../directory/directory.versions.js';
import { loadEditableMinutes } from './minutes.access.js';
import type { StoredContent } from './minutes.content.js';
import { loadVersionContent } from './minutes.document.js';
import { mergeParts } from './minutes.merge.js';
import { partsOf, withParts } from './minutes.parts.js';
import { getMinutes } from './minutes.read.js';

const lockedMessages: Record<string, string> = {
  submitted: 'The minutes are submitted for approval and locked; withdraw them from the approving agenda to edit them.',
  approved: 'Approved minutes are locked; open a correction to change them.',
};

/** The parts a save sends, sanitised; a discussion of an item the minutes do not have is refused. */
function sentParts(input: MinutesSave, content: StoredContent): Map<string, string> {
  const items = new Set(content.items.map((item) => item.agendaItemId));
  const parts = new Map<string, string>();
  if (input.opening !== undefined) parts.set('opening', sanitizeRichText(input.opening));
  if (input.closing !== undefined) parts.set('closing', sanitizeRichText(input.closing));
  for (const [itemId, html] of Object.entries(input.discussions ?? {})) {
    if (!items.has(itemId)) throw invalidField(`discussions.${itemId}`, 'This agenda item is not in these minutes.');
    parts.set(itemId, sanitizeRichText(html));
  }
  return parts;
}

/**
 * PUT /minutes/:id: every save is a new version. A save made on an older version is merged part by part
 * with what was saved since; if someone else changed a part this save changes too, nothing is saved and
 * the 409 carries every conflict with the three texts.
 */
export async function saveMinutes(ctx: Ctx, minutesId: string, input: MinutesSave): Promise<Minutes> {
  await inTransaction(ctx, async (tx) => {
    // The row lock makes concurrent saves of the same minutes take turns, so each merges with the one before.
    const { minutes: row, body, session } = await loadEditableMinutes(tx, minutesId);
    const locked = lockedMessages[row.status];
    if (locked) throw new AppError('conflict', locked, { minutesStatus: row.status });
    const latest = row.currentVersion;
    if (input.baseVersion > latest) throw invalidField('baseVersion', `The minutes have no version ${input.baseVersion}; the latest is ${latest}.`);
    const theirs = await loadVersionContent(tx, minutesId, latest);
    const mine = sentParts(input, theirs);
    const base = input.baseVersion === latest ? theirs : await loadVersionContent(tx, minutesId, input.baseVersion);
    const { merged, conflicts } = mergeParts(partsOf(base), mine, partsOf(theirs));
    if (conflicts.length) {
      const message = `Since version ${input.baseVersion} someone else saved version ${latest} and changed ${conflicts.length === 1 ? 'a part' : `${conflicts.length} parts`} you changed too; nothing was saved. Merge the texts and save on version ${latest}.`;
      const body: Omit<MinutesConflict, 'message'> = { code: 'minutes_conflict', latestVersion: latest, conflicts };
      throw new AppError('conflict', message, { ...body, message });
    }
    const version = latest + 1;
    const now = ctx.deps.clock.now();
    const [saved] = await tx.db
      .insert(minutesVersions)
      .values({
        minutesId,
        version,
        content: withParts(theirs, merged),
        authorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        note: input.note?.trim() || null,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [minutesVersions.minutesId, minutesVersions.version] })
      .returning({ id: minutesVersions.id });
    if (!saved) {
      throw new AppError('conflict', `Version ${version} was saved by someone else at the same moment; reload and save again.`, { latestVersion: version });
    }
    await tx.db
      .update(minutes)
      .set({ currentVersion: version, updatedAt: nextVersion(minutes.updatedAt, now) })
      .where(eq(minutes.id, minutesId));
    await recordAudit(tx, {
      action: 'minutes.save',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: body.organizationId,
      summary: { version, baseVersion: input.baseVersion, parts: [...mine.keys()], merged: input.baseVersion !== latest },
    });
    await publishSessionEvent(tx, session.id, { kind: 'minutes' });
  });
  return getMinutes(ctx, minutesId);
}
