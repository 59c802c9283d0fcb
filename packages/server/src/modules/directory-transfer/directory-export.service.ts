import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CsvDelimiter, TransferDataset, TransferFormat } from '@collegium/shared/contracts/directory-transfer';
import { can, type Subject } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, memberships, organizations, persons, representationSlots } from '../../db/schema/index.js';
import { allows, subjectOf } from '../../lib/access.js';
import { AppError } from '../../lib/app-error.js';
import { bodyResource, todayOf } from '../directory/directory.access.js';
import { presentRules } from '../directory/directory.presenters.js';
import { ruleColumns } from './import-bodies.js';
import { contactColumns, datasetColumns } from './transfer.columns.js';
import { contentTypes, writeTable } from './transfer.files.js';
import { requireTransferAbility } from './transfer.access.js';

export interface ExportInput {
  dataset: TransferDataset;
  format?: TransferFormat;
  delimiter?: CsvDelimiter;
  /** memberships only: the slug of one body */
  body?: string;
}

export interface ExportedFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  rows: number;
}

type Table = { columns: readonly string[]; rows: string[][] };
const cell = (value: string | number | boolean | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** Sorts entries so that each comes after its parent (by depth, then by slug), as an import needs them. */
function parentsBeforeChildren<T extends { id: string; parentId: string | null; slug: string }>(rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const depth = (row: T, seen = new Set<string>()): number => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (!parent || seen.has(row.id)) return 0;
    seen.add(row.id);
    return 1 + depth(parent, seen);
  };
  return rows
    .map((row) => ({ row, depth: depth(row) }))
    .sort((a, b) => a.depth - b.depth || a.row.slug.localeCompare(b.row.slug))
    .map(({ row }) => row);
}

async function organizationTable(ctx: Ctx): Promise<Table> {
  const rows = await ctx.db.select().from(organizations);
  const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
  return {
    columns: datasetColumns.organizations,
    rows: parentsBeforeChildren(rows).map((o) =>
      [o.slug, o.name, o.shortName, o.kind, o.parentId ? slugOf.get(o.parentId) : '', o.email, o.phone, o.website, o.address].map(cell),
    ),
  };
}

async function bodyTable(ctx: Ctx, subject: Subject): Promise<Table> {
  const rows = (await ctx.db.select({ body: bodies, organizationSlug: organizations.slug }).from(bodies).innerJoin(organizations, eq(organizations.id, bodies.organizationId)))
    .filter(({ body }) => can(subject, 'body:read', bodyResource(body)));
  const slugOf = new Map(rows.map(({ body }) => [body.id, body.slug]));
  const organizationSlugOf = new Map(rows.map(({ body, organizationSlug }) => [body.id, organizationSlug]));
  return {
    columns: datasetColumns.bodies,
    rows: parentsBeforeChildren(rows.map(({ body }) => body)).map((b) => {
      const rules = presentRules(b.rules);
      return [
        ...[b.slug, b.name, b.shortName, b.kind, organizationSlugOf.get(b.id), b.parentId ? slugOf.get(b.parentId) : '', b.isPublic, b.description],
        ...ruleColumns.map(([, key]) => rules[key]),
      ].map(cell);
    }),
  };
}

const represented = alias(organizations, 'represented');
const substitutes = alias(persons, 'substitutes');

async function membershipTable(ctx: Ctx, subject: Subject, bodySlug: string | undefined): Promise<Table> {
  const withContacts = await allows(ctx, 'person:read-contact');
  const query = ctx.db
    .select({ membership: memberships, body: bodies, person: persons, represents: represented.slug, slot: representationSlots.key, substitute: substitutes })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(represented, eq(represented.id, memberships.representsId))
    .leftJoin(substitutes, eq(substitutes.id, memberships.substituteId))
    .leftJoin(representationSlots, eq(representationSlots.id, memberships.slotId))
    .orderBy(asc(bodies.slug), asc(persons.familyName), asc(persons.givenName), asc(memberships.role), asc(memberships.startDate), asc(memberships.id));
  const rows = (await (bodySlug ? query.where(eq(bodies.slug, bodySlug)) : query)).filter(({ body }) =>
    can(subject, 'body:read', bodyResource(body)),
  );
  if (bodySlug && rows.length === 0) {
    const [body] = await ctx.db.select().from(bodies).where(eq(bodies.slug, bodySlug)).limit(1);
    if (!body || !can(subject, 'body:read', bodyResource(body))) throw new AppError('not_found', `There is no body with the slug “${bodySlug}”.`, { field: 'body' });
  }
  const columns = datasetColumns.memberships.filter((column) => withContacts || !contactColumns.has(column));
  return {
    columns,
    rows: rows.map(({ membership: m, body, person, represents, slot, substitute }) => {
      const values: Record<string, unknown> = {
        body_slug: body.slug,
        person_key: person.id,
        given_name: person.givenName,
        family_name: person.familyName,
        title: person.title,
        email: person.email,
        phone: person.phone,
        role: m.role,
        represents_slug: represents,
        slot_key: slot,
        voting_right: m.votingRight,
        vote_weight: m.voteWeight,
        substitute: substitute ? (withContacts && substitute.email ? substitute.email : substitute.id) : null,
        start_date: m.startDate,
        end_date: m.endDate,
      };
      return columns.map((column) => cell(values[column] as string | null));
    }),
  };
}

/**
 * Writes a dataset as CSV (UTF-8 with BOM, ',' or ';') or XLSX, in the columns the importer reads, so an
 * exported file imports back with every row unchanged. Rows follow what the caller may read; e-mail and
 * phone of people only for those who may read contact details.
 */
export async function exportDirectory(ctx: Ctx, input: ExportInput): Promise<ExportedFile> {
  await requireTransferAbility(ctx, 'export', input.dataset);
  const subject = await subjectOf(ctx);
  const format = input.format ?? 'csv';
  const table =
    input.dataset === 'organizations'
      ? await organizationTable(ctx)
      : input.dataset === 'bodies'
        ? await bodyTable(ctx, subject)
        : await membershipTable(ctx, subject, input.body);
  const bytes = await writeTable(format, table.columns, table.rows, { delimiter: input.delimiter ?? ',', sheetName: input.dataset });
  const suffix = input.body ? `-${input.body}` : '';
  return {
    bytes,
    fileName: `collegium-${input.dataset}${suffix}-${todayOf(ctx.deps.clock.now())}.${format}`,
    contentType: contentTypes[format],
    rows: table.rows.length,
  };
}
