import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail, SessionList } from '@collegium/shared/contracts/sessions';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';

type Who = 'public' | 'outsider' | 'member' | 'guest' | 'substitute' | 'staff';

describe('sessions: who sees what', () => {
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  const as = {} as Record<Who, Headers>;
  let secretary: Headers;

  /** A body with a convened session (one public and one closed item) and a draft. */
  async function prepare(isPublic: boolean) {
    const body = await buildBody(app, { isPublic });
    const who = await buildMember(app, body, 'secretary');
    secretary = (await signIn(app, who)).headers;
    await buildMembership(app, { body, person: { id: memberPerson }, role: 'member', substituteId: substitutePerson });
    await buildMembership(app, { body, person: { id: guestPerson }, role: 'guest' });
    const url = `/api/v1/bodies/${body.id}/sessions`;
    const convened = detail(await call('POST', url, secretary, { kind: 'regular', startsAt: inDays(app, 3) }));
    await call('POST', `/api/v1/sessions/${convened.id}/agenda`, secretary, { kind: 'information', title: 'Open report' });
    await call('POST', `/api/v1/sessions/${convened.id}/agenda`, secretary, {
      kind: 'decision',
      title: 'Personnel matter',
      isPublic: false,
      proposedResolution: '<p>Dismiss the director.</p>',
    });
    detail(await call('POST', `/api/v1/sessions/${convened.id}/status`, secretary, { to: 'convened' }));
    const draft = detail(await call('POST', url, secretary, { kind: 'regular', startsAt: inDays(app, 30) }));
    return { body, convened, draft };
  }

  let memberPerson: string;
  let substitutePerson: string;
  let guestPerson: string;
  let publicCase: { body: TestBody; convened: SessionDetail; draft: SessionDetail };
  let privateCase: { body: TestBody; convened: SessionDetail; draft: SessionDetail };

  beforeAll(async () => {
    app = await createTestApp();
    call = caller(app);
    as.public = {};
    const person = async (key: Who) => {
      const user = await buildUser(app);
      as[key] = (await signIn(app, user)).headers;
      return (await buildPerson(app, { user, email: user.email })).id;
    };
    memberPerson = await person('member');
    substitutePerson = await person('substitute');
    guestPerson = await person('guest');
    await person('outsider');
    as.staff = (await signIn(app, await buildUser(app, { role: 'staff' }))).headers;
    publicCase = await prepare(true);
    privateCase = await prepare(false);
  });

  const read = (id: string, who: Who) => call('GET', `/api/v1/sessions/${id}`, as[who]);
  const closedItem = (session: SessionDetail) => session.agenda.items.find((item) => !item.isPublic)!;

  it('shows members everything, drafts and closed items included', async () => {
    for (const who of ['member', 'staff'] as const) {
      const session = detail(await read(privateCase.convened.id, who));
      expect(closedItem(session)).toMatchObject({ title: 'Personnel matter', proposedResolution: '<p>Dismiss the director.</p>' });
      expect((await read(privateCase.draft.id, who)).statusCode).toBe(200);
    }
  });

  it('shows a substitute convened sessions with closed items, but not drafts', async () => {
    expect(closedItem(detail(await read(privateCase.convened.id, 'substitute'))).title).toBe('Personnel matter');
    expect((await read(privateCase.draft.id, 'substitute')).statusCode).toBe(404);
  });

  it('shows the public convened sessions of a public body without closed items’ titles and texts', async () => {
    for (const who of ['public', 'outsider', 'guest'] as const) {
      const session = detail(await read(publicCase.convened.id, who));
      expect(session.agenda.items.map((item) => item.title)).toEqual(['Open report', null]);
      expect(closedItem(session)).toMatchObject({ number: '2', proposedResolution: null, rapporteurPerson: null });
      expect(session.abilities).toEqual({ manage: false, readClosed: false, approveLate: false });
      expect(JSON.stringify(session)).not.toContain('Personnel');
      expect(JSON.stringify(session)).not.toContain('Dismiss');
      expect((await read(publicCase.draft.id, who)).statusCode).toBe(404);
    }
  });

  it('hides every session of a non-public body from non-members', async () => {
    for (const who of ['public', 'outsider'] as const) {
      expect((await read(privateCase.convened.id, who)).statusCode).toBe(404);
      expect((await call('GET', `/api/v1/bodies/${privateCase.body.id}/sessions`, as[who])).statusCode).toBe(404);
    }
    // A guest of the body sees its convened sessions, but not closed items.
    expect(closedItem(detail(await read(privateCase.convened.id, 'guest'))).title).toBeNull();
  });

  it('lists only what the caller may see', async () => {
    const ids = async (who: Who) =>
      ((await call('GET', `/api/v1/bodies/${publicCase.body.id}/sessions`, as[who])).json() as SessionList).items.map((s) => s.id);
    expect(await ids('public')).toEqual([publicCase.convened.id]);
    expect(await ids('substitute')).toEqual([publicCase.convened.id]);
    expect(await ids('member')).toEqual([publicCase.convened.id, publicCase.draft.id]);
    const list = (await call('GET', `/api/v1/bodies/${publicCase.body.id}/sessions`, as.public)).json() as SessionList;
    expect(list).toMatchObject({ total: 1, canCreate: false });
  });

  it('lists the caller’s own sessions across their bodies', async () => {
    const mine = async (who: Who) => ((await call('GET', '/api/v1/sessions', as[who])).json() as SessionList).items.map((s) => s.id).sort();
    expect(await mine('member')).toEqual(
      [publicCase.convened.id, publicCase.draft.id, privateCase.convened.id, privateCase.draft.id].sort(),
    );
    expect(await mine('substitute')).toEqual([publicCase.convened.id, privateCase.convened.id].sort());
    expect(await mine('outsider')).toEqual([]);
    expect((await call('GET', '/api/v1/sessions', as.public)).statusCode).toBe(401);
  });

  it('does not let readers change anything', async () => {
    const { convened } = publicCase;
    for (const who of ['member', 'substitute', 'guest', 'outsider', 'staff'] as const) {
      const response = await call('POST', `/api/v1/sessions/${convened.id}/agenda`, as[who], { kind: 'report', title: 'x' });
      expect(response.statusCode, who).toBe(403);
    }
    expect((await call('POST', `/api/v1/sessions/${convened.id}/agenda`, {}, { kind: 'report', title: 'x' })).statusCode).toBe(401);
    const hidden = await call('POST', `/api/v1/sessions/${privateCase.draft.id}/status`, as.outsider, { to: 'cancelled' });
    expect(hidden.statusCode).toBe(404);
  });
});
