import { inArray } from 'drizzle-orm';
import type { AgendaItemKind, SessionKind, SessionStatus } from '@collegium/shared/contracts/sessions';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../context.js';
import { agendaItems, bodies, persons, sessions } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { takeSessionNumber } from '../modules/sessions/sessions.service.js';
import { seedDemoAttendance } from './demo-attendance.js';
import { seedDemoMeeting } from './demo-meeting.js';
import { seedDemoInvitations } from './demo-invitations.js';

interface DemoItem {
  kind: AgendaItemKind;
  title: string;
  rapporteur?: string;
  minutes?: number;
  closed?: boolean;
  resolution?: string;
  sub?: DemoItem[];
}
interface DemoSession {
  body: string;
  kind: SessionKind;
  status: SessionStatus;
  /** days from today (negative: in the past), at `hour` UTC */
  inDays: number;
  hour?: number;
  title?: string;
  place?: string;
  onlineUrl?: string;
  reason?: string;
  items: DemoItem[];
}

const councilPast: DemoItem[] = [
  { kind: 'information', title: 'Potrditev dnevnega reda in zapisnika prejšnje seje', minutes: 5 },
  { kind: 'report', title: 'Poročilo o napredku delovnih skupin', rapporteur: 'tadej.vidmar@mdu.gov.example', minutes: 20 },
  { kind: 'decision', title: 'Strategija digitalne javne uprave 2027–2030', rapporteur: 'mojca.zupanec@mdu.gov.example', minutes: 30, resolution: '<p>Svet za informatiko podpira predlog strategije in ga posreduje vladi.</p>' },
  { kind: 'any_other_business', title: 'Razno' },
];

/** Past and upcoming sessions of the demo bodies, in their own languages. */
const demoSessions: DemoSession[] = [
  { body: 'svet-za-informatiko', kind: 'regular', status: 'closed', inDays: -63, place: 'Velika sejna soba MDU', items: councilPast },
  { body: 'svet-za-informatiko', kind: 'regular', status: 'closed', inDays: -28, place: 'Velika sejna soba MDU', items: councilPast.slice(0, 2) },
  {
    body: 'svet-za-informatiko',
    kind: 'regular',
    status: 'convened',
    inDays: 12,
    title: 'Proračun za informatiko 2027',
    place: 'Velika sejna soba MDU',
    onlineUrl: 'https://meet.mdu.gov.example/svet',
    items: [
      { kind: 'information', title: 'Potrditev dnevnega reda', minutes: 5 },
      {
        kind: 'decision',
        title: 'Predlog proračuna za informatiko 2027',
        rapporteur: 'petra.golob@mfp.gov.example',
        minutes: 40,
        resolution: '<p>Svet za informatiko soglaša s predlogom proračuna za informatiko za leto 2027.</p>',
        sub: [
          { kind: 'report', title: 'Skupna infrastruktura in državni oblak', rapporteur: 'gregor.kranjc@mnj.gov.example', minutes: 15 },
          { kind: 'report', title: 'Digitalne storitve za državljane', minutes: 15 },
        ],
      },
      { kind: 'discussion', title: 'Kadrovska okrepitev informacijske varnosti', closed: true, minutes: 20, resolution: '<p>Zaupno: predlog zaposlitev v Upravi za informacijsko varnost.</p>' },
      { kind: 'consent_request', title: 'Soglasje k imenovanju članov Podskupine za dostopnost', minutes: 5 },
      { kind: 'any_other_business', title: 'Razno' },
    ],
  },
  { body: 'svet-za-informatiko', kind: 'regular', status: 'draft', inDays: 47, place: 'Velika sejna soba MDU', items: [{ kind: 'information', title: 'Potrditev dnevnega reda' }] },
  {
    body: 'koordinacijska-skupina-si',
    kind: 'correspondence',
    status: 'convened',
    inDays: 4,
    title: 'Uskladitev gradiv za sejo sveta',
    items: [{ kind: 'consent_request', title: 'Soglasje h gradivom za sejo Sveta za informatiko' }],
  },
  { body: 'ds-digitalne-storitve', kind: 'regular', status: 'closed', inDays: -21, place: 'Sejna soba 3', items: [{ kind: 'discussion', title: 'Smernice za dostopne e-obrazce', minutes: 45 }] },
  { body: 'ds-digitalne-storitve', kind: 'regular', status: 'convened', inDays: 9, onlineUrl: 'https://meet.mdu.gov.example/ds1', items: [{ kind: 'decision', title: 'Enotni gradniki spletnih obrazcev', minutes: 30 }, { kind: 'any_other_business', title: 'Razno' }] },
  { body: 'mreza-opstina-e-uprava', kind: 'regular', status: 'closed', inDays: -35, place: 'Beograd, Palata opština', items: [{ kind: 'report', title: 'Izveštaj o opštinskim portalima', minutes: 30 }, { kind: 'discussion', title: 'Zajednička nabavka softvera', minutes: 30 }] },
  { body: 'mreza-opstina-e-uprava', kind: 'extraordinary', status: 'cancelled', inDays: 3, reason: 'Hitna pitanja rešena dopisno.', place: 'Onlajn', items: [{ kind: 'decision', title: 'Hitna izmena pravilnika o portalima' }] },
  { body: 'mreza-opstina-e-uprava', kind: 'regular', status: 'convened', inDays: 16, place: 'Podgorica, Sala Skupštine opštine', items: [{ kind: 'information', title: 'Usvajanje dnevnog reda', minutes: 5 }, { kind: 'decision', title: 'Plan rada mreže za narednu godinu', minutes: 40 }, { kind: 'any_other_business', title: 'Razno' }] },
  { body: 'omada-ilektronikis-diakyvernisis', kind: 'regular', status: 'closed', inDays: -7, place: 'Αίθουσα συσκέψεων', items: [{ kind: 'report', title: 'Πρόοδος έργων ηλεκτρονικής διακυβέρνησης', minutes: 20 }] },
  { body: 'omada-ilektronikis-diakyvernisis', kind: 'regular', status: 'convened', inDays: 7, place: 'Αίθουσα συσκέψεων', items: [{ kind: 'discussion', title: 'Ψηφιακή πύλη της Περιφέρειας', minutes: 30 }, { kind: 'any_other_business', title: 'Διάφορα' }] },
];

