import { beforeAll, describe, expect, it } from 'vitest';
import type { Minutes, MinutesConflict } from '@collegium/shared/contracts/minutes';
import { eq } from 'drizzle-orm';
import { minutes } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordedSession } from '../../test/minutes-fixture.js';
import { auditEventsOf } from '../../test/requests.js';

describe('minutes: saving versions, merging concurrent edits', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof recordedSession>>;
  let url: string;
  const read = async () => (await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/minutes`, 'secretary')).json() as Minutes;
  const discussionOf = (m: Minutes, itemId: string) => m.content.items.find((item) => item.agendaItemId === itemId)!.discussion;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await recordedSession(app);
    url = `/api/v1/minutes/${fx.minutesId}`;
  }, 120_000);

  it('shows the draft to the secretary with the right to edit, to members without it, and to nobody else', async () => {
    const mine = await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/minutes`, 'secretary');
    expect(mine.statusCode).toBe(200);
    expect(mine.headers.etag).toMatch(/^W\/"/);
    expect(mine.json()).toMatchObject({ status: 'draft', version: 1, canEdit: true, canComment: true, approvalItem: null });
    const member = (await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/minutes`, 'ana')).json() as Minutes;
    expect(member).toMatchObject({ canEdit: false, canComment: true });
    expect((await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/minutes`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `${url}/versions/1`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/minutes`)).statusCode).toBe(401);
  });

  it('refuses edits of members (403) and of outsiders (404)', async () => {
    const payload = { baseVersion: 1, opening: '<p>Mine.</p>' };
    expect((await fx.call('PUT', url, 'ana', payload)).statusCode).toBe(403);
    expect((await fx.call('PUT', url, 'outsider', payload)).statusCode).toBe(404);
    expect((await read()).version).toBe(1);
  });

  it('saves every change as a new version, audited, and keeps the old one', async () => {
    const saved = await fx.call('PUT', url, 'secretary', { baseVersion: 1, opening: '<p>The chair opened the session at 10:00.</p>', discussions: { [fx.items.budget]: '<p>Ana asked about roads.</p>' }, note: 'first pass' });
    expect(saved.statusCode).toBe(200);
    const body = saved.json() as Minutes;
    expect(body.version).toBe(2);
    expect(body.versions.map((v) => [v.version, v.note])).toEqual([[1, 'Built from the record of the session'], [2, 'first pass']]);
    expect(discussionOf(body, fx.items.budget)).toBe('<p>Ana asked about roads.</p>');
    const first = (await fx.call('GET', `${url}/versions/1`, 'ana')).json() as Minutes['content'];
    expect(first.opening).toBe('');
    expect((await fx.call('GET', `${url}/versions/9`, 'ana')).statusCode).toBe(404);
    expect((await auditEventsOf(app, fx.minutesId)).map((event) => event.action)).toEqual(['minutes.build', 'minutes.save']);
  });

  it('merges silently when two editors changed different parts', async () => {
    expect((await fx.call('PUT', url, 'secretary', { baseVersion: 2, discussions: { [fx.items.personnel]: '<p>In camera.</p>' } })).statusCode).toBe(200);
    const merged = await fx.call('PUT', url, 'chair', { baseVersion: 2, closing: '<p>Closed at 12:00.</p>', discussions: { [fx.items.budget]: '<p>Ana asked about roads.</p>' } });
    expect(merged.statusCode).toBe(200);
    const body = merged.json() as Minutes;
    expect(body.version).toBe(4);
    expect(discussionOf(body, fx.items.personnel)).toBe('<p>In camera.</p>');
    expect(body.content.closing).toBe('<p>Closed at 12:00.</p>');
    expect(body.content.opening).toBe('<p>The chair opened the session at 10:00.</p>');
  });

  it('answers 409 with every conflict and saves nothing when both changed the same part', async () => {
    expect((await fx.call('PUT', url, 'secretary', { baseVersion: 4, opening: '<p>Opened at 10:05.</p>' })).statusCode).toBe(200);
    const clash = await fx.call('PUT', url, 'chair', { baseVersion: 4, opening: '<p>Opened at 10:10.</p>', closing: '<p>Closed at noon.</p>', discussions: { [fx.items.roads]: '<p>Roads.</p>' } });
    expect(clash.statusCode).toBe(409);
    const conflict = clash.json() as MinutesConflict;
    expect(conflict).toMatchObject({ code: 'minutes_conflict', latestVersion: 5 });
    expect(conflict.message).toMatch(/nothing was saved/);
    expect(conflict.conflicts).toEqual([
      { part: 'opening', base: '<p>The chair opened the session at 10:00.</p>', mine: '<p>Opened at 10:10.</p>', theirs: '<p>Opened at 10:05.</p>' },
    ]);
    const after = await read();
    expect(after.version).toBe(5);
    expect(after.content.closing).toBe('<p>Closed at 12:00.</p>');
  });

  it('never lets two saves at once both become the same version', async () => {
    const [a, b] = await Promise.all([
      fx.call('PUT', url, 'secretary', { baseVersion: 5, discussions: { [fx.items.roads]: '<p>Potholes.</p>' } }),
      fx.call('PUT', url, 'chair', { baseVersion: 5, discussions: { [fx.items.budget]: '<p>Budget debated.</p>' } }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const after = await read();
    expect(after.versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(discussionOf(after, fx.items.roads)).toBe('<p>Potholes.</p>');
    expect(discussionOf(after, fx.items.budget)).toBe('<p>Budget debated.</p>');
  });

  it('sanitises a nasty paste from a word processor', async () => {
    const paste = `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><style>p.MsoNormal{margin:0}</style>
      <p class="MsoNormal" style="mso-line-height-rule:exactly" onclick="alert(1)">Agreed<o:p></o:p></p>
      <script>alert('x')</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a>
      <span lang="SL" style="font-family:Calibri">kept <b>bold</b></span>`;
    const saved = await fx.call('PUT', url, 'secretary', { baseVersion: 7, discussions: { [fx.items.roads]: paste } });
    expect(saved.statusCode).toBe(200);
    const html = discussionOf(saved.json() as Minutes, fx.items.roads);
    expect(html).toContain('<p>Agreed</p>');
    expect(html).toContain('kept <b>bold</b>');
    for (const junk of ['script', 'style', 'onclick', 'onerror', 'mso', 'Mso', 'javascript', '<img', 'o:p', '<xml', 'alert']) {
      expect(html).not.toContain(junk);
    }
  });

  it('refuses a discussion of an item the minutes do not have and a version that does not exist (400)', async () => {
    const strange = await fx.call('PUT', url, 'secretary', { baseVersion: 8, discussions: { '6f1c1d2e-0000-4000-8000-000000000000': '<p>x</p>' } });
    expect(strange.statusCode).toBe(400);
    expect(strange.json().field).toBe('discussions.6f1c1d2e-0000-4000-8000-000000000000');
    const future = await fx.call('PUT', url, 'secretary', { baseVersion: 99, opening: '<p>x</p>' });
    expect(future.statusCode).toBe(400);
    expect(future.json().field).toBe('baseVersion');
  });

  it('compares two versions word by word, only the parts that differ', async () => {
    const response = await fx.call('GET', `${url}/compare?from=2&to=5`, 'ana');
    expect(response.statusCode).toBe(200);
    const { parts } = response.json() as { parts: { part: string; label: string; segments: { op: string; text: string }[] }[] };
    expect(parts.map((p) => p.label)).toEqual(['Opening', '2. Personnel', 'Closing']);
    const side = (ops: string[]) => parts[0]!.segments.filter((s) => ops.includes(s.op)).map((s) => s.text).join('');
    expect(side(['equal', 'delete'])).toBe('The chair opened the session at 10:00.');
    expect(side(['equal', 'insert'])).toBe('Opened at 10:05.');
    expect(parts[0]!.segments).toContainEqual({ op: 'insert', text: 'Opened' });
    expect(parts[2]!.segments).toEqual([{ op: 'insert', text: 'Closed at 12:00.' }]);
    const unknown = await fx.call('GET', `${url}/compare?from=2&to=42`, 'ana');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('to');
  });

  it('locks submitted and approved minutes', async () => {
    await app.database.db.update(minutes).set({ status: 'approved', approvedVersion: 8 }).where(eq(minutes.id, fx.minutesId));
    const locked = await fx.call('PUT', url, 'secretary', { baseVersion: 8, opening: '<p>Late change.</p>' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toMatch(/approved minutes are locked; open a correction/i);
    expect((await read()).canEdit).toBe(false);
  });
});
