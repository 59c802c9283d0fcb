// A session of 30 agenda items (24 items, 6 sub-items, every fifth closed) with a small PDF on every third
// item, made through the API of a started server: a private council, a member with an account, the session.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const ITEMS = 30;
const SUB_ITEMS = 6;
const MATERIAL_EVERY = 3;

/**
 * Signs in and returns what later requests need: the session cookie and the CSRF token.
 * @param {string} baseUrl
 * @param {{ email: string, password: string }} who
 */
export async function signIn(baseUrl, who) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = /** @type {{ csrfToken: string }} */ (await response.json());
  return { cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrfToken };
}

/**
 * @param {string} baseUrl
 * @param {{ cookie: string, csrfToken: string }} auth
 */
function client(baseUrl, auth) {
  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   * @returns {Promise<any>}
   */
  return async (method, path, body, headers = {}) => {
    const isForm = body instanceof FormData;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrfToken, ...(body && !isForm ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** @param {number} n */
async function smallPdf(n) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 2; p++) doc.addPage().drawText(`Material ${n}, page ${p}`, { x: 50, y: 780, size: 14, font });
  return doc.save();
}

/**
 * Builds the fixture and returns the session id and the member's credentials.
 * @param {string} baseUrl
 * @param {{ cookie: string, csrfToken: string }} adminAuth
 */
export async function buildSessionFixture(baseUrl, adminAuth) {
  const api = client(baseUrl, adminAuth);
  const organization = await api('POST', '/api/v1/organizations', { kind: 'ministry', name: 'Ministry of Digital Affairs', slug: 'bench-mdu' });
  const body = await api('POST', '/api/v1/bodies', { organizationId: organization.id, kind: 'council', name: 'Council for Informatics', slug: 'bench-council', isPublic: false, rules: { materialsDeadlineDays: 7 } });
  const member = { email: 'bench-member@collegium.test', password: 'bench-member-password-1' };
  const user = await api('POST', '/api/v1/users', { email: member.email, displayName: 'Bench Member', role: 'user', password: member.password });
  const person = await api('POST', '/api/v1/persons', { givenName: 'Petra', familyName: 'Golob', email: member.email });
  await api('PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': person.etag });
  await api('POST', `/api/v1/bodies/${body.id}/memberships`, { personId: person.id, role: 'member', startDate: '2020-01-01' });
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const session = await api('POST', `/api/v1/bodies/${body.id}/sessions`, { kind: 'regular', startsAt, place: 'Gregorčičeva 20, Ljubljana' });
  /** @type {string[]} */
  const topLevel = [];
  const kinds = ['information', 'decision', 'discussion', 'report'];
  for (let i = 0; i < ITEMS; i++) {
    const sub = i >= ITEMS - SUB_ITEMS;
    const detail = await api('POST', `/api/v1/sessions/${session.id}/agenda`, {
      kind: kinds[i % kinds.length],
      title: `Item ${i + 1}: proposal on the digital services of the administration, with the opinion of the working group`,
      isPublic: i % 5 !== 4,
      estimatedMinutes: 10 + (i % 4) * 5,
      proposedResolution: `<p>The council adopts proposal ${i + 1} and asks the ministry to report back.</p>`,
      ...(sub ? { parentId: topLevel[i % topLevel.length] } : {}),
    });
    const item = detail.agenda.items.find((/** @type {{ title: string }} */ it) => it.title?.startsWith(`Item ${i + 1}:`));
    if (!sub) topLevel.push(item.id);
    if (i % MATERIAL_EVERY === 0) {
      const form = new FormData();
      form.append('files', new Blob([await smallPdf(i + 1)], { type: 'application/pdf' }), `material-${i + 1}.pdf`);
      await api('POST', `/api/v1/agenda-items/${item.id}/materials`, form);
    }
  }
  return { sessionId: String(session.id), member, materials: Math.ceil(ITEMS / MATERIAL_EVERY) };
}
