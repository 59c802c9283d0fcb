// Word lists for the directory benchmark's generated data, in the languages the platform serves:
// Slovenian, Serbian (Latin and Cyrillic), Montenegrin and Greek — so searches meet č/ć/š/đ, Cyrillic
// and Greek the way a real installation would.

/**
 * @typedef {object} Language
 * @property {string[]} given
 * @property {string[]} family
 * @property {string[]} places
 * @property {Record<'ministry' | 'government_office' | 'region' | 'municipality' | 'public_company' | 'public_institution' | 'association', string>} organization
 * @property {Record<'council' | 'coordination_group' | 'working_group' | 'sub_group', string>} body
 * @property {string[]} topics
 */

/** @type {Record<'sl' | 'sr-Latn' | 'sr-Cyrl' | 'el', Language>} */
export const languages = {
  sl: {
    given: ['Ana', 'Maja', 'Nina', 'Špela', 'Urška', 'Mojca', 'Tjaša', 'Katarina', 'Petra', 'Tadeja', 'Matej', 'Luka', 'Jože', 'Gašper', 'Žiga', 'Primož', 'Boštjan', 'Tomaž', 'Rok', 'Nejc'],
    family: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Mlakar', 'Vidmar', 'Kos', 'Golob', 'Turk', 'Božič', 'Kralj', 'Hribar', 'Žagar', 'Štrukelj', 'Černe', 'Fajdiga', 'Kočevar', 'Šuštaršič'],
    places: ['Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Koper', 'Novo mesto', 'Črnomelj', 'Škofja Loka', 'Murska Sobota', 'Ptuj', 'Velenje', 'Žalec', 'Šentjur', 'Ajdovščina', 'Brežice', 'Slovenj Gradec'],
    organization: {
      ministry: 'Ministrstvo za',
      government_office: 'Urad vlade za',
      region: 'Regionalna razvojna agencija',
      municipality: 'Občina',
      public_company: 'Komunalno podjetje',
      public_institution: 'Javni zavod za',
      association: 'Skupnost občin',
    },
    body: { council: 'Svet za', coordination_group: 'Koordinacijska skupina za', working_group: 'Delovna skupina za', sub_group: 'Podskupina za' },
    topics: ['digitalizacijo', 'proračun', 'promet', 'okolje', 'zdravje', 'šolstvo', 'kulturo', 'e-upravo', 'kibernetsko varnost', 'prostor', 'socialne zadeve', 'energetiko'],
  },
  'sr-Latn': {
    given: ['Milica', 'Jelena', 'Dragana', 'Milena', 'Ivana', 'Ljiljana', 'Snežana', 'Jovana', 'Đorđe', 'Miloš', 'Nikola', 'Stefan', 'Vuk', 'Dušan', 'Zoran', 'Aleksandar', 'Radovan', 'Željko'],
    family: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Stanković', 'Pavlović', 'Milošević', 'Vujović', 'Đukanović', 'Radulović', 'Čučković', 'Šćepanović', 'Bulatović', 'Vučinić', 'Ćirović'],
    places: ['Beograd', 'Novi Sad', 'Niš', 'Kragujevac', 'Čačak', 'Šabac', 'Užice', 'Podgorica', 'Nikšić', 'Cetinje', 'Bar', 'Kotor', 'Pljevlja', 'Žabljak', 'Herceg Novi', 'Bijelo Polje'],
    organization: {
      ministry: 'Ministarstvo za',
      government_office: 'Kancelarija za',
      region: 'Regionalna razvojna agencija',
      municipality: 'Opština',
      public_company: 'Javno komunalno preduzeće',
      public_institution: 'Javna ustanova za',
      association: 'Zajednica opština',
    },
    body: { council: 'Savjet za', coordination_group: 'Koordinaciono tijelo za', working_group: 'Radna grupa za', sub_group: 'Podgrupa za' },
    topics: ['digitalizaciju', 'budžet', 'saobraćaj', 'životnu sredinu', 'zdravlje', 'obrazovanje', 'kulturu', 'e-upravu', 'sajber bezbjednost', 'urbanizam', 'socijalnu zaštitu', 'energetiku'],
  },
  'sr-Cyrl': {
    given: ['Милица', 'Јелена', 'Драгана', 'Милена', 'Ивана', 'Љиљана', 'Снежана', 'Ђорђе', 'Милош', 'Никола', 'Стефан', 'Вук', 'Душан', 'Зоран'],
    family: ['Јовановић', 'Петровић', 'Николић', 'Марковић', 'Ђорђевић', 'Стојановић', 'Илић', 'Станковић', 'Павловић', 'Вујовић', 'Чучковић', 'Шћепановић'],
    places: ['Београд', 'Нови Сад', 'Ниш', 'Крагујевац', 'Чачак', 'Шабац', 'Ужице', 'Зрењанин', 'Ваљево', 'Сомбор'],
    organization: {
      ministry: 'Министарство за',
      government_office: 'Канцеларија за',
      region: 'Регионална развојна агенција',
      municipality: 'Општина',
      public_company: 'Јавно комунално предузеће',
      public_institution: 'Јавна установа за',
      association: 'Стална конференција градова',
    },
    body: { council: 'Савет за', coordination_group: 'Координационо тело за', working_group: 'Радна група за', sub_group: 'Подгрупа за' },
    topics: ['дигитализацију', 'буџет', 'саобраћај', 'животну средину', 'здравље', 'образовање', 'културу', 'е-управу', 'информациону безбедност', 'урбанизам'],
  },
  el: {
    given: ['Γιώργος', 'Μαρία', 'Ελένη', 'Νίκος', 'Δημήτρης', 'Κατερίνα', 'Σοφία', 'Ιωάννης', 'Αικατερίνη', 'Κωνσταντίνος', 'Βασιλική', 'Παναγιώτης'],
    family: ['Παπαδόπουλος', 'Παπαδοπούλου', 'Γεωργίου', 'Οικονόμου', 'Νικολάου', 'Κωνσταντίνου', 'Δημητρίου', 'Μακρής', 'Αντωνίου', 'Βλάχος', 'Ιωάννου', 'Καραγιάννης'],
    places: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος', 'Ιωάννινα', 'Χανιά', 'Καβάλα', 'Ρόδος'],
    organization: {
      ministry: 'Υπουργείο',
      government_office: 'Γραφείο για',
      region: 'Περιφέρεια',
      municipality: 'Δήμος',
      public_company: 'Δημοτική Επιχείρηση Ύδρευσης',
      public_institution: 'Δημοτικός Οργανισμός για',
      association: 'Κεντρική Ένωση Δήμων',
    },
    body: { council: 'Συμβούλιο για', coordination_group: 'Συντονιστική ομάδα για', working_group: 'Ομάδα εργασίας για', sub_group: 'Υποομάδα για' },
    topics: ['ψηφιοποίηση', 'προϋπολογισμό', 'μεταφορές', 'περιβάλλον', 'υγεία', 'παιδεία', 'πολιτισμό', 'ηλεκτρονική διακυβέρνηση', 'κυβερνοασφάλεια', 'χωροταξία'],
  },
};

/** How often each language appears among organisations (and the people working there). */
export const languageWeights = /** @type {const} */ ([
  ['sl', 0.4],
  ['sr-Latn', 0.3],
  ['sr-Cyrl', 0.15],
  ['el', 0.15],
]);

/**
 * Searches a person would type into the directory box: prefixes, diacritics typed and left out, Cyrillic,
 * Greek, organisation and body words. Every one matches something in the generated data.
 */
export const searchQueries = ['nov', 'Kovačič', 'kovacic', 'čuč', 'ković', 'Đorđe', 'dorde', 'šćep', 'Петро', 'Јелена', 'Παπα', 'Ελένη', 'Δήμος', 'občina', 'opština', 'svet za', 'radna grupa', 'digital', 'zdrav', 'Ljubljana'];
