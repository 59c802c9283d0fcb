// The data of the minutes benchmark, written straight into the tables with the server stopped (an embedded
// database has one user at a time): a council with 2,500 closed sessions of 40 items each, a decision on every
// item (100,000 in all, over ten years, in every status), and the minutes of the latest session — 40 items with
// discussions of a few paragraphs, named and secret votes and the decisions — as the draft builder stores them.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../packages/server/dist/db/client.js';
import { migrateDatabase } from '../../packages/server/dist/db/migrate.js';

export const SESSIONS = 2_500;
export const ITEMS = 40;
export const DECISIONS = SESSIONS * ITEMS;
const MEMBERS = 25;
export const TOPICS = ['road maintenance', 'school meals', 'public lighting', 'waste collection', 'spatial plan', 'budget revision',
  'kindergarten fees', 'water supply', 'cycling paths', 'library opening hours', 'sports hall', 'tourism strategy',
  'housing fund', 'parking charges', 'flood protection', 'energy renovation', 'cemetery extension', 'public transport',
  'cultural programme', 'youth council', 'social assistance', 'digital services', 'market square', 'bridge repair'];

/** @param {{ env: Record<string, string>, dataDir: string }} database */
export async function openBenchDatabase(database) {
  const db = await openDatabase(database.env.DATABASE_URL ? { databaseUrl: database.env.DATABASE_URL } : { dataDir: path.join(database.dataDir, 'db') });
  await migrateDatabase(db);
  return db;
}

/** @param {number} n */
const discussion = (n) =>
  `<p>The rapporteur presented the proposal on <strong>${TOPICS[n % TOPICS.length]}</strong> and the opinion of the working group, ` +
  'which had met twice and heard the departments concerned. The costs for the coming three years were set out item by item.</p>' +
  `<p>Councillor Špela Žagar asked how the measure would be financed and whether the municipality had applied for <em>co-financing</em>; ` +
  'the head of the finance department answered that the application had been filed in March and that the answer was expected in the autumn.</p>' +
  '<ul><li>the timetable of the works was discussed at length;</li><li>two councillors asked for a public consultation;</li>' +
  '<li>the committee for the budget supported the proposal.</li></ul>' +
  `<p>Đorđe Ćirić proposed an amendment, which the rapporteur accepted. The chair closed the discussion after ${5 + (n % 7)} speakers.</p>`;

/**
 * @param {import('../../packages/server/dist/db/client.js').Database} db
 * @returns {Promise<{ bodyId: string, organizationId: string, minutesId: string }>}
 */
