import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const correspondenceCnrOverrides: MessageTree = {
  heading: 'Odgovori na korespondentskoj sjednici',
  rules: 'Svaka tačka se zatvara u svom roku, {{min}} do {{max}} sati poslije sazivanja. Broj zahtjeva članova koji povlači tačku i prenosi je na sljedeću redovnu sjednicu: {{n}}.',
  sessionDeadline: 'Prati rok sjednice: {{when}}.',
  followSession: 'Prati rok sjednice',
  withdrawn: 'Povučeno na zahtjev članova ({{n}}).',
  carried: 'Nalazi se na dnevnom redu sljedeće redovne sjednice.',
  carryPending: 'Biće na dnevnom redu sljedeće redovne sjednice kada ona bude zakazana.',
  requests: 'Zahtjevi za povlačenje tačke: {{n}} od {{threshold}}.',
  withdrawal: { takeBack: 'Povuci moj zahtjev za povlačenje' },
  conflict: { hint: 'Prijavite ga prije glasanja: tada ne glasate o tački niti se računate u većinu.' },
  rulesFields: { legend: 'Korespondentske sjednice', minHours: 'Najkraće vrijeme za odgovor (sati)', maxHours: 'Najduže vrijeme za odgovor (sati)', threshold: 'Broj zahtjeva koji povlači tačku', reminders: 'Podsjetnici, sati prije svakog roka (odvojeno zarezom)', remindersHelp: 'Podsjećaju se članovi koji nisu glasali niti zatražili povlačenje. Prazno znači 24 i 2.' },
  rulesSentence: 'Korespondentski: {{min}} do {{max}} sati za odgovor; {{threshold}} zahtjeva povlači tačku; podsjetnici {{reminders}} sati prije svakog roka.',
};
