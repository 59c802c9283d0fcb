import type {
  BodyKind,
  BodyRules,
  BodySummary,
  Organization,
  OrganizationKind,
  OrganizationRef,
} from '@collegium/shared/contracts/directory';
import type { BodyRole } from '@collegium/shared/domain/roles';
import type { bodies, organizations } from '../../db/schema/index.js';

type OrganizationRow = typeof organizations.$inferSelect;
type BodyRow = typeof bodies.$inferSelect;

export function presentOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as OrganizationKind,
    name: row.name,
    shortName: row.shortName,
    slug: row.slug,
    email: row.email,
    phone: row.phone,
    website: row.website,
    address: row.address,
  };
}

export function presentOrganizationRef(row: Pick<OrganizationRow, 'id' | 'name' | 'shortName' | 'slug'>): OrganizationRef {
  return { id: row.id, name: row.name, shortName: row.shortName, slug: row.slug };
}

export function presentBodySummary(row: BodyRow, myRoles: readonly BodyRole[]): BodySummary {
  return {
    id: row.id,
    organizationId: row.organizationId,
    parentId: row.parentId,
    kind: row.kind as BodyKind,
    name: row.name,
    shortName: row.shortName,
    slug: row.slug,
    isPublic: row.isPublic,
    myRoles: [...myRoles],
  };
}

const ruleKeys = [
  'quorumRule',
  'majorityRule',
  'substitutesMayVote',
  'guestsMaySpeak',
  'materialsDeadlineDays',
  'meetingPattern',
  'timeZone',
] as const satisfies readonly (keyof BodyRules)[];

/** Only the known rules leave the server; whatever else the JSON holds stays inside. */
export function presentRules(stored: unknown): BodyRules {
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const rules: Record<string, unknown> = {};
  for (const key of ruleKeys) if (source[key] !== undefined && source[key] !== null) rules[key] = source[key];
  return rules as BodyRules;
}
