import { eq } from 'drizzle-orm';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../context.js';
import { settings } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { insertBody } from '../modules/directory/bodies.service.js';
import { insertMembership, insertPerson } from '../modules/directory/memberships.service.js';
import { insertOrganization } from '../modules/directory/organizations.service.js';
import { findUserByEmail, insertUser } from '../modules/users/users.service.js';
import {
  DEMO_PASSWORD,
  demoBodies,
  demoMemberships,
  demoOrganizations,
  demoPeople,
  type DemoPerson,
} from './demo-data.js';
import { seedRepresentation, upgradeDemoRepresentation } from './demo-representation.js';
import { seedDemoSessions } from './demo-sessions.js';
import { seedDemoMaterials } from './demo-materials.js';
import { seedDemoSeries } from './demo-series.js';
import { seedDemoPackets } from './demo-packets.js';
import { seedDemoVoting } from './demo-voting.js';
import { seedDemoCorrespondence } from './demo-correspondence.js';
import { registerDemoDecisions, seedDemoDecisions } from './demo-decisions.js';
import { seedDemoMinutes } from './demo-minutes.js';

/** Marks an installation that holds the demo; its presence makes seeding a no-op. */
export const DEMO_SETTING = 'demo.seeded';
/** The version of the demo data; an installation loaded with an older one is brought up to date. */
const DEMO_VERSION = 2;
/** Serialises seeding when several instances start with --demo on one database. */
const DEMO_LOCK = 4242003;

/**
 * Loads the demo installation (see demo-data.ts) as the system actor, every row audited. Running it
 * again changes nothing. Accounts are created first, each in its own transaction (insertUser opens one);
 * the directory and the marker follow in one transaction, so a failed run leaves no half directory.
 */
export async function seedDemo(deps: Deps, say: (message: string) => void): Promise<void> {
  await deps.database.withAdvisoryLock(DEMO_LOCK, async () => {
    await seedOnce(deps, say);
    await seedDemoSessions(deps, say);
    await registerDemoDecisions(deps, say);
    await seedDemoVoting(deps, say);
    await seedDemoCorrespondence(deps, say);
    await seedDemoDecisions(deps, say);
    await seedDemoMinutes(deps, say);
    await seedDemoMaterials(deps, say);
    await seedDemoSeries(deps, say);
    await seedDemoPackets(deps, say);
  });
}

async function seedOnce(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const [marker] = await ctx.db.select().from(settings).where(eq(settings.key, DEMO_SETTING)).limit(1);
  if (marker) {
    const version = Number((marker.value as { version?: number } | null)?.version ?? 1);
    if (version >= DEMO_VERSION) {
      say('The demo installation is already loaded; nothing to do.');
      return;
    }
    await upgradeDemo(ctx, marker.value as Record<string, unknown>, say);
    return;
  }

  const withAccounts = demoPeople.filter((person) => person.account);
  say(`Loading the demo installation: ${withAccounts.length} accounts…`);
  const userIds = new Map<string, string>();
  for (const person of withAccounts) userIds.set(person.key, await ensureAccount(ctx, person));

  say(
    `Loading ${demoOrganizations.length} organisations, ${demoBodies.length} bodies, ` +
      `${demoPeople.length} people and ${demoMemberships.length} memberships…`,
  );
  await inTransaction(ctx, async (tx) => {
    const organizationIds = new Map<string, string>();
    for (const { key, parent, ...organization } of demoOrganizations) {
      const { id } = await insertOrganization(tx, { ...organization, parentId: parent ? lookup(organizationIds, parent) : null });
      organizationIds.set(key, id);
    }
    const personIds = new Map<string, string>();
    for (const { key, organization, account: _account, ...person } of demoPeople) {
      const { id } = await insertPerson(tx, {
        ...person,
        organizationId: lookup(organizationIds, organization),
        userId: userIds.get(key) ?? null,
      });
      personIds.set(key, id);
    }
    const bodyIds = new Map<string, string>();
    for (const { key, organization, parent, ...body } of demoBodies) {
      const { id } = await insertBody(tx, {
        ...body,
        organizationId: lookup(organizationIds, organization),
        parentId: parent ? lookup(bodyIds, parent) : null,
      });
      bodyIds.set(key, id);
    }
    const now = deps.clock.now();
    const slotIds = await seedRepresentation(tx, { bodies: bodyIds, organizations: organizationIds }, (monthsAgo) =>
      firstOfMonth(now, monthsAgo),
    );
    for (const membership of demoMemberships) {
      await insertMembership(tx, {
        bodyId: lookup(bodyIds, membership.body),
        personId: lookup(personIds, membership.person),
        role: membership.role,
        representsId: membership.represents ? lookup(organizationIds, membership.represents) : null,
        slotId: membership.slot ? lookup(slotIds, `${membership.body}:${membership.slot}`) : null,
        substituteId: membership.substitute ? lookup(personIds, membership.substitute) : null,
        votingRight: membership.votingRight ?? true,
        startDate: firstOfMonth(now, membership.fromMonthsAgo),
        endDate: membership.untilMonthsAgo === undefined ? null : dayBefore(firstOfMonth(now, membership.untilMonthsAgo)),
      });
    }
    const value = { seededAt: now.toISOString(), version: DEMO_VERSION };
    await tx.db.insert(settings).values({ key: DEMO_SETTING, value });
    await recordAudit(tx, { action: 'demo.seed', entityType: 'setting', entityId: DEMO_SETTING, summary: { after: value } });
  });

  say(`Demo loaded. Every demo account signs in with the password "${DEMO_PASSWORD}":`);
  for (const person of withAccounts) {
    say(`  ${person.email.padEnd(40)} ${person.givenName} ${person.familyName} — ${person.account!.shows}`);
  }
}

/** Upgrades an installation loaded with an older demo (version 1: no representation slots) in one transaction. */
async function upgradeDemo(ctx: Ctx, previous: Record<string, unknown>, say: (message: string) => void): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const now = tx.deps.clock.now();
    const done = await upgradeDemoRepresentation(tx, (monthsAgo) => firstOfMonth(now, monthsAgo));
    const value = { ...previous, version: DEMO_VERSION, upgradedAt: now.toISOString() };
    await tx.db.update(settings).set({ value }).where(eq(settings.key, DEMO_SETTING));
    await recordAudit(tx, { action: 'demo.upgrade', entityType: 'setting', entityId: DEMO_SETTING, summary: { before: previous, after: value } });
    say(`The demo installation was brought up to date: ${done}.`);
  });
}

async function ensureAccount(ctx: Ctx, person: DemoPerson): Promise<string> {
  const existing = await findUserByEmail(ctx, person.email);
  if (existing) return existing.id;
  const { id } = await insertUser(ctx, {
    email: person.email,
    displayName: `${person.givenName} ${person.familyName}`,
    role: person.account!.role,
    password: DEMO_PASSWORD,
    locale: person.account!.locale,
  });
  return id;
}

function lookup(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data: "${key}" is referenced before it is defined`);
  return id;
}

/** The first day of the month `monthsAgo` months before `now`, as YYYY-MM-DD (UTC). */
export function firstOfMonth(now: Date, monthsAgo: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
}

function dayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
