import { randomUUID } from 'node:crypto';
import type { MinutesDocument, MinutesItem } from '@collegium/shared/contracts/minutes';

/**
 * A hand-built MinutesDocument for the export renderers' tests: Slovenian (čšž), Serbian Cyrillic (ђ, љ, ћ),
 * Serbian Latin (đ, ć) and Greek text, a named and a secret vote, an annulled vote, decisions, rich discussion.
 */
export const cyrillicTitle = 'Пројекат ђачког дома и љетње школе — одлука о ћошку';
export const greekTitle = 'Έγκριση του προϋπολογισμού της Περιφέρειας';

export function fixtureItems(): MinutesItem[] {
  return [
    {
      agendaItemId: randomUUID(),
      number: '1',
      title: 'Potrditev zapisnika prejšnje seje — čšž',
      kind: 'decision',
      isPublic: true,
      rapporteur: 'Špela Žagar',
      outcome: 'adopted',
      resolutionText: 'Zapisnik se potrdi brez pripomb.',
      polls: [
        {
          title: 'Potrditev zapisnika',
          method: 'named',
          status: 'closed',
          annulledReason: null,
          majorityRule: 'simple',
          counts: [
            { label: 'Za', role: 'yes', votes: 7, voters: 7 },
            { label: 'Proti', role: 'no', votes: 1, voters: 1 },
            { label: 'Vzdržan', role: 'abstain', votes: 1, voters: 1 },
          ],
          passed: true,
          named: [
            { name: 'Špela Žagar', option: 'Za' },
            { name: 'Đorđe Ćirić', option: 'Proti' },
          ],
        },
      ],
      decisions: [{ number: '2026/14', title: 'Potrditev zapisnika', text: 'Zapisnik 11. redne seje se potrdi.' }],
      discussion:
        '<h3>Uvod</h3><p>Razpravo je začel <strong>Đorđe Ćirić</strong>, ki je <em>poudaril</em> pomen čšž.</p>' +
        '<ul><li>prva točka</li><li>druga <a href="https://example.org/zapisnik">povezava</a></li></ul><ol><li>ena</li><li>dve</li></ol>' +
        '<blockquote>Citat iz razprave.</blockquote>',
    },
    {
      agendaItemId: randomUUID(),
      number: '2',
      title: cyrillicTitle,
      kind: 'decision',
      isPublic: true,
      rapporteur: 'Љубица Ђурић',
      outcome: 'rejected',
      resolutionText: null,
      polls: [
        {
          title: 'Тајно гласање',
          method: 'secret',
          status: 'closed',
          annulledReason: null,
          majorityRule: 'simple',
          counts: [
            { label: 'За', role: 'yes', votes: 3, voters: 3 },
            { label: 'Против', role: 'no', votes: 6, voters: 6 },
          ],
          passed: false,
          named: null,
        },
        {
          title: 'Прво гласање',
          method: 'hands_totals',
          status: 'annulled',
          annulledReason: 'Грешка при бројању',
          majorityRule: 'simple',
          counts: [],
          passed: false,
          named: null,
        },
      ],
      decisions: [],
      discussion: '<p>Ћирилица: ђ, љ, ћ, џ, њ.</p>',
    },
    {
      agendaItemId: randomUUID(),
      number: '3',
      title: greekTitle,
      kind: 'discussion',
      isPublic: true,
      rapporteur: 'Γιώργος Παπαδόπουλος',
      outcome: 'noted',
      resolutionText: null,
      polls: [],
      decisions: [],
      discussion: '<p>Η συζήτηση για τον προϋπολογισμό.</p>',
    },
  ];
}

export function minutesDocumentFixture(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return {
    minutesId: randomUUID(),
    version: 3,
    audience: 'full',
    body: { id: randomUUID(), name: 'Mestni svet Občine Žalec', shortName: 'MS Žalec' },
    session: {
      id: randomUUID(),
      number: 12,
      kind: 'regular',
      title: null,
      startsAt: '2026-03-03T16:00:00.000Z',
      endsAt: '2026-03-03T19:30:00.000Z',
      closedAt: '2026-03-03T19:35:00.000Z',
      place: 'Velika dvorana, Šlandrov trg 1',
      timeZone: 'Europe/Ljubljana',
    },
    status: 'draft',
    approval: null,
    content: {
      attendance: {
        present: [
          { name: 'Špela Žagar', organization: 'Občina Žalec', role: 'chair' },
          { name: 'Đorđe Ćirić', organization: null, role: 'member' },
        ],
        excused: [{ name: 'Γιώργος Παπαδόπουλος', organization: null, role: 'member' }],
        absent: [{ name: 'Marko Novak', organization: null, role: 'member' }],
        substitutes: [{ name: 'Ana Kovač', organization: null, role: 'member', substituteFor: 'Marko Novak' }],
        guests: [{ name: 'Љубица Ђурић', organization: 'Завод', role: null }],
      },
      agenda: {
        adoptedAt: '2026-03-03T16:10:00.000Z',
        amendments: [{ kind: 'add', text: 'Razno', proposer: 'Đorđe Ćirić', decision: 'accepted' }],
      },
      items: fixtureItems(),
      opening: '<p>Sejo je ob 17.00 odprla predsednica.</p>',
      closing: '<p>Seja je bila zaključena ob 20.30.</p>',
    },
    ...overrides,
  };
}

export const approvedFixture = (overrides: Partial<MinutesDocument> = {}) =>
  minutesDocumentFixture({
    status: 'approved',
    approval: { approvedAt: '2026-04-07T16:30:00.000Z', sessionNumber: 13, sessionKind: 'regular' },
    ...overrides,
  });
