import type { MessageTree } from '../transliterate';

/**
 * Montenegrin (Latin script, ijekavian): only what differs from Serbian Latin, which supplies the rest
 * (merged in ../resources.ts), so a string shared by both is translated once.
 */
export const cnrOverrides: MessageTree = {
  app: {
    tagline: 'Sjednice, odluke i dokumenti javnih organa',
  },
  common: {
    copyFailed: 'Kopiranje nije uspjelo. Označite tekst i kopirajte ga sami.',
    previous: 'Prethodna stranica',
    next: 'Sljedeća stranica',
    pagination: 'Stranice',
    networkError: 'Server nije dostupan. Provjerite vezu i pokušajte ponovo.',
  },
  signIn: {
    totpSubmit: 'Provjeri kod',
    errors: {
      oidc_failed: 'Prijava preko dobavljača identiteta nije uspjela. Pokušajte ponovo.',
      unknown: 'Prijava nije uspjela. Pokušajte ponovo.',
    },
  },
  forgotPassword: {
    title: 'Promjena zaboravljene lozinke',
    sent: 'Ako postoji nalog za {{email}}, poruka sa vezom je na putu. Veza važi ograničeno vrijeme.',
  },
  resetPassword: {
    done: 'Vaša lozinka je promijenjena. Sada se možete prijaviti njome.',
  },
  home: {
    intro: 'Ovo je vaš radni prostor u sistemu Collegium. Evo što vam ova instalacija danas nudi.',
    directoryText: 'Savjeti, radne grupe i druga tijela, njihovi članovi i organizacije iz kojih dolaze.',
    auditText: 'Zapis svake promjene u ovoj instalaciji.',
    security: 'Bezbjednost naloga',
  },
  profile: {
    emailHint: 'Ako adresu e-pošte treba promijeniti, obratite se administratoru.',
    saved: 'Vaše izmjene su sačuvane.',
    changePassword: 'Promijeni lozinku',
    passwordChanged: 'Vaša lozinka je promijenjena.',
    signOutEverywhereTitle: 'Prijavljeni pretraživači i uređaji',
    signOutEverywhereText: 'Ako ste se prijavili na uređaju koji više ne koristite ili mu ne vjerujete, odjavite se svuda. Poslije toga ćete se ponovo prijaviti i ovdje.',
    signOutEverywhereConfirm: 'Odjaviti se sa svih pretraživača i uređaja, uključujući i ovaj?',
  },
  totp: {
    manual: 'Ne možete da skenirate kod? Umjesto toga unesite ovaj ključ u aplikaciju:',
  },
  tokens: {
    nameHint: 'Na primjer, naziv skripte ili sistema koji ga koristi.',
    colLastUsed: 'Posljednja upotreba',
  },
  enrolTotp: {
    intro: 'Kao administrator morate da zaštitite nalog prijavom u dva koraka prije nego što nastavite.',
  },
  users: {
    colLastSignIn: 'Posljednja prijava',
    edit: 'Izmijeni',
    editLabel: 'Izmijeni: {{name}}',
    editTitle: 'Izmjena: {{name}}',
    saved: 'Izmjene za korisnika {{name}} su sačuvane.',
    lockedUntil: 'Zaključan poslije neuspjelih prijava do {{time}}.',
  },
  audit: {
    intro: 'Svaka promjena u ovoj instalaciji, najnovije prvo.',
    none: 'Još nije zabilježen nijedan događaj.',
    colTime: 'Vrijeme',
  },
  directory: {
    bodiesTitle: 'Tijela',
    bodiesIntro: 'Savjeti, koordinacione grupe, radne grupe i njihove podgrupe. Otvorite tijelo da vidite njegove zadatke, pravila i članove.',
    organizationsIntro: 'Ministarstva, opštine, agencije i druge organizacije koje imaju tijela ili u njih šalju članove.',
    expand: 'Prikaži podređena tijela: {{name}}',
    collapse: 'Sakrij podređena tijela: {{name}}',
    matches_one: 'Prikazano je {{count}} tijelo',
    matches_few: 'Prikazana su {{count}} tijela',
    matches_other: 'Prikazano je {{count}} tijela',
    noBodies: 'Još nema tijela koja možete da vidite.',
    parent: 'Dio tijela',
    subBodies: 'Podređena tijela',
    noMembers: 'Ovo tijelo trenutno nema članova.',
    substitute: 'Zamjenik',
    backToBodies: 'Nazad na tijela',
    parentOrganization: 'Dio organizacije',
    organizationBodies: 'Tijela',
    organizationNoBodies: 'Ova organizacija nema tijela koja možete da vidite.',
    noMemberships: 'Trenutno niste član nijednog tijela.',
    create: {
      button: 'Dodaj tijelo',
      subButton: 'Dodaj podređeno tijelo',
      title: 'Novo tijelo',
      subTitle: 'Novo podređeno tijelo: {{name}}',
      slugHint: 'Mala slova {{letters}}, cifre i crtice, na primjer {{example}}.',
      submit: 'Dodaj tijelo',
    },
    edit: {
      button: 'Uredi tijelo',
      isPublic: 'Svako može da vidi ovo tijelo',
      deadline: 'Koliko dana prije sjednice se šalje materijal',
      conflict: 'Dok ste uređivali, neko drugi je izmijenio ovo tijelo. Učitajte trenutnu verziju i ponovo unesite izmjenu.',
      saved: 'Izmjene su sačuvane.',
      endText: 'Članstvo se završava izabranog dana i ostaje u istoriji tijela.',
      endDate: 'Posljednji dan članstva',
      personHint: 'Unesite dio imena i izaberite osobu sa liste.',
    },
    bodyKinds: {
      council: 'Savjet',
      division: 'Odjeljenje',
    },
    bodyRoles: {
      chair: 'Predsjednik',
      deputy_chair: 'Potpredsjednik',
      deputy: 'Zamjenik',
    },
    roleGroups: {
      chair: 'Predsjednik',
      deputy_chair: 'Potpredsjednici',
      deputy: 'Zamjenici',
    },
    rules: {
      quorum: {
        majority_of_members: 'Sjednica ima kvorum kada je prisutno više od polovine članova.',
        majority_of_voting_members: 'Sjednica ima kvorum kada je prisutno više od polovine članova sa pravom glasa.',
        one_third_of_members: 'Sjednica ima kvorum kada je prisutna najmanje trećina članova.',
        none: 'Za sjednicu nije potreban kvorum.',
      },
      majority: {
        simple: 'Prijedlog je usvojen ako je više glasova za nego protiv.',
        absolute: 'Prijedlog je usvojen ako ga podrži više od polovine svih članova sa pravom glasa.',
        two_thirds: 'Prijedlog je usvojen sa najmanje dvije trećine datih glasova.',
        consensus: 'Odluke se donose konsenzusom: prijedlog je usvojen ako se nijedan član ne protivi.',
      },
      substitutesVote: 'Zamjenik može da glasa umjesto člana kog zamjenjuje.',
      substitutesDoNotVote: 'Zamjenici mogu da učestvuju, ali ne i da glasaju.',
      materialsDeadline_one: 'Materijal se šalje najmanje {{count}} dan prije sjednice.',
      materialsDeadline_few: 'Materijal se šalje najmanje {{count}} dana prije sjednice.',
      materialsDeadline_other: 'Materijal se šalje najmanje {{count}} dana prije sjednice.',
      meets: 'Redovne sjednice: {{schedule}}.',
      meetingPatternRaw: 'Redovne sjednice se održavaju po pravilu {{pattern}}.',
      timeZone: '{{text}} Vrijeme je u vremenskoj zoni {{timeZone}}.',
      every: {
        WEEKLY_one: 'svake sedmice',
        WEEKLY_few: 'svake {{count}} sedmice',
        WEEKLY_other: 'svakih {{count}} sedmica',
        MONTHLY_one: 'svakog mjeseca',
        MONTHLY_few: 'svaka {{count}} mjeseca',
        MONTHLY_other: 'svakih {{count}} mjeseci',
      },
    },
  },
  memberships: {
    edit: 'Izmijeni',
    editLabel: 'Izmijeni članstvo: {{name}}',
    editTitle: 'Izmjena članstva: {{name}}',
    conflict: 'Neko drugi je promijenio ovo članstvo dok ste ga uređivali. Učitajte trenutne vrijednosti, pa ponovo unesite svoju izmjenu.',
    endDate: 'Posljednji dan članstva',
    noneOn: 'Tijelo nije imalo članove na dan {{date}}.',
    historyLink: 'Historija članstava',
    history: 'Historija članstava',
    historyTitle: 'Historija članstava: {{name}}',
    noHistory: 'Ovo tijelo još nije imalo članove.',
  },
  search: {
    intro: 'Pronađite tijela, osobe i organizacije po dijelu naziva. Velika slova i dijakritički znaci nijesu važni.',
  },
  people: {
    intro: 'Osobe u imeniku: članovi tijela, njihovi zamjenici i gosti.',
    editButton: 'Izmijeni osobu',
    editTitle: 'Izmjena: {{name}}',
    conflict: 'Neko drugi je promijenio ovu osobu dok ste je uređivali. Učitajte trenutnu verziju, pa ponovo unesite svoju izmjenu.',
    noMemberships: 'Nema članstava u tijelima koja možete da vidite.',
    body: 'Tijelo',
  },
  organizationForm: {
    editButton: 'Izmijeni organizaciju',
    editTitle: 'Izmjena: {{name}}',
    conflict: 'Neko drugi je promijenio ovu organizaciju dok ste je uređivali. Učitajte trenutnu verziju, pa ponovo unesite svoju izmjenu.',
  },
  notFound: {
    title: 'Stranica nije pronađena',
    text: 'Stranica koju tražite ne postoji ili je premještena.',
    home: 'Idi na početnu stranicu',
  },
  crash: {
    text: 'Stranica nije mogla da se prikaže. Ponovno učitavanje obično pomaže.',
    reload: 'Ponovo učitaj stranicu',
  },
};