export async function seedMinutesData(db) {
  const organizationId = randomUUID();
  const bodyId = randomUUID();
  await db.query(`insert into organizations (id, kind, name, slug, email) values ($1, 'municipality', 'Občina Žalec', 'bench-zalec', 'obcina@example.org')`, [organizationId]);
  await db.query(`insert into bodies (id, organization_id, kind, name, short_name, slug, is_public) values ($1, $2, 'council', 'Mestni svet Občine Žalec', 'MS Žalec', 'bench-ms-zalec', true)`, [bodyId, organizationId]);
  await db.query(
    `insert into sessions (body_id, kind, number, status, starts_at, ends_at, closed_at, time_zone, place)
     select $1, 'regular', g, 'closed', t, t + interval '3 hours', t + interval '3 hours', 'Europe/Ljubljana', 'Velika dvorana, Šlandrov trg 1'
     from generate_series(1, ${SESSIONS}) g, lateral (select timestamptz '2016-01-04 16:00:00+00' + (g * interval '35 hours') as t) x`,
    [bodyId],
  );
  await db.query(
    `insert into agenda_items (session_id, position, kind, title, is_public)
     select s.id, p, 'decision', 'Proposal on the ' || (array[${TOPICS.map((t) => `'${t}'`).join(',')}])[1 + (s.number * ${ITEMS} + p) % ${TOPICS.length}] || ', item ' || (p + 1), p % 10 <> 9
     from sessions s cross join generate_series(0, ${ITEMS - 1}) p where s.body_id = $1`,
    [bodyId],
  );
  await db.query(
    `insert into decisions (body_id, session_id, agenda_item_id, number, year, sequence, title, text, responsible_organization_id, deadline, status, adopted_at)
     select $1, s.id, a.id, 'MS-' || y || '/' || q, y, q, 'Decision on the ' || substr(a.title, 17), '<p>The council adopts the ' || substr(a.title, 17) || ' and asks the mayor to report back within ninety days.</p>',
            case when q % 3 = 0 then $2::uuid end, (s.starts_at + ((q % 400) || ' days')::interval)::date,
            (array['open','open','open','in_progress','in_progress','done','done','done','done','cancelled'])[1 + q % 10], s.closed_at
     from (select a.*, s.starts_at, s.closed_at, s.number, extract(year from s.starts_at)::int as y,
                  row_number() over (partition by extract(year from s.starts_at) order by s.number, a.position)::int as q
           from agenda_items a join sessions s on s.id = a.session_id where s.body_id = $1) a
     join sessions s on s.id = a.session_id`,
    [bodyId, organizationId],
  );
  const [latest] = await db.query(`select id from sessions where body_id = $1 and number = ${SESSIONS}`, [bodyId]);
  const sessionId = String(latest?.id);
  const items = await db.query(
    `select a.id, a.position, a.title, a.is_public, d.number, d.title as decision_title, d.text from agenda_items a join decisions d on d.agenda_item_id = a.id where a.session_id = $1 order by a.position`,
    [sessionId],
  );
  /** @param {number} i */
  const member = (i) => ({ name: `Member ${String.fromCharCode(65 + (i % 26))}. Novak-${i}`, organization: null, role: i === 0 ? 'chair' : 'member', personId: null });
  const members = Array.from({ length: MEMBERS }, (_, i) => member(i));
  /** @param {number} yes @param {number} no @param {number} abstain */
  const counts = (yes, no, abstain) => [
    { label: 'For', role: 'for', votes: yes, voters: yes }, { label: 'Against', role: 'against', votes: no, voters: no }, { label: 'Abstain', role: 'abstain', votes: abstain, voters: abstain },
  ];
  const content = {
    attendance: { present: members.slice(0, 22), excused: members.slice(22, 24), absent: members.slice(24), substitutes: [], guests: [{ name: 'Ana Kovač', organization: 'Daily News', role: null, personId: null }] },
    agenda: { adoptedAt: '2027-02-19T16:10:00.000Z', amendments: [{ kind: 'add', text: 'Add the bridge repair', proposer: 'Đorđe Ćirić', proposerPersonId: null, decision: 'accepted' }] },
    items: items.map((/** @type {Record<string, unknown>} */ row, /** @type {number} */ n) => ({
      agendaItemId: String(row.id), number: String(n + 1), title: String(row.title), kind: 'decision', isPublic: Boolean(row.is_public),
      rapporteur: 'Špela Žagar', rapporteurPersonId: null, rapporteurOrganization: null, outcome: 'adopted',
      resolutionText: `The council adopts the ${TOPICS[n % TOPICS.length]} proposal.`,
      polls: [{
        title: `Vote on item ${n + 1}`, method: n % 2 ? 'secret' : 'named', status: 'closed', annulledReason: null, majorityRule: 'simple',
        counts: counts(16, 4, 2), passed: true,
        named: n % 2 ? null : members.slice(0, 22).map((m, i) => ({ name: m.name, option: i < 16 ? 'For' : i < 20 ? 'Against' : 'Abstain', personId: null })),
      }],
      decisions: [{ number: String(row.number), title: String(row.decision_title), text: String(row.text) }],
      discussion: discussion(n),
    })),
    opening: '<p>The chair opened the session at 17:00 and established the quorum.</p>',
    closing: '<p>The session closed at 20:00. The next session is planned for March.</p>',
  };
  const minutesId = randomUUID();
  await db.query(`insert into minutes (id, session_id, status, current_version) values ($1, $2, 'draft', 1)`, [minutesId, sessionId]);
  await db.query(`insert into minutes_versions (minutes_id, version, content) values ($1, 1, $2)`, [minutesId, JSON.stringify(content)]);
  return { bodyId, organizationId, minutesId };
}
