import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { buildBody, buildMember, signIn } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';

describe('invitation mails to a reader of Serbian Cyrillic', () => {
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  let session: SessionDetail;
  let memberEmail: string;

  beforeAll(async () => {
    app = await createTestApp();
    call = caller(app);
    const body = await buildBody(app, { name: 'Gradsko veće' });
    const secretary: Headers = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    const member = await buildMember(app, body, 'member');
    memberEmail = member.email;
    const language = await call('PATCH', '/api/v1/me', (await signIn(app, member)).headers, { locale: 'sr-Cyrl' });
    expect(language.statusCode, language.body).toBe(200);
    session = detail(
      await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'regular', startsAt: inDays(app, 5, 9), place: 'Sala 1' }),
    );
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, { kind: 'information', title: 'Budžet' });
    detail(await call('POST', `/api/v1/sessions/${session.id}/status`, secretary, { to: 'convened' }));
    await app.jobs.drain();
  });

  it('writes subject, text and .ics in Cyrillic, keeping names, places, titles and links as they are', () => {
    const mail = app.mailer.sent.find((sent) => sent.to === memberEmail);
    expect(mail, 'the member is mailed').toBeDefined();
    expect(mail!.subject).toMatch(/^Позив: 1\. редовна седница – Gradsko veće, /);
    expect(mail!.text).toContain('позвани сте на седницу: 1. редовна седница, Gradsko veće.');
    expect(mail!.text).toContain('Место: Sala 1');
    expect(mail!.text).toContain('Дневни ред:\n  1. Budžet');
    expect(mail!.text).toContain('Да ли ћете присуствовати? Одговорите овде: http');
    expect(mail!.text).toMatch(/https?:\/\/[\w.:-]+\/invitation-answer#[\w-]{40,}\n/);
    expect(mail!.text).toMatch(new RegExp(`Седница и материјали: https?://[\\w.:-]+/sessions/${session.id}\\n`));
    // the date is written by Intl in Cyrillic as well
    expect(mail!.text).toMatch(/Време: [а-џ]+, \d+\. [а-џ]+ \d{4}\./);
    const calendar = mail!.icalEvent!.content.replace(/\r?\n[ \t]/g, '');
    expect(calendar).toContain('SUMMARY:1. редовна седница – Gradsko veće');
    expect(calendar).toContain('Место: Sala 1');
    expect(calendar).toContain(`/sessions/${session.id}`);
    expect(calendar.toLowerCase()).toContain(`mailto:${memberEmail.toLowerCase()}`);
  });
});
