import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const minutesCnrOverrides: MessageTree = {
  backToSession: 'Nazad na sjednicu',
  link: { intro: 'Zapisnik bilježi prisustvo, dnevni red, ishod, glasanja i odluke svake tačke i sažetak rasprave.' },
  none: { notClosed: 'Nacrt zapisnika se sastavlja kada se sjednica zatvori.', build: 'Sastavi nacrt iz zabilježenog' },
  status: {
    submittedDetail: 'Usvajanje je na dnevnom redu sjednice {{number}}.',
    approvedDetail: 'Usvojen {{date}} na sjednici {{number}} (verzija {{version}}).',
    locked: 'Usvojeni zapisnik je zaključan. Izmjena je moguća samo kao ispravka koja se ponovo usvaja.',
  },
  approval: {
    intro: 'Zapisnik usvaja neka kasnija sjednica: na njen dnevni red se stavlja tačka „Usvajanje zapisnika”, ili o njemu glasa sjednica putem korespondencije.',
    session: 'Sjednica koja usvaja zapisnik',
    sessionHint: 'Kasnija sjednica tijela ili sjednica putem korespondencije u pripremi.',
    noLaterSession: 'Tijelo nema kasniju sjednicu u pripremi. Najprije je zakažite, pa se vratite ovdje.',
    onAgenda: 'Usvajanje zapisnika je na dnevnom redu sjednice {{number}}.',
    openSession: 'Otvori tu sjednicu',
    correctionIntro: 'Da biste izmijenili usvojeni zapisnik, otvorite ispravku: novu verziju koja se usvaja na isti način.',
  },
  facts: {
    heading: 'Zabilježeno na sjednici',
    intro: 'Ove činjenice su preuzete sa sjednice kada je nacrt sastavljen i ovdje se ne mogu mijenjati.',
    substitutes: 'Zamjenici',
    substituteFor: '{{person}}, umjesto {{absent}}',
    notAdopted: 'Usvajanje dnevnog reda nije zabilježeno.',
  },
  item: { rapporteur: 'Izvjestilac', noOutcome: 'Ishod nije zabilježen' },
  editor: {
    lockedNote: 'Zapisnik je usvojen, pa se njegov tekst više ne može mijenjati.',
    submittedNote: 'Zapisnik je podnet na usvajanje, pa je njegov tekst zaključan. Da biste ga izmijenili, najprije skinite usvajanje sa dnevnog reda.',
    noteHint: 'Šta je promijenjeno, u nekoliko riječi (nije obavezno).',
  },
  merge: { intro: 'Dok ste pisali, sačuvana je verzija {{version}} koja mijenja iste djelove kao vi ({{parts}}). Za svaki dio uzmite njihov ili svoj tekst, ili uredite spojeni tekst; zatim sačuvajte.', unsettled: 'Najprije razriješite svaki dio u sukobu: uzmite jednu stranu ili uredite spojeni tekst.' },
  compare: { counts: 'Dodate riječi: {{inserted}}; uklonjene riječi: {{deleted}}.', heading: 'Uporedi dvije verzije', noChange: 'Dvije verzije imaju isti tekst.' },
  comments: { general: 'Zapisnik u cjelini' },
  public: {
    body: 'Tijelo',
    held: 'Datum i vrijeme',
    place: 'Mjesto',
    approved: 'Usvojen {{date}} na sjednici {{number}}.',
  },
};
