import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const materialsCnrOverrides: MessageTree = {
  deadlinePassed: 'Rok je istekao: nove tačke i materijal kasne i potrebno im je odobrenje predsjednika.',
  awaiting: 'Čeka odobrenje predsjednika',
  refused: 'Predsjednik je odbio',
  removeText: 'Dokument ostaje kod tijela; uklanja se samo iz materijala ove tačke.',
  search: 'Pretraga dokumenata tijela po naslovu',
  documents: {
    uploaded: 'Posljednja verzija',
  },
};
