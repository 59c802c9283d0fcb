// A full assembly voting at once, shared by the vote-storm benchmark and the durability test: an assembly
// seeded straight into the database (N voting members present, each with a signed-in browser session and a
// cookie), then N WebSocket clients that cast within a spread of milliseconds and wait for the result.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import WebSocket from 'ws';

const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');
/** @param {string} text */
const q = (text) => `'${text.replaceAll("'", "''")}'`;

/**
 * @typedef {{ exec(sql: string): Promise<void>, query<T>(sql: string, params?: unknown[]): Promise<T[]> }} Db
 * @typedef {{ userId: string, personId: string, cookie: string }} Voter
 * @typedef {{ cookie: string, csrf: string }} Admin
 * @typedef {{ sessionId: string, itemId: string, voters: Voter[], admin: Admin }} Assembly
 */

/**
 * @param {Db} db
 * @param {string} table
 * @param {string[]} columns
 * @param {string[][]} rows values already quoted
 */
async function insert(db, table, columns, rows) {
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500).map((row) => `(${row.join(', ')})`);
    await db.exec(`insert into ${table} (${columns.join(', ')}) values ${chunk.join(',\n')}`);
  }
}

/**
 * Seeds an assembly of `count` voting members with a session in progress, everyone present, the agenda
 * adopted and one decision item current, plus an administrator; each gets a browser session.
 * @param {Db} db
 * @param {number} count
 * @returns {Promise<Assembly>}
 */
export async function seedAssembly(db, count) {
  const tag = randomUUID().slice(0, 8);
  const organizationId = randomUUID();
  const bodyId = randomUUID();
  const sessionId = randomUUID();
  const itemId = randomUUID();
  const startsAt = new Date(Date.now() + 3600_000).toISOString();
  await insert(db, 'organizations', ['id', 'kind', 'name', 'slug'], [[q(organizationId), q('municipality'), q(`Storm ${tag}`), q(`storm-${tag}`)]]);
  await insert(db, 'bodies', ['id', 'organization_id', 'kind', 'name', 'slug', 'is_public', 'rules'], [
    [q(bodyId), q(organizationId), q('assembly'), q(`Assembly ${tag}`), q(`assembly-${tag}`), 'false', q(JSON.stringify({ quorumRule: 'majority_of_members', majorityRule: 'simple' }))],
  ]);
  /** @type {Voter[]} */
  const voters = [];
  const users = [];
  const people = [];
  const memberships = [];
  const sessions = [];
  const attendance = [];
  const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
  for (let i = 0; i < count; i++) {
    const userId = randomUUID();
    const personId = randomUUID();
    const cookieToken = token();
    voters.push({ userId, personId, cookie: `collegium_session=${cookieToken}` });
    users.push([q(userId), q(`voter-${tag}-${i}@storm.test`), q(`Voter ${i}`)]);
    people.push([q(personId), q('Voter'), q(`${tag}-${i}`), q(userId)]);
    memberships.push([q(organizationId), q(bodyId), q(personId), q('member'), q('2020-01-01')]);
    sessions.push([q(userId), q(sha256(cookieToken)), q(token()), 'true', q('password'), q(expires)]);
    attendance.push([q(sessionId), q('member'), q(personId), q('member'), 'true', q('present'), 'now()']);
  }
  const adminId = randomUUID();
  const adminToken = token();
  const csrf = token();
  users.push([q(adminId), q(`chair-${tag}@storm.test`), q('Storm Chair')]);
  await insert(db, 'users', ['id', 'email', 'display_name'], users);
  await db.exec(`update users set role = 'administrator' where id = ${q(adminId)}`);
  sessions.push([q(adminId), q(sha256(adminToken)), q(csrf), 'true', q('password'), q(expires)]);
  await insert(db, 'persons', ['id', 'given_name', 'family_name', 'user_id'], people);
  await insert(db, 'memberships', ['organization_id', 'body_id', 'person_id', 'role', 'start_date'], memberships);
  await insert(db, 'auth_sessions', ['user_id', 'token_hash', 'csrf_token', 'fully_authenticated', 'method', 'expires_at'], sessions);
  await insert(db, 'sessions', ['id', 'body_id', 'kind', 'number', 'time_zone', 'status', 'starts_at', 'started_at'], [
    [q(sessionId), q(bodyId), q('regular'), '1', q('Europe/Ljubljana'), q('in_progress'), q(startsAt), 'now()'],
  ]);
  await insert(db, 'agenda_items', ['id', 'session_id', 'position', 'kind', 'title'], [[q(itemId), q(sessionId), '1', q('decision'), q('Budget')]]);
  await insert(db, 'session_attendance', ['session_id', 'kind', 'person_id', 'role', 'voting_right', 'status', 'arrived_at'], attendance);
  await insert(db, 'meeting_states', ['session_id', 'current_item_id', 'agenda_adopted_at'], [[q(sessionId), q(itemId), 'now()']]);
  return { sessionId, itemId, voters, admin: { cookie: `collegium_session=${adminToken}`, csrf } };
}

