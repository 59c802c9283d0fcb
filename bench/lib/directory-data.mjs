// The directory benchmark's data set, generated from a seed so every run measures the same rows:
// organisations in a parent hierarchy, bodies in trees (council → coordination group → working group →
// sub-group, depth ≤ 4), people, and memberships — one body with exactly 200 current members, and ended
// memberships as history.
import { languages, languageWeights } from './directory-names.mjs';

export const FULL_SCALE = { organizations: 300, bodies: 3_000, persons: 30_000, memberships: 60_000 };
export const LARGE_BODY_MEMBERS = 200;
const LARGE_BODY_HISTORY = 40;

/** @param {number} seed a small PRNG (mulberry32): deterministic, good enough to pick names */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} text */
const asciiSlug = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * @typedef {keyof typeof languages} LanguageTag
 * @typedef {{ id: string, parentId: string | null, kind: string, name: string, shortName: string | null, slug: string, language: LanguageTag }} GeneratedOrganization
 * @typedef {{ id: string, organizationId: string, parentId: string | null, kind: string, name: string, slug: string, isPublic: boolean, depth: number }} GeneratedBody
 * @typedef {{ id: string, organizationId: string, givenName: string, familyName: string, title: string | null, email: string }} GeneratedPerson
 * @typedef {{ id: string, bodyId: string, personId: string, role: string, representsId: string | null, votingRight: boolean, substituteId: string | null, startDate: string, endDate: string | null }} GeneratedMembership
 * @typedef {{ organizations: GeneratedOrganization[], bodies: GeneratedBody[], persons: GeneratedPerson[], memberships: GeneratedMembership[], largeBody: GeneratedBody }} DirectoryData
 */

/**
 * @param {{ scale?: number, seed?: number }} [options] scale multiplies every count (the 200-member body stays)
 * @returns {DirectoryData}
 */
