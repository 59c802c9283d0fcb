import type { packetEn } from './en';

/** Materijal sednice, srpski (latinica); ćirilica se dobija transliteracijom. */
export const packetSrLatn: typeof packetEn = {
  title: 'Materijal sednice (PDF)',
  download: 'Preuzmi materijal sednice (PDF)',
  built: 'Pripremljeno {{when}} · strana: {{pages}} · {{size}}',
  building: 'Materijal se priprema. Stranica ga prikazuje čim bude spreman.',
  missing: 'Materijala još nema. Priprema se kada se promeni dnevni red ili njegov materijal.',
  failed: 'Materijal nije mogao da se pripremi.',
  rebuild: 'Ponovo pripremi materijal',
  variant: {
    public: 'Materijal javnih tačaka: zatvorene tačke su navedene samo brojem.',
    draft: 'Nacrt za rukovodstvo sednice: sadrži i zakasneli materijal koji još čeka odobrenje predsedavajućeg, tako označen.',
  },
};
