import type {
  BodyKind,
  BodyRules,
  BodySummary,
  Organization,
  OrganizationKind,
  Member,
  OrganizationRef,
} from '@collegium/shared/contracts/directory';
import type { BodyRole } from '@collegium/shared/domain/roles';
import type { bodies, organizations, persons } from '../../db/schema/index.js';

type OrganizationRow = typeof organizations.$inferSelect;
type BodyRow = typeof bodies.$inferSelect;
type PersonRow = typeof persons.$inferSelect;

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

export function presentPersonRef(row: PersonRow): NonNullable<Member['substitute']> {
  return { id: row.id, givenName: row.givenName, familyName: row.familyName, title: row.title };
}

/** A member as a body's lists show them: e-mail and phone only for readers of contacts. */
export function presentMemberPerson(row: PersonRow, withContacts: boolean): Member['person'] {
  return { ...presentPersonRef(row), ...(withContacts ? { email: row.email, phone: row.phone } : {}) };
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
  'abstentions',
  'tieBreak',
  'weightedVotes',
  'proxyVoting',
  'materialsDeadlineDays',
  'reminderHours',
  'meetingPattern',
  'timeZone',
  'language',
  'decisionNumberFormat',
  'correspondenceMinHours',
  'correspondenceMaxHours',
  'withdrawalRequestThreshold',
  'correspondenceReminderHours',
] as const satisfies readonly (keyof BodyRules)[];

/** Only the known rules leave the server; whatever else the JSON holds stays inside. */
export function presentRules(stored: unknown): BodyRules {
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const rules: Record<string, unknown> = {};
  for (const key of ruleKeys) if (source[key] !== undefined && source[key] !== null) rules[key] = source[key];
  return rules as BodyRules;
}
