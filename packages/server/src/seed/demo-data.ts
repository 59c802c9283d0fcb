import type { BodyKind, BodyRules, OrganizationKind } from '@collegium/shared/contracts/directory';
import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import type { BodyRole, InstallationRole } from '@collegium/shared/domain/roles';

/**
 * The demo installation: invented administrations and FICTIONAL people. Any likeness of a name to a real
 * person is a coincidence. Every e-mail address lives under the reserved `.example` domain.
 */

/** The one password of every demo account, printed when the demo is loaded. */
export const DEMO_PASSWORD = 'collegium-demo';

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  shortName?: string;
  slug: string;
  parent?: string;
  email?: string;
  phone?: string;
  website?: string;
  address?: string;
}

export interface DemoPerson {
  key: string;
  givenName: string;
  familyName: string;
  title?: string;
  organization: string;
  email: string;
  phone?: string;
  account?: { role: InstallationRole; locale: SupportedLocale; shows: string };
}

export interface DemoBody {
  key: string;
  organization: string;
  parent?: string;
  kind: BodyKind;
  name: string;
  shortName?: string;
  slug: string;
  isPublic: boolean;
  description: string;
  rules: BodyRules;
}

export interface DemoMembership {
  body: string;
  person: string;
  role: BodyRole;
  represents?: string;
  /** the key of the body's representation slot this membership fills for `represents` */
  slot?: string;
  substitute?: string;
  votingRight?: boolean;
  /** started this many months ago (on the first of that month) */
  fromMonthsAgo: number;
  /** ended on the last day before this many months ago */
  untilMonthsAgo?: number;
}

const councilRules: BodyRules = {
  quorumRule: 'majority_of_members',
  majorityRule: 'simple',
  substitutesMayVote: true,
  guestsMaySpeak: true,
  materialsDeadlineDays: 7,
};
const groupRules: BodyRules = { ...councilRules, substitutesMayVote: false, materialsDeadlineDays: 3 };

