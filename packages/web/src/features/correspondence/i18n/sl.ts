import type { correspondenceEn } from "./en";

/** Odgovori na korespondenčni seji, slovensko. */
export const correspondenceSl: typeof correspondenceEn = {
  heading: "Odgovori na korespondenčni seji",
  rules:
    "Vsaka točka se zapre ob svojem roku, {{min}} do {{max}} ur po sklicu. Število predlogov članov, ki točko umakne in prenese na naslednjo redno sejo: {{n}}.",
  noItems: "Dnevni red še nima točk.",
  forInformation: "V vednost: o njej se ne glasuje.",
  deadline: "Odgovori do {{when}}.",
  deadlineField: "Rok za »{{title}}«",
  ownDeadline: "Lasten rok: {{when}}.",
  sessionDeadline: "Sledi roku seje: {{when}}.",
  saveDeadline: "Shrani rok",
  followSession: "Sledi roku seje",
  progress: "Glasovalo je {{voted}} od {{electors}} članov.",
  result: {
    adopted: "Sprejeto.",
    rejected: "Zavrnjeno.",
    void: "Neveljavno: odgovorilo je premalo članov.",
    counts: "Za {{for}}, proti {{against}}, vzdržanih {{abstain}}.",
    annulled: "Glasovanje je bilo razveljavljeno: {{reason}}",
  },
  withdrawn: "Umaknjeno na predlog članov ({{n}}).",
  carried: "Je na dnevnem redu naslednje redne seje.",
  carryPending:
    "Uvrščena bo na dnevni red naslednje redne seje, ko bo ta načrtovana.",
  requests: "Predlogi za umik točke: {{n}} od {{threshold}}.",
  requestWithReason: "{{name}}: {{reason}}",
  positions: {
    heading: "Pisna stališča",
    label: "Vaše stališče o »{{title}}«",
    save: "Shrani moje stališče",
    delete: "Izbriši moje stališče",
  },
  conflict: {
    reason: "Vaše nasprotje interesov pri točki »{{title}}«",
    hint: "Prijavite ga pred glasovanjem: potem o točki ne glasujete in ne štejete v večino.",
    declare: "Prijavi nasprotje interesov",
    heading: "Prijavljena nasprotja interesov",
    entry: "{{name}}: {{reason}}",
  },
  withdrawal: {
    reason: "Zakaj naj se »{{title}}« umakne? (neobvezno)",
    ask: "Predlagaj umik točke",
    takeBack: "Prekliči moj predlog za umik",
  },
  options: {
    for: "za",
    against: "proti",
    abstain: "vzdržan",
    choice: "izbiro",
  },
  mine: {
    conflict:
      "Prijavili ste nasprotje interesov ({{reason}}) in o tej točki ne glasujete.",
    heading: "Vaši odgovori",
    voted: "Glasovali ste: {{option}}.",
    notVoted: "Niste še glasovali.",
    position: "Napisali ste stališče.",
    asked: "Predlagali ste umik točke.",
  },
  rulesFields: {
    legend: "Korespondenčne seje",
    minHours: "Najkrajši čas za odgovor (ure)",
    maxHours: "Najdaljši čas za odgovor (ure)",
    threshold: "Število predlogov, ki umakne točko",
    reminders: "Opomniki, ure pred vsakim rokom (ločeno z vejico)",
    remindersHelp:
      "Opomnimo člane, ki niso glasovali niti predlagali umika. Prazno pomeni 24 in 2.",
  },
  rulesSentence:
    "Korespondenčno: {{min}} do {{max}} ur za odgovor; {{threshold}} predlogov umakne točko; opomniki {{reminders}} ur pred vsakim rokom.",
};