export function generateDirectory({ scale = 1, seed = 20261122 } = {}) {
  const random = prng(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(random() * 4)] ?? '8';
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const pickLanguage = () => {
    let r = random();
    for (const [tag, weight] of languageWeights) if ((r -= weight) < 0) return tag;
    return /** @type {LanguageTag} */ ('sl');
  };
  /** @param {string} from @param {number} years */
  const dayAfter = (from, years) => new Date(Date.parse(from) + Math.floor(random() * years * 365) * 86_400_000).toISOString().slice(0, 10);
  const count = (/** @type {keyof typeof FULL_SCALE} */ key) => Math.max(1, Math.round(FULL_SCALE[key] * scale));

  // Organisations: ministries and regions on top, offices under ministries, municipalities under regions,
  // public companies and institutions under municipalities, associations on their own.
  const orgTotal = Math.max(count('organizations'), 8);
  const shares = /** @type {const} */ ([
    ['ministry', 0.05, null],
    ['government_office', 0.03, 'ministry'],
    ['region', 0.04, null],
    ['municipality', 0.5, 'region'],
    ['public_company', 0.15, 'municipality'],
    ['public_institution', 0.15, 'municipality'],
    ['association', 0.08, null],
  ]);
  /** @type {GeneratedOrganization[]} */
  const organizations = [];
  for (const [index, [kind, share, parentKind]] of shares.entries()) {
    const n = index === shares.length - 1 ? orgTotal - organizations.length : Math.max(1, Math.round(orgTotal * share));
    const parents = organizations.filter((o) => o.kind === parentKind);
    for (let i = 0; i < n; i++) {
      const parent = parents.length ? pick(parents) : null;
      const language = parent ? parent.language : pickLanguage();
      const words = languages[language];
      const name = kind === 'municipality' || kind === 'region' || kind === 'public_company' ? `${words.organization[kind]} ${pick(words.places)}` : `${words.organization[kind]} ${pick(words.topics)}`;
      const id = uuid();
      organizations.push({ id, parentId: parent?.id ?? null, kind, name, shortName: null, slug: `${asciiSlug(name) || kind.replace('_', '-')}-${organizations.length + 1}`, language });
    }
  }

  // Bodies: an even share per organisation; each new one starts a tree or joins one below depth 4.
  const bodyTotal = count('bodies');
  const childKind = ['council', 'coordination_group', 'working_group', 'sub_group'];
  /** @type {GeneratedBody[]} */
  const bodies = [];
  for (const [index, organization] of organizations.entries()) {
    const share = Math.floor(bodyTotal / organizations.length) + (index < bodyTotal % organizations.length ? 1 : 0);
    /** @type {GeneratedBody[]} */
    const own = [];
    const words = languages[organization.language];
    for (let i = 0; i < share; i++) {
      const eligible = own.filter((b) => b.depth < 4);
      const parent = i === 0 || random() < 0.12 || eligible.length === 0 ? null : pick(eligible);
      const depth = parent ? parent.depth + 1 : 1;
      const kind = /** @type {keyof typeof words.body} */ (childKind[depth - 1]);
      const name = `${words.body[kind]} ${pick(words.topics)}`;
      const body = { id: uuid(), organizationId: organization.id, parentId: parent?.id ?? null, kind, name, slug: `${organization.slug}-${kind.replace('_', '-')}-${i + 1}`, isPublic: random() < (depth === 1 ? 0.7 : 0.3), depth };
      own.push(body);
      bodies.push(body);
    }
  }
  const largeBody = /** @type {GeneratedBody} */ (bodies[0]);

  /** @type {GeneratedPerson[]} */
  const persons = [];
  for (let i = 0; i < count('persons'); i++) {
    const organization = pick(organizations);
    const words = languages[organization.language];
    const title = random() < 0.1 ? pick(['dr.', 'mag.', 'prof. dr.']) : null;
    persons.push({ id: uuid(), organizationId: organization.id, givenName: pick(words.given), familyName: pick(words.family), title, email: `person-${i + 1}@${organization.slug}.example` });
  }

  /** @type {GeneratedMembership[]} */
  const memberships = [];
  const taken = new Set();
  const roles = /** @type {const} */ ([['member', 0.75], ['deputy', 0.08], ['observer', 0.05], ['guest', 0.03], ['coordinator', 0.03], ['secretary', 0.03], ['deputy_chair', 0.02], ['chair', 0.01]]);
  const pickRole = () => {
    let r = random();
    for (const [role, weight] of roles) if ((r -= weight) < 0) return role;
    return 'member';
  };
  /** @param {GeneratedBody} body @param {GeneratedPerson} person @param {string} role @param {boolean} ended */
  const add = (body, person, role, ended) => {
    taken.add(`${body.id}:${person.id}`);
    const startDate = ended ? dayAfter('2017-01-01', 4) : dayAfter('2021-01-01', 5);
    memberships.push({
      id: uuid(), bodyId: body.id, personId: person.id, role,
      representsId: random() < 0.6 ? person.organizationId : null,
      votingRight: role !== 'observer' && role !== 'guest',
      substituteId: memberships.length >= substitutes.length + LARGE_BODY_HISTORY && random() < 0.05 ? substituteFor(person).id : null,
      startDate, endDate: ended ? dayAfter(startDate, 3) : null,
    });
  };
  // Substitutes come from the large body's people, whose rows come first: an import meets each before
  // any row names them as a substitute.
  const substitutes = persons.slice(0, LARGE_BODY_MEMBERS);
  /** @param {GeneratedPerson} person */
  const substituteFor = (person) => {
    const substitute = pick(substitutes);
    return substitute.id === person.id ? /** @type {GeneratedPerson} */ (persons[substitutes.length]) : substitute;
  };
  const largeRoles = ['chair', 'deputy_chair', 'deputy_chair', 'secretary', ...Array(6).fill('observer')];
  for (let i = 0; i < LARGE_BODY_MEMBERS + LARGE_BODY_HISTORY; i++) {
    const person = /** @type {GeneratedPerson} */ (persons[i % persons.length]);
    add(largeBody, person, i < LARGE_BODY_MEMBERS ? (largeRoles[i] ?? 'member') : 'member', i >= LARGE_BODY_MEMBERS);
  }
  const others = bodies.slice(1);
  const total = Math.max(count('memberships'), memberships.length);
  // Every person gets a membership (an import creates people from membership rows), then at random.
  let next = LARGE_BODY_MEMBERS + LARGE_BODY_HISTORY;
  while (memberships.length < total && others.length) {
    const body = pick(others);
    const person = next < persons.length ? /** @type {GeneratedPerson} */ (persons[next]) : pick(persons);
    if (taken.has(`${body.id}:${person.id}`)) continue;
    next++;
    add(body, person, pickRole(), random() < 0.2);
  }
  return { organizations, bodies, persons, memberships, largeBody };
}