export const demoOrganizations: DemoOrganization[] = [
  // National administration (Slovenian)
  { key: 'mdu', kind: 'ministry', name: 'Ministrstvo za digitalno upravo', shortName: 'MDU', slug: 'ministrstvo-za-digitalno-upravo', email: 'glavna.pisarna@mdu.gov.example', phone: '+386 1 555 0100', website: 'https://mdu.gov.example', address: 'Cesta e-uprave 1, 1000 Ljubljana' },
  { key: 'mfp', kind: 'ministry', name: 'Ministrstvo za finance in proračun', shortName: 'MFP', slug: 'ministrstvo-za-finance-in-proracun', email: 'glavna.pisarna@mfp.gov.example', phone: '+386 1 555 0200', website: 'https://mfp.gov.example' },
  { key: 'mnj', kind: 'ministry', name: 'Ministrstvo za notranje zadeve in javno upravo', shortName: 'MNJ', slug: 'ministrstvo-za-notranje-zadeve-in-javno-upravo', email: 'glavna.pisarna@mnj.gov.example', phone: '+386 1 555 0300', website: 'https://mnj.gov.example' },
  { key: 'mzs', kind: 'ministry', name: 'Ministrstvo za zdravje in socialne zadeve', shortName: 'MZS', slug: 'ministrstvo-za-zdravje-in-socialne-zadeve', email: 'glavna.pisarna@mzs.gov.example', phone: '+386 1 555 0400' },
  { key: 'usr', kind: 'government_office', name: 'Urad za statistiko in registre', shortName: 'USR', slug: 'urad-za-statistiko-in-registre', email: 'info@usr.gov.example', phone: '+386 1 555 0500' },
  { key: 'uiv', kind: 'government_office', name: 'Uprava za informacijsko varnost', shortName: 'UIV', slug: 'uprava-za-informacijsko-varnost', email: 'info@uiv.gov.example', phone: '+386 1 555 0600', parent: 'mdu' },
  { key: 'iis', kind: 'public_institution', name: 'Inštitut za informacijske sisteme', shortName: 'IIS', slug: 'institut-za-informacijske-sisteme', website: 'https://iis.example' },
  // Network of municipalities (Serbian Latin and Cyrillic, Montenegrin)
  { key: 'soeu', kind: 'association', name: 'Savez opština za elektronsku upravu', shortName: 'SOEU', slug: 'savez-opstina-za-elektronsku-upravu', email: 'sekretarijat@soeu.example', phone: '+381 11 555 0700', website: 'https://soeu.example' },
  { key: 'brezovac', kind: 'municipality', name: 'Opština Brezovac', slug: 'opstina-brezovac', parent: 'soeu', email: 'pisarnica@brezovac.example', phone: '+381 11 555 0801' },
  { key: 'zlatni-breg', kind: 'municipality', name: 'Opština Zlatni Breg', slug: 'opstina-zlatni-breg', parent: 'soeu', email: 'pisarnica@zlatnibreg.example', phone: '+381 11 555 0802' },
  { key: 'ravniste', kind: 'municipality', name: 'Grad Ravnište', slug: 'grad-ravniste', parent: 'soeu', email: 'pisarnica@ravniste.example', phone: '+381 11 555 0803' },
  { key: 'javornik', kind: 'municipality', name: 'Општина Јаворник', slug: 'opstina-javornik', parent: 'soeu', email: 'pisarnica@javornik.example', phone: '+381 11 555 0804' },
  { key: 'srebrni-potok', kind: 'municipality', name: 'Општина Сребрни Поток', slug: 'opstina-srebrni-potok', parent: 'soeu', email: 'pisarnica@srebrnipotok.example', phone: '+381 11 555 0805' },
  { key: 'krstac', kind: 'municipality', name: 'Opština Krstac', slug: 'opstina-krstac', parent: 'soeu', email: 'kabinet@krstac.example', phone: '+382 20 555 0806' },
  { key: 'stijena', kind: 'municipality', name: 'Opština Stijena', slug: 'opstina-stijena', parent: 'soeu', email: 'kabinet@stijena.example', phone: '+382 20 555 0807' },
  { key: 'bijeli-vir', kind: 'municipality', name: 'Opština Bijeli Vir', slug: 'opstina-bijeli-vir', parent: 'soeu', email: 'kabinet@bijelivir.example', phone: '+382 20 555 0808' },
  // Regional administration (Greek)
  { key: 'pva', kind: 'region', name: 'Περιφέρεια Βόρειας Ακτής', shortName: 'ΠΒΑ', slug: 'perifereia-voreias-aktis', email: 'grammateia@pva.gov.example', phone: '+30 2310 555 900', website: 'https://pva.gov.example' },
  { key: 'elaionas', kind: 'municipality', name: 'Δήμος Ελαιώνα', slug: 'dimos-elaiona', parent: 'pva', email: 'info@elaionas.example', phone: '+30 2310 555 901' },
];

const who = (key: string, givenName: string, familyName: string, organization: string, email: string, extra: Partial<DemoPerson> = {}): DemoPerson => ({
  key, givenName, familyName, organization, email, ...extra,
});

/** The network's representation slots; each member municipality names one person for each. */
export const networkSlots = [
  { key: 'general-administration', label: 'General administration' },
  { key: 'ict-portal-administrator', label: 'ICT — portal administrator' },
] as const;

/** Slot fillings the demo leaves open, so the network's page shows unfilled slots. */
const vacancies = {
  /** Stijena has not named its portal administrator yet */
  notNamed: ['tamara'],
  /** Bijeli Vir's portal administrator left three months ago */
  left: ['stefan'],
};

