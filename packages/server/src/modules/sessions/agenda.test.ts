import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildOrganization, buildPerson, signIn, type TestBody } from '../../test/factories.js';
import { agendaLines, caller, detail, inDays, type Headers } from '../../test/session-requests.js';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';

describe('agenda: numbering, editing, reordering and tracked changes', () => {
  let app: TestApp;
  let body: TestBody;
  let secretary: Headers;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    app = await createTestApp();
    call = caller(app);
    body = await buildBody(app);
    secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
  });

  const newSession = async () =>
    detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'regular', startsAt: inDays(app, 7) }));
  const add = async (sessionId: string, title: string, over: Record<string, unknown> = {}) =>
    detail(await call('POST', `/api/v1/sessions/${sessionId}/agenda`, secretary, { kind: 'decision', title, ...over }));
  const idOf = (session: SessionDetail, title: string) => session.agenda.items.find((item) => item.title === title)!.id;
  const reorder = (session: SessionDetail, items: { id: string; parentId: string | null }[], etag = session.agenda.etag) =>
    call('PUT', `/api/v1/sessions/${session.id}/agenda/order`, secretary, { items }, { 'if-match': etag });

  it('numbers items 1, 2, 2.1 from position and parent', async () => {
    const session = await newSession();
    await add(session.id, 'Opening', { kind: 'information' });
    const budget = idOf(await add(session.id, 'Budget'), 'Budget');
    await add(session.id, 'Revenue', { parentId: budget });
    await add(session.id, 'Spending', { parentId: budget });
    const current = await add(session.id, 'Any other business', { kind: 'any_other_business' });
    expect(agendaLines(current)).toEqual(['1 Opening', '2 Budget', '2.1 Revenue', '2.2 Spending', '3 Any other business']);
    const refused = await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, {
      kind: 'decision',
      title: 'Too deep',
      parentId: idOf(current, 'Revenue'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'parentId' });
  });

  it('stores rapporteurs and sanitised proposed resolutions, refuses unknown rapporteurs', async () => {
    const session = await newSession();
    const person = await buildPerson(app, { givenName: 'Ana', familyName: 'Novak' });
    const organization = await buildOrganization(app, { name: 'Ministry of Finance' });
    const saved = await add(session.id, 'Budget', {
      rapporteurPersonId: person.id,
      rapporteurOrganizationId: organization.id,
      estimatedMinutes: 20,
      isPublic: false,
      proposedResolution: '<p>The council <strong>adopts</strong> the budget.<script>alert(1)</script></p>',
    });
    expect(saved.agenda.items[0]).toMatchObject({
      rapporteurPerson: { id: person.id, name: 'Ana Novak' },
      rapporteurOrganization: { id: organization.id, name: 'Ministry of Finance' },
      estimatedMinutes: 20,
      isPublic: false,
      proposedResolution: '<p>The council <strong>adopts</strong> the budget.</p>',
    });
    const unknown = await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, {
      kind: 'report',
      title: 'x',
      rapporteurPersonId: '6f1c1d2e-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'rapporteurPersonId' });
  });

  it('edits an item with its ETag', async () => {
    const session = await newSession();
    const item = (await add(session.id, 'Draft title')).agenda.items[0]!;
    const url = `/api/v1/agenda-items/${item.id}`;
    expect((await call('PATCH', url, secretary, { title: 'New' })).statusCode).toBe(428);
    const saved = detail(await call('PATCH', url, secretary, { title: 'Final title', kind: 'report' }, { 'if-match': item.etag }));
    expect(saved.agenda.items[0]).toMatchObject({ title: 'Final title', kind: 'report' });
    expect((await call('PATCH', url, secretary, { title: 'Late' }, { 'if-match': item.etag })).statusCode).toBe(412);
  });

  it('reorders the whole agenda under the agenda’s ETag', async () => {
    const session = await newSession();
    await add(session.id, 'A');
    await add(session.id, 'B');
    const current = await add(session.id, 'C');
    const [a, b, c] = ['A', 'B', 'C'].map((title) => idOf(current, title)) as [string, string, string];
    const reordered = detail(await reorder(current, [{ id: c, parentId: null }, { id: a, parentId: null }, { id: b, parentId: a }]));
    expect(agendaLines(reordered)).toEqual(['1 C', '2 A', '2.1 B']);
    // Someone else's order was built on the agenda as it was before: refused, not silently applied.
    expect((await reorder(current, [{ id: a, parentId: null }, { id: b, parentId: null }, { id: c, parentId: null }])).statusCode).toBe(412);
    const missing = await reorder(reordered, [{ id: a, parentId: null }]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'items' });
    const nested = await reorder(reordered, [{ id: a, parentId: null }, { id: b, parentId: a }, { id: c, parentId: b }]);
    expect(nested.statusCode).toBe(400);
    expect(nested.json()).toMatchObject({ field: 'items[2].parentId' });
    expect((await call('PUT', `/api/v1/sessions/${session.id}/agenda/order`, secretary, { items: [] })).statusCode).toBe(428);
  });

  it('deletes items from a draft; after convening tracks additions, withdrawals and moves', async () => {
    const session = await newSession();
    await add(session.id, 'One');
    await add(session.id, 'Two');
    let current = await add(session.id, 'Scrap');
    current = detail(await call('DELETE', `/api/v1/agenda-items/${idOf(current, 'Scrap')}`, secretary));
    expect(agendaLines(current)).toEqual(['1 One', '2 Two']);
    expect(current.agenda.changes).toEqual([]);

    detail(await call('POST', `/api/v1/sessions/${session.id}/status`, secretary, { to: 'convened' }));
    current = await add(session.id, 'Urgent');
    current = detail(await call('DELETE', `/api/v1/agenda-items/${idOf(current, 'One')}`, secretary));
    expect(agendaLines(current)).toEqual(['1 One [withdrawn]', '2 Two', '3 Urgent']);
    const [one, two, urgent] = ['One', 'Two', 'Urgent'].map((title) => idOf(current, title)) as [string, string, string];
    current = detail(await reorder(current, [{ id: one, parentId: null }, { id: urgent, parentId: null }, { id: two, parentId: null }]));
    expect(agendaLines(current)).toEqual(['1 One [withdrawn]', '2 Urgent', '3 Two']);
    expect(current.agenda.changes.map((c) => [c.change, c.title, c.fromNumber, c.toNumber])).toEqual([
      ['added', 'Urgent', null, '3'],
      ['withdrawn', 'One', '1', null],
      ['moved', 'Urgent', '3', '2'],
    ]);
    const again = await call('DELETE', `/api/v1/agenda-items/${one}`, secretary);
    expect(again.statusCode).toBe(409);
    const withdrawnItem = current.agenda.items.find((item) => item.id === one)!;
    expect((await call('PATCH', `/api/v1/agenda-items/${one}`, secretary, { title: 'x' }, { 'if-match': withdrawnItem.etag })).statusCode).toBe(409);
  });

  it('freezes the agenda once the session has started', async () => {
    const session = await newSession();
    await add(session.id, 'Only item');
    for (const to of ['convened', 'in_progress']) {
      detail(await call('POST', `/api/v1/sessions/${session.id}/status`, secretary, { to }));
    }
    const refused = await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, { kind: 'report', title: 'Late' });
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as { detail: string }).detail).toMatch(/in progress/);
  });
});