const at = (now: Date, days: number, hour: number) => {
  const date = new Date(now.getTime() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

/**
 * Loads the demo sessions once the demo directory is there, as the system, audited. Sessions are never
 * deleted, so demo bodies that already have sessions mean the demo sessions are loaded: nothing to do.
 * Sessions in the past are written as they ended; the life-cycle rules apply to what people do next.
 */
export async function seedDemoSessions(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const slugs = [...new Set(demoSessions.map((s) => s.body))];
  const bodyRows = await ctx.db.select().from(bodies).where(inArray(bodies.slug, slugs));
  if (bodyRows.length !== slugs.length) return;
  const [existing] = await ctx.db.select({ id: sessions.id }).from(sessions).where(inArray(sessions.bodyId, bodyRows.map((b) => b.id))).limit(1);
  if (existing) return;
  const emails = demoSessions.flatMap((s) => s.items.flatMap((i) => [i, ...(i.sub ?? [])])).flatMap((i) => (i.rapporteur ? [i.rapporteur] : []));
  const personRows = await ctx.db.select({ id: persons.id, email: persons.email }).from(persons).where(inArray(persons.email, emails));
  const personIds = new Map(personRows.map((p) => [p.email, p.id]));
  const bodyBySlug = new Map(bodyRows.map((b) => [b.slug, b]));
  await inTransaction(ctx, async (tx) => {
    for (const demo of demoSessions) await insertDemoSession(tx, demo, bodyBySlug.get(demo.body)!, personIds);
    await recordAudit(tx, { action: 'demo.seed-sessions', entityType: 'session', summary: { after: { sessions: demoSessions.length } } });
  });
  say(`Loaded ${demoSessions.length} demo sessions with their agendas.`);
}

async function insertDemoSession(
  ctx: Ctx,
  demo: DemoSession,
  body: typeof bodies.$inferSelect,
  personIds: Map<string | null, string>,
): Promise<void> {
  const now = ctx.deps.clock.now();
  const when = at(now, demo.inDays, demo.hour ?? 8);
  const meeting = demo.kind !== 'correspondence';
  const past = demo.inDays < 0;
  const number = await takeSessionNumber(ctx, body.id, demo.kind);
  const timeZone = (body.rules as { timeZone?: string }).timeZone ?? ctx.deps.config.timeZone;
  const [session] = await ctx.db
    .insert(sessions)
    .values({
      bodyId: body.id,
      kind: demo.kind,
      number,
      title: demo.title ?? null,
      status: demo.status,
      startsAt: meeting ? when : null,
      endsAt: meeting ? new Date(when.getTime() + 2 * 3_600_000) : null,
      deadlineAt: meeting ? null : when,
      timeZone,
      place: demo.place ?? null,
      onlineUrl: demo.onlineUrl ?? null,
      statusReason: demo.reason ?? null,
      convenedAt: demo.status === 'draft' ? null : at(now, Math.min(demo.inDays, 0) - 10, 9),
      startedAt: past && demo.status === 'closed' ? when : null,
      closedAt: past && demo.status === 'closed' ? new Date(when.getTime() + 90 * 60_000) : null,
    })
    .returning();
  let position = 0;
  for (const item of demo.items) {
    const [parent] = await ctx.db.insert(agendaItems).values(itemValues(session!.id, null, position++, item, personIds)).returning({ id: agendaItems.id });
    let subPosition = 0;
    for (const sub of item.sub ?? []) {
      await ctx.db.insert(agendaItems).values(itemValues(session!.id, parent!.id, subPosition++, sub, personIds));
    }
  }
  await seedDemoAttendance(ctx, session!, body);
  await seedDemoMeeting(ctx, session!);
  await seedDemoInvitations(ctx, session!, body);
  await recordAudit(ctx, {
    action: 'session.create',
    entityType: 'session',
    entityId: session!.id,
    organizationId: body.organizationId,
    summary: { after: { bodyId: body.id, kind: demo.kind, number, status: demo.status, items: demo.items.length } },
  });
}

function itemValues(sessionId: string, parentId: string | null, position: number, item: DemoItem, personIds: Map<string | null, string>) {
  return {
    sessionId,
    parentId,
    position,
    kind: item.kind,
    title: item.title,
    rapporteurPersonId: item.rapporteur ? (personIds.get(item.rapporteur) ?? null) : null,
    estimatedMinutes: item.minutes ?? null,
    isPublic: !item.closed,
    proposedResolution: item.resolution ?? null,
  };
}