export const demoPeople: DemoPerson[] = [
  // Svet za informatiko
  who('mojca', 'Mojca', 'Zupanec', 'mdu', 'mojca.zupanec@mdu.gov.example', { title: 'državna sekretarka', phone: '+386 1 555 0111', account: { role: 'user', locale: 'sl', shows: 'chair of Svet za informatiko' } }),
  who('andrej', 'Andrej', 'Pavlin', 'mnj', 'andrej.pavlin@mnj.gov.example', { title: 'generalni direktor za informatiko', phone: '+386 1 555 0311', account: { role: 'user', locale: 'sl', shows: 'deputy chair of Svet za informatiko, coordinator of its coordination group (votes)' } }),
  who('tadej', 'Tadej', 'Vidmar', 'mdu', 'tadej.vidmar@mdu.gov.example', { title: 'sekretar sveta', phone: '+386 1 555 0112', account: { role: 'user', locale: 'sl', shows: 'secretary of Svet za informatiko and of its coordination group' } }),
  who('petra', 'Petra', 'Golob', 'mfp', 'petra.golob@mfp.gov.example', { title: 'vodja sektorja za informatiko', phone: '+386 1 555 0211', account: { role: 'user', locale: 'sl', shows: 'member of Svet za informatiko and of working group 3' } }),
  who('urska', 'Urška', 'Mlakar', 'mfp', 'urska.mlakar@mfp.gov.example', { phone: '+386 1 555 0212' }),
  who('bostjan', 'Boštjan', 'Kos', 'mfp', 'bostjan.kos@mfp.gov.example'),
  who('gregor', 'Gregor', 'Kranjc', 'mnj', 'gregor.kranjc@mnj.gov.example', { title: 'vodja službe za skupne storitve', phone: '+386 1 555 0312', account: { role: 'user', locale: 'sl', shows: 'member of Svet za informatiko, responsible for some of its decisions' } }),
  who('maja', 'Maja', 'Oblak', 'mnj', 'maja.oblak@mnj.gov.example'),
  who('simona', 'Simona', 'Jerič', 'mzs', 'simona.jeric@mzs.gov.example', { title: 'direktorica urada za e-zdravje', phone: '+386 1 555 0411', account: { role: 'user', locale: 'sl', shows: 'member of Svet za informatiko (votes)' } }),
  who('rok', 'Rok', 'Hribar', 'usr', 'rok.hribar@usr.gov.example', { title: 'vodja registrov', phone: '+386 1 555 0511', account: { role: 'user', locale: 'sl', shows: 'member of Svet za informatiko (votes)' } }),
  who('luka', 'Luka', 'Zorman', 'uiv', 'luka.zorman@uiv.gov.example', { title: 'svetovalec za kibernetsko varnost' }),
  who('ana', 'Ana', 'Lesjak', 'iis', 'ana.lesjak@iis.example', { title: 'dr., raziskovalka' }),
  who('nina', 'Nina', 'Kralj', 'mdu', 'nina.kralj@mdu.gov.example', { title: 'svetovalka za informatiko', phone: '+386 1 555 0113', account: { role: 'staff', locale: 'sl', shows: 'staff: sees every body' } }),
  who('jure', 'Jure', 'Kovačič', 'mdu', 'jure.kovacic@mdu.gov.example'),
  who('tina', 'Tina', 'Rozman', 'mnj', 'tina.rozman@mnj.gov.example'),
  who('matej', 'Matej', 'Bizjak', 'usr', 'matej.bizjak@usr.gov.example'),
  who('ales', 'Aleš', 'Žagar', 'mfp', 'ales.zagar@mfp.gov.example'),
  who('katja', 'Katja', 'Pirc', 'uiv', 'katja.pirc@uiv.gov.example'),
  // Mreža opština za elektronsku upravu
  who('jelena', 'Jelena', 'Petrović', 'soeu', 'jelena.petrovic@soeu.example', { title: 'sekretarka mreže', phone: '+381 11 555 0711', account: { role: 'user', locale: 'sr-Latn', shows: 'secretary of the network of municipalities' } }),
  ...municipalityRepresentatives().map(({ slot: _slot, ...person }) => person),
  // Περιφερειακή Ομάδα Ηλεκτρονικής Διακυβέρνησης
  who('eleni', 'Ελένη', 'Παπαδοπούλου', 'pva', 'eleni.papadopoulou@pva.gov.example', { title: 'Προϊσταμένη Διεύθυνσης Ψηφιακής Διακυβέρνησης', phone: '+30 2310 555 911', account: { role: 'user', locale: 'el', shows: 'chair of the regional e-governance team' } }),
  who('nikos', 'Νίκος', 'Αλεξίου', 'pva', 'nikos.alexiou@pva.gov.example', { title: 'Γραμματέας ομάδας' }),
  who('maria', 'Μαρία', 'Γεωργίου', 'pva', 'maria.georgiou@pva.gov.example'),
  who('giorgos', 'Γιώργος', 'Κωνσταντίνου', 'elaionas', 'giorgos.konstantinou@elaionas.example'),
  who('katerina', 'Κατερίνα', 'Δημητρίου', 'pva', 'katerina.dimitriou@pva.gov.example'),
  who('spyros', 'Σπύρος', 'Νικολάου', 'pva', 'spyros.nikolaou@pva.gov.example'),
];

