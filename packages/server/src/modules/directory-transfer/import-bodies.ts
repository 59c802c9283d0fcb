import { BodyInput, type BodyKind, type BodyPatch, type BodyRules } from '@collegium/shared/contracts/directory';
import type { Ctx } from '../../context.js';
import { bodies } from '../../db/schema/index.js';
import { sanitizeOptionalRichText } from '../../lib/rich-text.js';
import { createBody, updateBody } from '../directory/bodies.service.js';
import { presentRules } from '../directory/directory.presenters.js';
import { etagOf } from '../directory/directory.versions.js';
import { changedFields, loadOrganizationLookup } from './import-organizations.js';
import type { TableRow } from './transfer.files.js';
import { defined, parentsFirst, requireValid, RowError, RowValues, type DatasetImporter } from './transfer.values.js';

type BodyFields = Required<Omit<BodyInput, 'slug'>>;

interface KnownBody {
  id: string;
  etag: string;
  fields: BodyFields;
}

/** Rule columns and the rule each sets; the order is the order rules are compared and exported in. */
export const ruleColumns = [
  ['quorum_rule', 'quorumRule', 'text'],
  ['majority_rule', 'majorityRule', 'text'],
  ['substitutes_may_vote', 'substitutesMayVote', 'boolean'],
  ['guests_may_speak', 'guestsMaySpeak', 'boolean'],
  ['materials_deadline_days', 'materialsDeadlineDays', 'integer'],
  ['meeting_pattern', 'meetingPattern', 'text'],
  ['time_zone', 'timeZone', 'text'],
  ['abstentions', 'abstentions', 'text'],
  ['tie_break', 'tieBreak', 'text'],
  ['weighted_votes', 'weightedVotes', 'boolean'],
  ['proxy_voting', 'proxyVoting', 'boolean'],
  ['decision_number_format', 'decisionNumberFormat', 'text'],
  ['correspondence_min_hours', 'correspondenceMinHours', 'integer'],
  ['correspondence_max_hours', 'correspondenceMaxHours', 'integer'],
  ['withdrawal_request_threshold', 'withdrawalRequestThreshold', 'integer'],
] as const;

const columnRuleKeys: readonly string[] = ruleColumns.map(([, key]) => key);

/**
 * The rules in one fixed key order, so two equal rule sets compare equal: those with a column first, then
 * the others (which no column carries, so an import keeps them as they are) by name.
 */
const orderedRules = (rules: BodyRules): BodyRules => {
  const others = Object.keys(rules)
    .filter((key) => !columnRuleKeys.includes(key))
    .sort();
  const record = rules as Record<string, unknown>;
  return Object.fromEntries([...columnRuleKeys, ...others].flatMap((key) => (record[key] === undefined ? [] : [[key, record[key]]])));
};

function rulesOf(cells: RowValues, current: BodyRules): BodyRules | undefined {
  if (!ruleColumns.some(([column]) => cells.has(column))) return undefined;
  const rules: Record<string, unknown> = { ...current };
  for (const [column, key, type] of ruleColumns) {
    if (!cells.has(column)) continue;
    const value = type === 'boolean' ? cells.boolean(column) : type === 'integer' ? cells.integer(column) : cells.text(column);
    if (value === null) delete rules[key];
    else rules[key] = value;
  }
  return orderedRules(rules as BodyRules);
}

export async function bodyImporter(ctx: Ctx, columns: ReadonlySet<string>): Promise<DatasetImporter> {
  const organizationsBySlug = await loadOrganizationLookup(ctx);
  const rows = await ctx.db.select().from(bodies);
  const bySlug = new Map<string, KnownBody>(
    rows.map((row) => [
      row.slug,
      {
        id: row.id,
        etag: etagOf(row.updatedAt),
        fields: {
          organizationId: row.organizationId,
          parentId: row.parentId,
          kind: row.kind as BodyKind,
          name: row.name,
          shortName: row.shortName,
          description: row.description,
          isPublic: row.isPublic,
          rules: orderedRules(presentRules(row.rules)),
        },
      },
    ]),
  );

  return {
    order: (all) => parentsFirst(all, 'slug', 'parent_slug'),
    keyOf: (row) => row.values.slug ?? '',
    async apply(tx: Ctx, row: TableRow) {
      const cells = new RowValues(row, columns);
      const slug = cells.required('slug');
      const known = bySlug.get(slug);
      const organizationSlug = cells.required('organization_slug');
      const organizationId = organizationsBySlug.get(organizationSlug)?.id;
      if (!organizationId) throw new RowError('organization_slug', `There is no organisation with the slug “${organizationSlug}”.`);
      const parentId = cells.reference('parent_slug', bySlug, 'body');
      const description = cells.text('description');
      const fields = defined({
        organizationId,
        parentId,
        kind: cells.required('kind') as BodyKind,
        name: cells.required('name'),
        shortName: cells.text('short_name'),
        description: description === undefined ? undefined : sanitizeOptionalRichText(description),
        isPublic: cells.boolean('is_public') ?? (known ? undefined : false),
        rules: rulesOf(cells, known?.fields.rules ?? {}),
      });
      requireValid(BodyInput, { ...fields, slug }, 'bodies');
      if (!known) {
        const saved = await createBody(tx, { ...(fields as Omit<BodyInput, 'slug'>), slug });
        bySlug.set(slug, { id: saved.id, etag: saved.etag, fields: { ...emptyFields, ...fields } as BodyFields });
        return 'create';
      }
      const patch: BodyPatch = changedFields(known.fields, fields);
      if (Object.keys(patch).length === 0) return 'unchanged';
      const saved = await updateBody(tx, known.id, patch, known.etag);
      bySlug.set(slug, { id: known.id, etag: saved.etag, fields: { ...known.fields, ...patch } as BodyFields });
      return 'update';
    },
  };
}

const emptyFields = { parentId: null, shortName: null, description: null, rules: {} };
