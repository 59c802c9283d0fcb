import {
  bodyManagerRoles,
  bodyParticipantRoles,
  type BodyRole,
  type InstallationRole,
} from './roles.js';

/**
 * The one policy function of Collegium. Every access decision — routes, services, jobs, live topics —
 * comes here. It is pure: callers load the subject (who acts, with which memberships) and the resource.
 */
export interface Subject {
  /** null for an anonymous visitor */
  readonly userId: string | null;
  readonly role: InstallationRole | null;
  /** body id → the roles the person holds there today */
  readonly bodyRoles: ReadonlyMap<string, readonly BodyRole[]>;
  /** the organisation the person belongs to, if any */
  readonly organizationId: string | null;
  /** bodies where the person is named as a member's substitute today */
  readonly substituteIn?: ReadonlySet<string>;
}

export type Resource =
  | { readonly type: 'installation' }
  | { readonly type: 'user'; readonly id: string }
  | { readonly type: 'body'; readonly id: string; readonly isPublic: boolean; readonly organizationId: string }
  | { readonly type: 'organization'; readonly id: string }
  /** an uploaded file, with the users who uploaded these bytes */
  | { readonly type: 'file'; readonly uploaderIds: readonly string[] }
  /** a session of a body; `convened` is false while it is a draft */
  | { readonly type: 'session'; readonly bodyId: string; readonly bodyIsPublic: boolean; readonly convened: boolean };

export const abilities = [
  // installation
  'installation:administer',
  'audit:read',
  'users:list',
  'users:manage',
  // a user's own account (resource: user)
  'account:read',
  'account:manage',
  // directory (resource: body or organization)
  'body:read',
  'body:read-internal',
  'body:manage',
  'body:create',
  'body:edit',
  'organization:read',
  'organization:manage',
  // people of the directory (resource: installation)
  'person:read',
  'person:read-contact',
  'person:create',
  'person:edit',
  /** link a person to a user account: the user gains the person's body roles */
  'person:link-account',
  // uploaded files (resource: file)
  'file:upload',
  'file:read',
  // sessions (resource: body for create, session otherwise)
  'session:create',
  'session:read',
  'session:read-closed',
  'session:manage',
  /** approve or refuse an item or material added after the materials deadline */
  'session:approve-late',
  // minutes of a session (resource: session)
  /** read the full (not only the public) minutes */
  'minutes:read',
  /** remark on a draft */
  'minutes:comment',
  /** build, write and save versions of the minutes */
  'minutes:edit',
] as const;
export type Ability = (typeof abilities)[number];

export const anonymousSubject: Subject = {
  userId: null,
  role: null,
  bodyRoles: new Map(),
  organizationId: null,
};

const isAdmin = (s: Subject) => s.role === 'administrator';
const isStaff = (s: Subject) => s.role === 'administrator' || s.role === 'staff';
const isSignedIn = (s: Subject) => s.userId !== null;
const rolesIn = (s: Subject, bodyId: string) => s.bodyRoles.get(bodyId) ?? [];
const holdsAny = (s: Subject, bodyId: string, roles: readonly BodyRole[]) =>
  rolesIn(s, bodyId).some((r) => roles.includes(r));
const isSubstituteIn = (s: Subject, bodyId: string) => s.substituteIn?.has(bodyId) ?? false;
/** members and participants read everything of their body's sessions, drafts included */
const readsAllSessionsOf = (s: Subject, bodyId: string) => isStaff(s) || holdsAny(s, bodyId, bodyParticipantRoles);
/** manages at least one body: needs to find and add people for its memberships */
const managesAnyBody = (s: Subject) => [...s.bodyRoles.keys()].some((id) => holdsAny(s, id, bodyManagerRoles));

export function can(subject: Subject, ability: Ability, resource: Resource = { type: 'installation' }): boolean {
  switch (ability) {
    case 'installation:administer':
    case 'audit:read':
    case 'users:manage':
    case 'person:link-account':
      return isAdmin(subject);
    case 'users:list':
      return isStaff(subject);
    case 'account:read':
    case 'account:manage':
      return resource.type === 'user' && (subject.userId === resource.id || isAdmin(subject));
    case 'body:read':
      if (resource.type !== 'body') return false;
      return resource.isPublic || isStaff(subject) || rolesIn(subject, resource.id).length > 0;
    case 'body:read-internal':
      if (resource.type !== 'body') return false;
      return isStaff(subject) || holdsAny(subject, resource.id, bodyParticipantRoles);
    case 'body:manage':
      if (resource.type !== 'body') return false;
      return isAdmin(subject) || holdsAny(subject, resource.id, bodyManagerRoles);
    case 'body:create':
    case 'body:edit':
    case 'organization:manage':
      return isAdmin(subject);
    case 'person:read':
    case 'person:create':
      return isStaff(subject) || managesAnyBody(subject);
    case 'person:read-contact':
    case 'person:edit':
      return isStaff(subject);
    case 'organization:read':
    case 'file:upload':
      return isSignedIn(subject);
    case 'file:read':
      if (resource.type !== 'file') return false;
      return isStaff(subject) || (subject.userId !== null && resource.uploaderIds.includes(subject.userId));
    case 'session:create':
      if (resource.type !== 'body') return false;
      return isAdmin(subject) || holdsAny(subject, resource.id, bodyManagerRoles);
    case 'session:manage':
      if (resource.type !== 'session') return false;
      return isAdmin(subject) || holdsAny(subject, resource.bodyId, bodyManagerRoles);
    case 'session:approve-late':
      if (resource.type !== 'session') return false;
      return isAdmin(subject) || holdsAny(subject, resource.bodyId, ['chair', 'deputy_chair']);
    case 'session:read':
      if (resource.type !== 'session') return false;
      if (readsAllSessionsOf(subject, resource.bodyId)) return true;
      // Before convening a session is nobody's business but the body's.
      if (!resource.convened) return false;
      return resource.bodyIsPublic || rolesIn(subject, resource.bodyId).length > 0 || isSubstituteIn(subject, resource.bodyId);
    // The minutes name closed items and named votes: whoever reads the session's non-public content.
    case 'session:read-closed':
    case 'minutes:read':
    case 'minutes:comment':
      if (resource.type !== 'session') return false;
      return readsAllSessionsOf(subject, resource.bodyId) || (resource.convened && isSubstituteIn(subject, resource.bodyId));
    case 'minutes:edit':
      if (resource.type !== 'session') return false;
      return isAdmin(subject) || holdsAny(subject, resource.bodyId, ['chair', 'secretary']);
  }
}