/** Two representatives per municipality: one for each slot of the network (general administration, ICT). */
function municipalityRepresentatives(): (DemoPerson & { slot: string })[] {
  /** [organisation, mail domain, general administration, ICT]; a person is [key, given, family, family in ASCII] */
  type Who = [string, string, string, string];
  const rows: [string, string, Who, Who][] = [
    ['brezovac', 'brezovac.example', ['milan', 'Milan', 'Nikolić', 'nikolic'], ['ivana', 'Ivana', 'Marković', 'markovic']],
    ['zlatni-breg', 'zlatnibreg.example', ['dejan', 'Dejan', 'Ilić', 'ilic'], ['sanja', 'Sanja', 'Pavlović', 'pavlovic']],
    ['ravniste', 'ravniste.example', ['nenad', 'Nenad', 'Stanković', 'stankovic'], ['marija', 'Marija', 'Đorđević', 'djordjevic']],
    ['javornik', 'javornik.example', ['zoran', 'Зоран', 'Милошевић', 'milosevic'], ['dragan', 'Драган', 'Стојановић', 'stojanovic']],
    ['srebrni-potok', 'srebrnipotok.example', ['jovana', 'Јована', 'Томић', 'tomic'], ['milos', 'Милош', 'Лазић', 'lazic']],
    ['krstac', 'krstac.example', ['vesna', 'Vesna', 'Bulatović', 'bulatovic'], ['marko', 'Marko', 'Vujović', 'vujovic']],
    ['stijena', 'stijena.example', ['nikola', 'Nikola', 'Popović', 'popovic'], ['tamara', 'Tamara', 'Šćekić', 'scekic']],
    ['bijeli-vir', 'bijelivir.example', ['dragana', 'Dragana', 'Perović', 'perovic'], ['stefan', 'Stefan', 'Kaluđerović', 'kaludjerovic']],
  ];
  const accounts: Record<string, DemoPerson['account']> = {
    vesna: { role: 'user', locale: 'cnr', shows: 'chair of the network of municipalities' },
    dragan: { role: 'user', locale: 'sr-Cyrl', shows: 'member of the network of municipalities (ICT, Општина Јаворник)' },
  };
  return rows.flatMap(([organization, domain, general, ict]) =>
    [
      { who: general, slot: networkSlots[0].key },
      { who: ict, slot: networkSlots[1].key },
    ].map(({ who: [key, givenName, familyName, asciiFamily], slot }) => {
      const account = accounts[key];
      return {
        key,
        givenName,
        familyName,
        slot,
        organization,
        email: `${key}.${asciiFamily}@${domain}`,
        ...(account ? { account } : {}),
      };
    }),
  );
}

