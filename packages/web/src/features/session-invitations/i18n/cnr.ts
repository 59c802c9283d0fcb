import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const invitationsCnrOverrides: MessageTree = {
  mine: {
    role: { substitute: 'Pozvani ste kao zamjenik.' },
    closed: 'Za ovu sjednicu odgovori se više ne primaju.',
  },
  answer: {
    substitute: 'Šaljem zamjenika: {{name}}',
    noSubstitute: 'U vašem članstvu nije određen zamjenik, pa ga ne možete poslati.',
  },
  answers: { substitute: 'Šalje zamjenika' },
  roles: { substitute: 'Zamjenik' },
  list: {
    intro: 'Pozivi su poslati pri sazivanju; poštom se šalju i izmjene, otkazivanje i podsjetnici.',
    introDraft: 'Pozivi se šalju pri sazivanju sjednice: članovima, njihovim zamjenicima i gostima dodatim ovdje.',
    none: 'Još niko nije pozvan: članovi se pozivaju pri sazivanju sjednice.',
    summary: 'Prisustvuje: {{attend}}, opravdano ili šalje zamjenika: {{excused}}, bez odgovora: {{open}}.',
  },
  guest: { hint: 'Upišite dio imena za pretragu imenika.' },
  page: { toSession: 'Otvori sjednicu i materijale (potrebna je prijava)' },
};
