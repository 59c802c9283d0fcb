import { MembershipInput, PersonInput, type MembershipPatch } from '@collegium/shared/contracts/directory';
import { eq } from 'drizzle-orm';
import type { BodyRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { bodies, memberships, representationSlots } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { bodyResource } from '../directory/directory.access.js';
import { etagOf } from '../directory/directory.versions.js';
import { addMembershipAndReturnId, updateMembership } from '../directory/membership-editing.service.js';
import { changedFields, loadOrganizationLookup } from './import-organizations.js';
import { PersonDirectory } from './person-directory.js';
import type { TableRow } from './transfer.files.js';
import { defined, requireValid, RowError, RowValues, type DatasetImporter } from './transfer.values.js';

interface KnownMembership {
  id: string;
  /** null for one this import added: read when a later row changes it */
  etag: string | null;
  fields: {
    representsId: string | null;
    slotId: string | null;
    votingRight: boolean;
    voteWeight: number;
    substituteId: string | null;
    endDate: string | null;
  };
}

/** The natural key of a membership: body, person, role and start date. */
const membershipKey = (bodyId: string, personId: string, role: string, startDate: string) =>
  `${bodyId}|${personId}|${role}|${startDate}`;

export async function membershipImporter(ctx: Ctx, columns: ReadonlySet<string>): Promise<DatasetImporter> {
  const organizationsBySlug = await loadOrganizationLookup(ctx);
  const bodyRows = await ctx.db
    .select({ id: bodies.id, slug: bodies.slug, isPublic: bodies.isPublic, organizationId: bodies.organizationId })
    .from(bodies);
  const bodiesBySlug = new Map(bodyRows.map((body) => [body.slug, body]));
  const manageable = new Map<string, boolean>();
  const people = await PersonDirectory.load(ctx);
  const slots = new Map<string, string>();
  for (const slot of await ctx.db.select().from(representationSlots)) slots.set(`${slot.bodyId}|${slot.key}`, slot.id);
  const existing = new Map<string, KnownMembership>();
  for (const row of await ctx.db.select().from(memberships)) {
    existing.set(membershipKey(row.bodyId, row.personId, row.role, row.startDate), {
      id: row.id,
      etag: etagOf(row.updatedAt),
      fields: {
        representsId: row.representsId,
        slotId: row.slotId,
        votingRight: row.votingRight,
        voteWeight: row.voteWeight,
        substituteId: row.substituteId,
        endDate: row.endDate,
      },
    });
  }

  async function bodyOf(tx: Ctx, cells: RowValues) {
    const slug = cells.required('body_slug');
    const body = bodiesBySlug.get(slug);
    if (!body) throw new RowError('body_slug', `There is no body with the slug “${slug}”.`);
    let mayManage = manageable.get(body.id);
    if (mayManage === undefined) {
      mayManage = await allows(tx, 'body:manage', bodyResource(body));
      manageable.set(body.id, mayManage);
    }
    if (!mayManage) throw new RowError('body_slug', `Not allowed: you may not change the members of the body “${slug}”.`);
    return body;
  }

  return {
    order: (rows) => rows,
    keyOf: (row) =>
      [row.values.body_slug, row.values.email || row.values.person_key || `${row.values.given_name} ${row.values.family_name}`, row.values.role, row.values.start_date]
        .map((part) => part ?? '')
        .join(' / '),
    async apply(tx: Ctx, row: TableRow) {
      const cells = new RowValues(row, columns);
      const body = await bodyOf(tx, cells);
      const personFields = defined({
        givenName: cells.required('given_name'),
        familyName: cells.required('family_name'),
        title: cells.text('title'),
        email: cells.text('email'),
        phone: cells.text('phone'),
      });
      requireValid(PersonInput, personFields, 'memberships');
      const { personId, changed: personChanged } = await people.resolve(tx, cells, personFields as PersonInput);

      const representsId = cells.reference('represents_slug', organizationsBySlug, 'organisation');
      const slotKey = cells.text('slot_key');
      const slotId = slotKey ? slots.get(`${body.id}|${slotKey}`) : slotKey;
      if (slotKey && !slotId) throw new RowError('slot_key', `The body “${body.slug}” has no representation slot “${slotKey}”.`);
      const substitute = cells.text('substitute');
      const substituteId = substitute ? people.find(substitute) : substitute;
      if (substitute && !substituteId) {
        throw new RowError('substitute', `There is no person with the e-mail address or person key “${substitute}”.`);
      }
      // an empty weight is the default weight, 1
      const voteWeight = cells.has('vote_weight') ? (cells.integer('vote_weight') ?? 1) : undefined;
      const input = {
        personId,
        role: cells.required('role') as BodyRole,
        startDate: cells.required('start_date'),
        ...defined({ representsId, slotId, substituteId, votingRight: cells.boolean('voting_right') ?? undefined, voteWeight, endDate: cells.text('end_date') }),
      };
      requireValid(MembershipInput, input, 'memberships');
      const key = membershipKey(body.id, personId, input.role, input.startDate);
      const known = existing.get(key);
      if (!known) {
        const { id } = await addMembershipAndReturnId(tx, body.id, input);
        existing.set(key, {
          id,
          etag: null,
          fields: {
            representsId: input.representsId ?? null,
            slotId: input.slotId ?? null,
            votingRight: input.votingRight ?? true,
            voteWeight: input.voteWeight ?? 1,
            substituteId: input.substituteId ?? null,
            endDate: input.endDate ?? null,
          },
        });
        return 'create';
      }
      const { personId: _person, role: _role, startDate: _start, ...changeable } = input;
      const patch: MembershipPatch = changedFields(known.fields, changeable);
      if (Object.keys(patch).length === 0) return personChanged ? 'update' : 'unchanged';
      const etag = known.etag ?? etagOf((await tx.db.select({ at: memberships.updatedAt }).from(memberships).where(eq(memberships.id, known.id)))[0]!.at);
      const saved = await updateMembership(tx, known.id, patch, etag);
      existing.set(key, { id: known.id, etag: saved.etag, fields: { ...known.fields, ...patch } as KnownMembership['fields'] });
      return 'update';
    },
  };
}
