import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const packetCnrOverrides: MessageTree = {
  title: 'Materijal sjednice (PDF)',
  download: 'Preuzmi materijal sjednice (PDF)',
  missing: 'Materijala još nema. Priprema se kada se promijeni dnevni red ili njegov materijal.',
  variant: {
    draft: 'Nacrt za rukovodstvo sjednice: sadrži i zakašnjeli materijal koji još čeka odobrenje predsjedavajućeg, tako označen.',
  },
};
