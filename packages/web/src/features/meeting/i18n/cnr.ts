import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const meetingCnrOverrides: MessageTree = {
  title: 'Sala za sjednicu: {{name}}',
  open: 'Otvori salu za sjednicu',
  backToSession: 'Nazad na sjednicu',
  notInProgress: 'Sjednica se vodi dok je u toku. Ova sjednica je: {{status}}.',
  live: { signedOut: 'Odjavljeni ste, pa se stranica više ne osvježava. Ponovo se prijavite.' },
  agenda: {
    next: 'Sljedeća tačka',
    movedOn: 'Sjednica je prešla na drugu tačku.',
  },
  amendments: {
    none: 'Nema zabilježenih predloga izmjena.',
    heading: 'Predlozi izmjena dnevnog reda',
    add: 'Zabilježi predlog izmjene',
    kind: 'Vrsta izmjene',
    save: 'Zabilježi predlog',
    recorded: 'Predlog izmjene je zabilježen.',
  },
  outcomes: {
    adopted_with_amendments: 'Usvojeno sa izmjenama',
    record: 'Zabilježi ishod',
    recorded: 'Ishod je zabilježen: {{outcome}}.',
  },
  speakers: {
    over: 'Vrijeme je isteklo: {{time}} preko',
    up: 'Pomjeri naviše',
    reordered: 'Redosljed govornika je promijenjen.',
    limit: 'Vrijeme za izlaganje (sekunde)',
    setLimit: 'Postavi vrijeme za izlaganje',
    limitSaved: 'Vrijeme za izlaganje je postavljeno.',
  },
};