export const demoBodies: DemoBody[] = [
  { key: 'council', organization: 'mdu', kind: 'council', name: 'Svet za informatiko', shortName: 'SI', slug: 'svet-za-informatiko', isPublic: true, description: 'Strokovno posvetovalno telo vlade za razvoj informatike in digitalnih storitev v javni upravi.', rules: councilRules },
  { key: 'coordination', organization: 'mdu', parent: 'council', kind: 'coordination_group', name: 'Koordinacijska skupina Sveta za informatiko', shortName: 'KS SI', slug: 'koordinacijska-skupina-si', isPublic: false, description: 'Usklajuje delo delovnih skupin in pripravlja seje sveta.', rules: groupRules },
  { key: 'wg-services', organization: 'mdu', parent: 'council', kind: 'working_group', name: 'Delovna skupina za digitalne storitve', shortName: 'DS 1', slug: 'ds-digitalne-storitve', isPublic: true, description: 'Storitve za državljane in podjetja: e-obrazci, dostopnost, enotni portal.', rules: groupRules },
  { key: 'wg-infrastructure', organization: 'mdu', parent: 'council', kind: 'working_group', name: 'Delovna skupina za skupno infrastrukturo', shortName: 'DS 2', slug: 'ds-skupna-infrastruktura', isPublic: false, description: 'Državni oblak, omrežje in varnost skupnih sistemov.', rules: groupRules },
  { key: 'wg-data', organization: 'mdu', parent: 'council', kind: 'working_group', name: 'Delovna skupina za podatke in interoperabilnost', shortName: 'DS 3', slug: 'ds-podatki-interoperabilnost', isPublic: true, description: 'Temeljni registri, odprti podatki in izmenjava podatkov med organi.', rules: groupRules },
  { key: 'sg-forms', organization: 'mdu', parent: 'wg-services', kind: 'sub_group', name: 'Podskupina za e-obrazce', slug: 'podskupina-e-obrazci', isPublic: false, description: 'Enotni gradniki in pravila za spletne obrazce.', rules: { ...groupRules, quorumRule: 'none', majorityRule: 'consensus' } },
  { key: 'sg-accessibility', organization: 'mdu', parent: 'wg-services', kind: 'sub_group', name: 'Podskupina za dostopnost spletišč', slug: 'podskupina-dostopnost', isPublic: false, description: 'Spremljanje dostopnosti spletišč in mobilnih aplikacij.', rules: { ...groupRules, quorumRule: 'none', majorityRule: 'consensus' } },
  { key: 'sg-cloud', organization: 'mdu', parent: 'wg-infrastructure', kind: 'sub_group', name: 'Podskupina za državni oblak', slug: 'podskupina-drzavni-oblak', isPublic: false, description: 'Selitev sistemov v državni oblak.', rules: { ...groupRules, quorumRule: 'none', majorityRule: 'consensus' } },
  { key: 'network', organization: 'soeu', kind: 'network', name: 'Mreža opština za elektronsku upravu', shortName: 'Mreža e-uprava', slug: 'mreza-opstina-e-uprava', isPublic: true, description: 'Razmena iskustava opština u razvoju elektronskih usluga i opštinskih portala.', rules: { ...councilRules, materialsDeadlineDays: 5 } },
  { key: 'team', organization: 'pva', kind: 'team', name: 'Περιφερειακή Ομάδα Ηλεκτρονικής Διακυβέρνησης', shortName: 'ΠΟΗΔ', slug: 'omada-ilektronikis-diakyvernisis', isPublic: false, description: 'Εβδομαδιαίος συντονισμός των έργων ηλεκτρονικής διακυβέρνησης της Περιφέρειας.', rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', substitutesMayVote: false, guestsMaySpeak: true, materialsDeadlineDays: 1, meetingPattern: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10', timeZone: 'Europe/Athens' } },
];

const m = (body: string, person: string, role: BodyRole, extra: Partial<DemoMembership> = {}): DemoMembership => ({
  body, person, role, fromMonthsAgo: 20, ...extra,
});

