import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const decisionsCnrOverrides: MessageTree = {
  numberFormat: {
    hint: 'Tekst sa {{body}} (skraćeni naziv), {{year}} (godina), {{session}} (sjednica), {{item}} (tačka dnevnog reda) i {{n}} (redni broj u godini). Prazno: {{default}}.',
  },
  columns: { session: 'Sjednica' },
  session: '{{number}}. sjednica',
  filters: { sort: 'Redosljed' },
  detail: {
    session: '{{number}}. sjednica, {{body}}',
    conflict: 'Neko je izmijenio ovu odluku otkako ste je otvorili. Učitajte trenutnu verziju i ponovo unesite izmjenu.',
  },
  reports: {
    heading: 'Izvještaji o napretku',
    none: 'O napretku još nije izvješteno.',
    statusSet: 'Status promijenjen u: {{status}}',
    formHeading: 'Izvijesti o napretku',
    keepStatus: 'Ostavi nepromijenjeno',
    submit: 'Pošalji izvještaj',
    sent: 'Vaš izvještaj je sačuvan.',
  },
  rules: {
    reminderDays: 'Podsjetnik na rokove odluka (dana ranije)',
    reminderDaysHint: 'Prazno: 7. Podsjetnik dobijaju odgovorni i sekretar, a poslije isteka roka ponovo, dok odluka kasni.',
    implementationReport: 'Na dnevni red svake nove redovne sjednice stavi izvještaj o izvršenju odluka',
    remindersSentence: 'Podsjetnici na rokove odluka šalju se {{days}} dana ranije.',
    implementationSentence: 'Svaka nova redovna sjednica dobija na dnevni red izvještaj o izvršenju odluka.',
  },
};
