import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn } from '../../test/factories.js';
import { itemTitled, postFiles, textFile, uploadedMaterials } from '../../test/materials-kit.js';
import { callerAs } from '../../test/requests.js';
import { detail, inDays } from '../../test/session-requests.js';

type Who = 'secretary' | 'chair' | 'deputyChair' | 'member' | 'substitute' | 'guest' | 'outsider';

describe('materials: who sees them, the submission deadline and late approval', () => {
  let app: TestApp;
  let call: ReturnType<typeof callerAs<Who>>;
  let bodyId: string;
  let session: SessionDetail;
  let openUrl: string;
  let closedUrl: string;
  const headers = {} as Record<Who, Record<string, string>>;
  const users = {} as Record<Who, { email: string; password: string }>;
  /** Signs everyone in again (after the clock moved past their browser sessions). */
  const signInAll = async () => {
    for (const who of Object.keys(users) as Who[]) headers[who] = (await signIn(app, users[who])).headers;
  };

  beforeAll(async () => {
    app = await createTestApp();
    const body = await buildBody(app, { isPublic: true, rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', materialsDeadlineDays: 7 } });
    bodyId = body.id;
    for (const [who, role] of [['secretary', 'secretary'], ['chair', 'chair'], ['deputyChair', 'deputy_chair'], ['guest', 'guest']] as const) {
      users[who] = await buildMember(app, body, role);
    }
    const substituteUser = await buildUser(app);
    const substitute = await buildPerson(app, { user: substituteUser, email: substituteUser.email });
    const memberUser = await buildUser(app);
    const member = await buildPerson(app, { user: memberUser, email: memberUser.email });
    await buildMembership(app, { body, person: member, role: 'member', substituteId: substitute.id });
    Object.assign(users, { member: memberUser, substitute: substituteUser, outsider: await buildUser(app) });
    await signInAll();
    call = callerAs(app, headers);
    session = detail(await call('POST', `/api/v1/bodies/${bodyId}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 20) }));
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', { kind: 'report', title: 'Open report' });
    session = detail(await call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', { kind: 'decision', title: 'Personnel', isPublic: false }));
    const [open] = uploadedMaterials(await postFiles(app, `/api/v1/agenda-items/${itemTitled(session, 'Open report').id}/materials`, headers.secretary, [textFile('report.txt')]));
    const [closed] = uploadedMaterials(await postFiles(app, `/api/v1/agenda-items/${itemTitled(session, 'Personnel').id}/materials`, headers.secretary, [textFile('candidates.txt')]));
    openUrl = open!.downloadUrl;
    closedUrl = closed!.downloadUrl;
  });

  const read = (who?: Who) => call('GET', `/api/v1/sessions/${session.id}`, who);
  const fileNames = async (who?: Who) =>
    detail(await read(who)).agenda.items.map((item) => `${item.number}:${item.materials.map((m) => m.fileName).join(',')}`);
  const downloads = async (url: string, who?: Who) => (await call('GET', url, who)).statusCode;

  it('shows nothing outside the body before the session is convened', async () => {
    expect(await fileNames('member')).toEqual(['1:report.txt', '2:candidates.txt']);
    for (const who of [undefined, 'outsider', 'substitute', 'guest'] as const) {
      expect((await read(who)).statusCode, who).toBe(404);
      expect(await downloads(openUrl, who), who).toBe(404);
    }
    expect(await downloads(closedUrl, 'member')).toBe(200);
  });

  it('shows the public an open item’s materials once convened, never a closed item’s', async () => {
    session = detail(await call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'convened' }));
    for (const who of [undefined, 'outsider', 'guest'] as const) {
      expect(await fileNames(who), who).toEqual(['1:report.txt', '2:']);
      expect(await downloads(openUrl, who), who).toBe(200);
      expect(await downloads(closedUrl, who), who).toBe(404);
    }
    expect(JSON.stringify(detail(await read()))).not.toContain('candidates');
  });

  it('shows members and substitutes closed items’ materials', async () => {
    for (const who of ['member', 'substitute'] as const) {
      expect(await fileNames(who), who).toEqual(['1:report.txt', '2:candidates.txt']);
      expect(await downloads(closedUrl, who), who).toBe(200);
    }
  });

  it('gives the deadline the body’s rules set: seven days before the start', async () => {
    const deadline = new Date(new Date(session.startsAt!).getTime() - 7 * 86_400_000).toISOString();
    expect(detail(await read('member')).materialsDeadline).toBe(deadline);
    const extraordinary = detail(await call('POST', `/api/v1/bodies/${bodyId}/sessions`, 'secretary', { kind: 'extraordinary', startsAt: inDays(app, 2) }));
    expect(extraordinary.materialsDeadline).toBeNull();
  });

  describe('after the deadline', () => {
    let lateUrl: string;
    let lateId: string;

    beforeAll(async () => {
      app.clock.advance(14 * 86_400_000);
      await signInAll();
    });

    it('marks a new material late and hides it from all but managers and the chair until approved', async () => {
      const item = itemTitled(session, 'Open report');
      const [late] = uploadedMaterials(await postFiles(app, `/api/v1/agenda-items/${item.id}/materials`, headers.secretary, [textFile('addendum.txt')]));
      expect(late).toMatchObject({ late: true, approved: false, lateApproval: 'pending' });
      lateUrl = late!.downloadUrl;
      lateId = late!.id;
      expect(await fileNames('secretary')).toEqual(['1:report.txt,addendum.txt', '2:candidates.txt']);
      expect(await fileNames('deputyChair')).toEqual(['1:report.txt,addendum.txt', '2:candidates.txt']);
      for (const who of ['member', 'substitute', undefined] as const) {
        expect((await fileNames(who))[0], who).toBe('1:report.txt');
        expect(await downloads(lateUrl, who), who).toBe(404);
      }
    });

    it('lets only the chair, deputy chair or an administrator decide: 403 for the secretary, 409 when not late', async () => {
      const url = `/api/v1/materials/${lateId}/late-decision`;
      expect((await call('POST', url, 'secretary', { decision: 'approve' })).statusCode).toBe(403);
      expect((await call('POST', url, 'member', { decision: 'approve' })).statusCode).toBe(403);
      expect((await call('POST', url, undefined, { decision: 'approve' })).statusCode).toBe(401);
      expect((await call('POST', url, 'chair', { decision: 'maybe' })).statusCode).toBe(400);
      const onTime = detail(await read('chair')).agenda.items[0]!.materials[0]!;
      expect((await call('POST', `/api/v1/materials/${onTime.id}/late-decision`, 'chair', { decision: 'approve' })).statusCode).toBe(409);
      const approved = await call('POST', url, 'chair', { decision: 'approve' });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ late: true, approved: true, lateApproval: 'approved' });
      expect((await call('POST', url, 'deputyChair', { decision: 'refuse' })).statusCode).toBe(409);
    });

    it('shows an approved late material to everyone who sees the item, still marked late', async () => {
      for (const who of ['member', undefined] as const) {
        const [item] = detail(await read(who)).agenda.items;
        expect(item!.materials.map((m) => [m.fileName, m.late, m.approved]), who).toEqual([['report.txt', false, true], ['addendum.txt', true, true]]);
        expect(await downloads(lateUrl, who), who).toBe(200);
      }
    });

    it('holds back a late item until the chair decides (its late materials with it); a refused one stays hidden, the chair’s own is approved at once', async () => {
      const agendaUrl = `/api/v1/sessions/${session.id}/agenda`;
      const withLate = detail(await call('POST', agendaUrl, 'secretary', { kind: 'information', title: 'Late news' }));
      expect(itemTitled(withLate, 'Late news')).toMatchObject({ late: true, lateApproval: 'pending' });
      const titles = async (who?: Who) => detail(await read(who)).agenda.items.map((item) => item.title);
      expect(await titles('member')).toEqual(['Open report', 'Personnel']);
      expect(await titles()).toEqual(['Open report', null]);
      const decide = (who: Who, decision: string) =>
        call('POST', `/api/v1/agenda-items/${itemTitled(withLate, 'Late news').id}/late-decision`, who, { decision });
      expect((await decide('secretary', 'refuse')).statusCode).toBe(403);
      const refused = await decide('deputyChair', 'refuse');
      expect(itemTitled(detail(refused), 'Late news').lateApproval).toBe('refused');
      expect(await titles('member')).toEqual(['Open report', 'Personnel']);
      const withMaterial = detail(await call('POST', agendaUrl, 'secretary', { kind: 'information', title: 'Late with a paper' }));
      const lateItem = itemTitled(withMaterial, 'Late with a paper');
      uploadedMaterials(await postFiles(app, `/api/v1/agenda-items/${lateItem.id}/materials`, headers.secretary, [textFile('paper.txt')]));
      const approvedItem = await call('POST', `/api/v1/agenda-items/${lateItem.id}/late-decision`, 'chair', { decision: 'approve' });
      expect(itemTitled(detail(approvedItem), 'Late with a paper').materials).toMatchObject([{ fileName: 'paper.txt', late: true, lateApproval: 'approved' }]);
      expect(itemTitled(detail(await read('member')), 'Late with a paper').materials.map((m) => m.fileName)).toEqual(['paper.txt']);
      const chairs = detail(await call('POST', agendaUrl, 'chair', { kind: 'information', title: 'Chair’s item' }));
      expect(itemTitled(chairs, 'Chair’s item')).toMatchObject({ late: true, lateApproval: 'approved' });
      const seen = detail(await read('member')).agenda.items.find((item) => item.title === 'Chair’s item');
      expect(seen).toMatchObject({ late: true, lateApproval: 'approved', number: '5' });
    });
  });
});
