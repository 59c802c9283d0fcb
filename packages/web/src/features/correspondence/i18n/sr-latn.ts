import type { correspondenceEn } from "./en";

/** Odgovori na korespondentskoj sednici, srpski (latinica); ćirilica se dobija preslovljavanjem. */
export const correspondenceSrLatn: typeof correspondenceEn = {
  heading: "Odgovori na korespondentskoj sednici",
  rules:
    "Svaka tačka se zatvara u svom roku, {{min}} do {{max}} sati posle sazivanja. Broj zahteva članova koji povlači tačku i prenosi je na sledeću redovnu sednicu: {{n}}.",
  noItems: "Dnevni red još nema tačaka.",
  forInformation: "Na znanje: o njoj se ne glasa.",
  deadline: "Odgovori do {{when}}.",
  deadlineField: "Rok za „{{title}}”",
  ownDeadline: "Sopstveni rok: {{when}}.",
  sessionDeadline: "Prati rok sednice: {{when}}.",
  saveDeadline: "Sačuvaj rok",
  followSession: "Prati rok sednice",
  progress: "Glasalo je {{voted}} od {{electors}} članova.",
  result: {
    adopted: "Usvojeno.",
    rejected: "Odbijeno.",
    void: "Nevažeće: odgovorilo je premalo članova.",
    counts: "Za {{for}}, protiv {{against}}, uzdržano {{abstain}}.",
    annulled: "Glasanje je poništeno: {{reason}}",
  },
  withdrawn: "Povučeno na zahtev članova ({{n}}).",
  carried: "Nalazi se na dnevnom redu sledeće redovne sednice.",
  carryPending:
    "Biće na dnevnom redu sledeće redovne sednice kada ona bude zakazana.",
  requests: "Zahtevi za povlačenje tačke: {{n}} od {{threshold}}.",
  requestWithReason: "{{name}}: {{reason}}",
  positions: {
    heading: "Pisani stavovi",
    label: "Vaš stav o „{{title}}”",
    save: "Sačuvaj moj stav",
    delete: "Obriši moj stav",
  },
  conflict: {
    reason: "Vaš sukob interesa u vezi sa tačkom „{{title}}”",
    hint: "Prijavite ga pre glasanja: tada ne glasate o tački niti se računate u većinu.",
    declare: "Prijavi sukob interesa",
    heading: "Prijavljeni sukobi interesa",
    entry: "{{name}}: {{reason}}",
  },
  withdrawal: {
    reason: "Zašto da se „{{title}}” povuče? (nije obavezno)",
    ask: "Zatraži povlačenje tačke",
    takeBack: "Povuci moj zahtev za povlačenje",
  },
  options: {
    for: "za",
    against: "protiv",
    abstain: "uzdržan",
    choice: "izbor",
  },
  mine: {
    conflict:
      "Prijavili ste sukob interesa ({{reason}}) i ne glasate o ovoj tački.",
    heading: "Vaši odgovori",
    voted: "Glasali ste: {{option}}.",
    notVoted: "Još niste glasali.",
    position: "Napisali ste stav.",
    asked: "Zatražili ste povlačenje tačke.",
  },
  rulesFields: {
    legend: "Korespondentske sednice",
    minHours: "Najkraće vreme za odgovor (sati)",
    maxHours: "Najduže vreme za odgovor (sati)",
    threshold: "Broj zahteva koji povlači tačku",
    reminders: "Podsetnici, sati pre svakog roka (odvojeno zarezom)",
    remindersHelp:
      "Podsećaju se članovi koji nisu glasali niti zatražili povlačenje. Prazno znači 24 i 2.",
  },
  rulesSentence:
    "Korespondentski: {{min}} do {{max}} sati za odgovor; {{threshold}} zahteva povlači tačku; podsetnici {{reminders}} sati pre svakog roka.",
};
