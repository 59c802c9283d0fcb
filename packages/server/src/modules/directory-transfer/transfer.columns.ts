import type { TransferDataset } from '@collegium/shared/contracts/directory-transfer';

/**
 * The columns of each dataset, in export order. Header names are stable English snake_case; parents and
 * other entities are referred to by slug (people by e-mail or person_key). Documented in docs/import-export.md.
 */
export const datasetColumns = {
  organizations: ['slug', 'name', 'short_name', 'kind', 'parent_slug', 'email', 'phone', 'website', 'address'],
  bodies: [
    'slug',
    'name',
    'short_name',
    'kind',
    'organization_slug',
    'parent_slug',
    'is_public',
    'description',
    'quorum_rule',
    'majority_rule',
    'substitutes_may_vote',
    'guests_may_speak',
    'materials_deadline_days',
    'meeting_pattern',
    'time_zone',
  ],
  memberships: [
    'body_slug',
    'person_key',
    'given_name',
    'family_name',
    'title',
    'email',
    'phone',
    'role',
    'represents_slug',
    'slot_key',
    'voting_right',
    'substitute',
    'start_date',
    'end_date',
  ],
} as const satisfies Record<TransferDataset, readonly string[]>;

/** Columns a file must have; any other listed column may be left out, and then that field is not touched. */
export const requiredColumns: Record<TransferDataset, readonly string[]> = {
  organizations: ['slug', 'name', 'kind'],
  bodies: ['slug', 'name', 'kind', 'organization_slug'],
  memberships: ['body_slug', 'given_name', 'family_name', 'role', 'start_date'],
};

/** Contact columns, left out of exports for callers who may not read people's contact details. */
export const contactColumns: ReadonlySet<string> = new Set(['email', 'phone']);

/** Service input fields → the column a person fixes, for errors the directory services name by field. */
export const columnOfField: Record<TransferDataset, Record<string, string>> = {
  organizations: {
    slug: 'slug',
    name: 'name',
    shortName: 'short_name',
    kind: 'kind',
    parentId: 'parent_slug',
    email: 'email',
    phone: 'phone',
    website: 'website',
    address: 'address',
  },
  bodies: {
    slug: 'slug',
    name: 'name',
    shortName: 'short_name',
    kind: 'kind',
    organizationId: 'organization_slug',
    parentId: 'parent_slug',
    isPublic: 'is_public',
    description: 'description',
    'rules.quorumRule': 'quorum_rule',
    'rules.majorityRule': 'majority_rule',
    'rules.substitutesMayVote': 'substitutes_may_vote',
    'rules.guestsMaySpeak': 'guests_may_speak',
    'rules.materialsDeadlineDays': 'materials_deadline_days',
    'rules.meetingPattern': 'meeting_pattern',
    'rules.timeZone': 'time_zone',
  },
  memberships: {
    personId: 'person_key',
    givenName: 'given_name',
    familyName: 'family_name',
    title: 'title',
    email: 'email',
    phone: 'phone',
    role: 'role',
    representsId: 'represents_slug',
    slotId: 'slot_key',
    votingRight: 'voting_right',
    substituteId: 'substitute',
    startDate: 'start_date',
    endDate: 'end_date',
    bodyId: 'body_slug',
  },
};

/** A hint for a value that does not fit its column, in words a person understands. */
export const columnHints: Record<string, string> = {
  slug: 'Use 2–100 lower-case letters, digits and single hyphens, e.g. “ministry-of-finance”.',
  parent_slug: 'Use the slug of another row or of an existing entry.',
  kind: 'This is not one of the known kinds (see the column reference).',
  role: 'This is not one of the roles chair, deputy_chair, deputy, coordinator, secretary, member, observer, guest.',
  email: 'This is not a valid e-mail address.',
  website: 'Write the full address, starting with https://.',
  start_date: 'Write the date as YYYY-MM-DD.',
  end_date: 'Write the date as YYYY-MM-DD.',
  is_public: 'Write true or false.',
  voting_right: 'Write true or false.',
  substitutes_may_vote: 'Write true or false.',
  guests_may_speak: 'Write true or false.',
  materials_deadline_days: 'Write a whole number of days from 0 to 60.',
  quorum_rule: 'Use majority_of_members, majority_of_voting_members, one_third_of_members or none.',
  majority_rule: 'Use simple, absolute, two_thirds_present, two_thirds_members or consensus.',
};