export const demoMemberships: DemoMembership[] = [
  // Svet za informatiko
  m('council', 'mojca', 'chair', { represents: 'mdu' }),
  m('council', 'andrej', 'deputy_chair', { represents: 'mnj' }),
  m('council', 'tadej', 'secretary', { represents: 'mdu', votingRight: false }),
  m('council', 'bostjan', 'member', { represents: 'mfp', fromMonthsAgo: 30, untilMonthsAgo: 8 }),
  m('council', 'petra', 'member', { represents: 'mfp', substitute: 'urska', fromMonthsAgo: 8 }),
  m('council', 'gregor', 'member', { represents: 'mnj', substitute: 'maja' }),
  m('council', 'simona', 'member', { represents: 'mzs' }),
  m('council', 'rok', 'member', { represents: 'usr' }),
  m('council', 'luka', 'observer', { represents: 'uiv', votingRight: false }),
  m('council', 'ana', 'guest', { represents: 'iis', votingRight: false, fromMonthsAgo: 3 }),
  // Coordination group: the deputy chair coordinates the leaders of the working groups
  m('coordination', 'andrej', 'coordinator', { represents: 'mnj' }),
  m('coordination', 'tadej', 'secretary', { represents: 'mdu', votingRight: false }),
  m('coordination', 'simona', 'member', { represents: 'mzs' }),
  m('coordination', 'gregor', 'member', { represents: 'mnj' }),
  m('coordination', 'rok', 'member', { represents: 'usr' }),
  // Working groups
  m('wg-services', 'simona', 'chair', { represents: 'mzs' }),
  m('wg-services', 'nina', 'secretary', { represents: 'mdu', votingRight: false }),
  m('wg-services', 'jure', 'member', { represents: 'mdu' }),
  m('wg-services', 'tina', 'member', { represents: 'mnj' }),
  m('wg-services', 'matej', 'member', { represents: 'usr' }),
  m('wg-infrastructure', 'gregor', 'chair', { represents: 'mnj', substitute: 'maja' }),
  m('wg-infrastructure', 'jure', 'secretary', { represents: 'mdu', votingRight: false }),
  m('wg-infrastructure', 'ales', 'member', { represents: 'mfp' }),
  m('wg-infrastructure', 'katja', 'member', { represents: 'uiv' }),
  m('wg-data', 'rok', 'chair', { represents: 'usr' }),
  m('wg-data', 'nina', 'secretary', { represents: 'mdu', votingRight: false }),
  m('wg-data', 'petra', 'member', { represents: 'mfp', substitute: 'urska' }),
  m('wg-data', 'tina', 'member', { represents: 'mnj' }),
  m('wg-data', 'matej', 'member', { represents: 'usr' }),
  m('wg-data', 'luka', 'observer', { represents: 'uiv', votingRight: false }),
  // Sub-groups
  m('sg-forms', 'tina', 'coordinator', { represents: 'mnj' }),
  m('sg-forms', 'jure', 'member', { represents: 'mdu' }),
  m('sg-forms', 'matej', 'member', { represents: 'usr' }),
  m('sg-accessibility', 'matej', 'coordinator', { represents: 'usr' }),
  m('sg-accessibility', 'tina', 'member', { represents: 'mnj' }),
  m('sg-accessibility', 'ana', 'guest', { represents: 'iis', votingRight: false, fromMonthsAgo: 3 }),
  m('sg-cloud', 'ales', 'coordinator', { represents: 'mfp' }),
  m('sg-cloud', 'katja', 'member', { represents: 'uiv' }),
  m('sg-cloud', 'jure', 'member', { represents: 'mdu' }),
  // Network of municipalities: the association's secretary and a representative of each municipality in each
  // of the network's slots, but for the vacancies
  m('network', 'jelena', 'secretary', { represents: 'soeu', votingRight: false }),
  ...municipalityRepresentatives()
    .filter((person) => !vacancies.notNamed.includes(person.key))
    .map((person) =>
      m('network', person.key, person.key === 'vesna' ? 'chair' : person.key === 'milan' ? 'deputy_chair' : 'member', {
        represents: person.organization,
        slot: person.slot,
        ...(vacancies.left.includes(person.key) ? { untilMonthsAgo: 3 } : {}),
      }),
    ),
  // Regional e-governance team, meeting every Tuesday at 10:00
  m('team', 'eleni', 'chair', { represents: 'pva' }),
  m('team', 'nikos', 'secretary', { represents: 'pva', votingRight: false }),
  m('team', 'maria', 'member', { represents: 'pva' }),
  m('team', 'giorgos', 'member', { represents: 'elaionas' }),
  m('team', 'katerina', 'member', { represents: 'pva', substitute: 'spyros' }),
  m('team', 'ivana', 'guest', { represents: 'brezovac', votingRight: false, fromMonthsAgo: 2 }),
];

/** The member organisations of bodies: every municipality of the association belongs to its network. */
export const demoMemberOrganizations: { body: string; organization: string; fromMonthsAgo: number }[] = demoOrganizations
  .filter((o) => o.parent === 'soeu')
  .map((o) => ({ body: 'network', organization: o.key, fromMonthsAgo: 24 }));

/** The representation slots of bodies, in order. */
export const demoSlots: { body: string; key: string; label: string }[] = networkSlots.map((slot) => ({ body: 'network', ...slot }));
