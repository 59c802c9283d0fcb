import { OrganizationInput, type OrganizationKind, type OrganizationPatch } from '@collegium/shared/contracts/directory';
import type { Ctx } from '../../context.js';
import { organizations } from '../../db/schema/index.js';
import { createOrganization, updateOrganization } from '../directory/organizations.service.js';
import { etagOf } from '../directory/directory.versions.js';
import type { TableRow } from './transfer.files.js';
import { defined, parentsFirst, requireValid, RowValues, type DatasetImporter } from './transfer.values.js';

interface KnownOrganization {
  id: string;
  etag: string;
  fields: Required<Omit<OrganizationInput, 'slug'>>;
}

/** Organisations by slug, as the import's transaction sees them; shared with the other importers. */
export type OrganizationLookup = Map<string, { id: string }>;

export async function loadOrganizationLookup(ctx: Ctx): Promise<Map<string, KnownOrganization>> {
  const rows = await ctx.db.select().from(organizations);
  return new Map(
    rows.map((row) => [
      row.slug,
      {
        id: row.id,
        etag: etagOf(row.updatedAt),
        fields: {
          kind: row.kind as OrganizationKind,
          name: row.name,
          shortName: row.shortName,
          parentId: row.parentId,
          email: row.email,
          phone: row.phone,
          website: row.website,
          address: row.address,
        },
      },
    ]),
  );
}

/** The fields of `next` that differ from `current`. */
export function changedFields<T extends object>(current: T, next: Partial<T>): Partial<T> {
  const patch: Partial<T> = {};
  for (const [key, value] of Object.entries(next) as [keyof T, T[keyof T]][]) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null)) patch[key] = value;
  }
  return patch;
}

export async function organizationImporter(ctx: Ctx, columns: ReadonlySet<string>): Promise<DatasetImporter> {
  const bySlug = await loadOrganizationLookup(ctx);
  return {
    order: (rows) => parentsFirst(rows, 'slug', 'parent_slug'),
    keyOf: (row) => row.values.slug ?? '',
    async apply(tx: Ctx, row: TableRow) {
      const cells = new RowValues(row, columns);
      const slug = cells.required('slug');
      const parentId = cells.reference('parent_slug', bySlug, 'organisation');
      const fields = defined({
        kind: cells.required('kind') as OrganizationKind,
        name: cells.required('name'),
        shortName: cells.text('short_name'),
        parentId,
        email: cells.text('email'),
        phone: cells.text('phone'),
        website: cells.text('website'),
        address: cells.text('address'),
      });
      requireValid(OrganizationInput, { ...fields, slug }, 'organizations');
      const known = bySlug.get(slug);
      if (!known) {
        const saved = await createOrganization(tx, { ...(fields as Omit<OrganizationInput, 'slug'>), slug });
        bySlug.set(slug, { id: saved.id, etag: saved.etag, fields: { ...emptyFields, ...fields } as KnownOrganization['fields'] });
        return 'create';
      }
      const patch: OrganizationPatch = changedFields(known.fields, fields);
      if (Object.keys(patch).length === 0) return 'unchanged';
      const saved = await updateOrganization(tx, known.id, patch, known.etag);
      bySlug.set(slug, { id: known.id, etag: saved.etag, fields: { ...known.fields, ...patch } as KnownOrganization['fields'] });
      return 'update';
    },
  };
}

const emptyFields = { shortName: null, parentId: null, email: null, phone: null, website: null, address: null };