/**
 * @param {string} url
 * @param {Admin} admin
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 */
export async function adminCall(url, admin, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Prepares and opens a named yes/no poll on the assembly's item.
 * @param {string} url
 * @param {Assembly} assembly
 * @param {'named' | 'secret'} [method]
 * @returns {Promise<{ id: string, options: { id: string, role: string }[], electors: number }>}
 */
export async function openStormPoll(url, assembly, method = 'named') {
  const poll = await adminCall(url, assembly.admin, 'POST', `/api/v1/sessions/${assembly.sessionId}/polls`, { agendaItemId: assembly.itemId, title: 'Budget', method });
  return adminCall(url, assembly.admin, 'POST', `/api/v1/polls/${poll.id}/open`);
}

/**
 * A voter's live connection: subscribed to the session, answering casts by request id, and noting when the
 * poll's result arrives.
 */
export class VoterSocket {
  /** @type {Map<string, (message: any) => void>} */
  #waiting = new Map();
  /** @type {number | null} */
  resultAt = null;
  /** casts acknowledged on this connection so far */
  acknowledged = 0;
  /** @type {((at: number) => void) | null} */
  #onResult = null;

  /** @param {string} url @param {Voter} voter @param {string} sessionId @param {string} pollId */
  constructor(url, voter, sessionId, pollId) {
    this.voter = voter;
    this.pollId = pollId;
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v1/live`, { headers: { cookie: voter.cookie } });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('error', reject);
      this.socket.once('unexpected-response', (_request, response) => reject(new Error(`live upgrade answered ${response.statusCode}`)));
      this.socket.once('open', () => {
        this.socket.send(JSON.stringify({ type: 'subscribe', topic: `session:${sessionId}`, id: 'sub' }));
        this.#waiting.set('sub', resolve);
      });
    });
    this.socket.on('message', (raw) => {
      const message = JSON.parse(String(raw));
      if (message.type === 'event' && message.data?.kind === 'poll.closed' && message.data.pollId === this.pollId && this.resultAt === null) {
        this.resultAt = performance.now();
        this.#onResult?.(this.resultAt);
        return;
      }
      if (message.type === 'ack') this.acknowledged++;
      const waiter = message.id ? this.#waiting.get(message.id) : undefined;
      if (waiter) {
        this.#waiting.delete(message.id);
        waiter(message);
      }
    });
  }

  /**
   * Casts and resolves with the answer (ack or error), or rejects when the connection drops first.
   * @param {string} optionId @param {string} key
   * @returns {Promise<any>}
   */
  cast(optionId, key) {
    const id = `cast-${key}`;
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) return reject(new Error('connection closed'));
      this.#waiting.set(id, resolve);
      this.socket.once('close', () => reject(new Error('connection closed')));
      this.socket.send(JSON.stringify({ type: 'cast', id, pollId: this.pollId, optionId, idempotencyKey: key }));
    });
  }

  /** @returns {Promise<number>} */
  result() {
    if (this.resultAt !== null) return Promise.resolve(this.resultAt);
    return new Promise((resolve) => {
      this.#onResult = resolve;
    });
  }

  close() {
    this.socket.terminate();
  }
}

/**
 * Every voter casts once, spread evenly over `spreadMs`; resolves with each cast's key, option and outcome.
 * @param {VoterSocket[]} sockets
 * @param {{ id: string, role: string }[]} options
 * @param {number} spreadMs
 */
export async function storm(sockets, options, spreadMs) {
  const choices = options.filter((option) => option.role !== 'abstain');
  const started = performance.now();
  return Promise.all(
    sockets.map(async (socket, index) => {
      const due = started + (spreadMs * index) / sockets.length;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const key = `storm-${randomUUID()}`;
      const optionId = choices[index % choices.length]?.id ?? options[0]?.id ?? '';
      const sentAt = performance.now();
      try {
        const answer = await socket.cast(optionId, key);
        return { socket, key, optionId, sentAt, answer, latency: performance.now() - sentAt, failed: null };
      } catch (error) {
        return { socket, key, optionId, sentAt, answer: null, latency: null, failed: String(error) };
      }
    }),
  );
}

/**
 * What the database holds for a poll: per seat its vote, and how many rows each seat has.
 * @param {Db} db @param {string} pollId
 */
export async function recordedVotes(db, pollId) {
  const rows = await db.query(`select person_id, option_id, count(*) over (partition by person_id)::int as copies from poll_votes where poll_id = $1`, [pollId]);
  const participations = await db.query(`select count(*)::int as n, count(distinct person_id)::int as distinct_n from poll_participations where poll_id = $1`, [pollId]);
  return {
    votes: new Map(rows.map((row) => [row.person_id, row.option_id])),
    duplicated: rows.filter((row) => row.copies > 1).length + (participations[0].n - participations[0].distinct_n),
    participations: participations[0].n,
  };
}
