import type { MinutesDocument, MinutesItem, MinutesPerson, MinutesPoll } from '@collegium/shared/contracts/minutes';
import { parseRichText, plainTextBlocks, type RichBlock } from './export-rich-text.js';
import type { ExportWords } from './export-texts.js';

/** What the PDF and DOCX renderers draw, in order: the minutes' structure without any layout. */
export type ExportBlock =
  | { kind: 'title'; text: string; subtitle: string | null }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'rich'; blocks: RichBlock[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'note'; text: string; tone: 'draft' | 'plain' | 'strong' };

export interface ExportModel {
  language: string;
  /** the document's title and the header line of every page */
  title: string;
  /** the watermark of drafts ("DRAFT"), null for approved minutes */
  draftMark: string | null;
  pageLabel: (page: number, total: number) => string;
  /** the same as a template with `{page}` and `{total}`, for formats that number pages themselves (DOCX) */
  pageTemplate: string;
  blocks: ExportBlock[];
}

type SessionKind = keyof ExportWords['texts']['kindOf'];
const asKind = (kind: string): SessionKind => (kind === 'extraordinary' || kind === 'correspondence' ? kind : 'regular');

/** The approved minutes print their approval; any other version is a draft. */
export const isApprovedDocument = (doc: MinutesDocument) => doc.approval !== null && (doc.status === 'approved' || doc.audience === 'public');

export function sessionValues(words: ExportWords, doc: MinutesDocument) {
  return { n: words.ordinal(doc.session.number), kind: words.texts.kindOf[asKind(doc.session.kind)], body: doc.body.name };
}

export function approvalValues(words: ExportWords, doc: MinutesDocument) {
  const approval = doc.approval!;
  return {
    approvedN: words.ordinal(approval.sessionNumber),
    approvedKind: words.texts.kindAt[asKind(approval.sessionKind)],
    date: words.day(approval.approvedAt, doc.session.timeZone),
  };
}

function sessionFields(words: ExportWords, doc: MinutesDocument): ExportBlock {
  const { texts } = words;
  const { session } = doc;
  const rows: { label: string; value: string }[] = [];
  const day = session.startsAt ?? session.closedAt;
  if (day) rows.push({ label: texts.date, value: words.day(day, session.timeZone) });
  if (session.startsAt) {
    const end = session.endsAt ? `–${words.clock(session.endsAt, session.timeZone)}` : '';
    rows.push({ label: texts.time, value: `${words.clock(session.startsAt, session.timeZone)}${end}` });
  }
  if (session.place) rows.push({ label: texts.place, value: session.place });
  const { present, substitutes } = doc.content.attendance;
  const chair = [...present, ...substitutes].find((person) => person.role === 'chair');
  if (chair) rows.push({ label: texts.chair, value: chair.name });
  return { kind: 'fields', rows };
}

const personLine = (person: MinutesPerson) => (person.organization ? `${person.name} (${person.organization})` : person.name);

function attendanceBlocks(words: ExportWords, doc: MinutesDocument): ExportBlock[] {
  const { texts } = words;
  const { attendance } = doc.content;
  const groups: [string, string[]][] = [
    [texts.present, attendance.present.map(personLine)],
    [texts.substitutes, attendance.substitutes.map((s) => `${personLine(s)} – ${words.fill(texts.substituteFor, { name: s.substituteFor })}`)],
    [texts.excused, attendance.excused.map(personLine)],
    [texts.absent, attendance.absent.map(personLine)],
    [texts.guests, attendance.guests.map(personLine)],
  ];
  return [
    { kind: 'heading', level: 1, text: texts.attendance },
    ...groups.flatMap(([label, names]): ExportBlock[] =>
      names.length ? [{ kind: 'heading', level: 3, text: `${label} (${names.length})` }, { kind: 'list', items: names }] : [],
    ),
  ];
}

function agendaBlocks(words: ExportWords, doc: MinutesDocument): ExportBlock[] {
  const { texts } = words;
  const { agenda, items } = doc.content;
  const blocks: ExportBlock[] = [
    { kind: 'heading', level: 1, text: texts.agenda },
    { kind: 'list', items: items.map((item) => `${item.number}. ${item.title}`) },
  ];
  if (agenda.amendments.length) {
    blocks.push({ kind: 'heading', level: 3, text: texts.amendments });
    blocks.push({
      kind: 'list',
      items: agenda.amendments.map((amendment) => {
        const kind = texts.amendmentKind[amendment.kind as keyof typeof texts.amendmentKind] ?? amendment.kind;
        const decision = texts.amendmentDecision[amendment.decision as keyof typeof texts.amendmentDecision] ?? amendment.decision;
        const proposer = amendment.proposer ? `, ${words.fill(texts.proposedBy, { name: amendment.proposer })}` : '';
        return `${kind}: ${amendment.text}${proposer} – ${decision}`;
      }),
    });
  }
  if (agenda.adoptedAt) {
    blocks.push({ kind: 'note', tone: 'plain', text: words.fill(texts.agendaAdopted, { time: words.clock(agenda.adoptedAt, doc.session.timeZone) }) });
  }
  return blocks;
}

function pollBlocks(words: ExportWords, poll: MinutesPoll): ExportBlock[] {
  const { texts } = words;
  const method = texts.method[poll.method as keyof typeof texts.method] ?? poll.method;
  const blocks: ExportBlock[] = [{ kind: 'heading', level: 3, text: `${texts.vote}: ${poll.title} (${method})` }];
  if (poll.counts.length) {
    blocks.push({
      kind: 'table',
      header: [texts.option, texts.votes, texts.voters],
      rows: poll.counts.map((count) => [count.label, String(count.votes), String(count.voters)]),
      numeric: [false, true, true],
    });
  }
  if (poll.status === 'annulled') {
    blocks.push({ kind: 'note', tone: 'strong', text: words.fill(texts.annulled, { reason: poll.annulledReason ?? '' }) });
  } else {
    blocks.push({ kind: 'note', tone: 'strong', text: poll.passed ? texts.passed : texts.notPassed });
  }
  if (poll.named?.length) {
    blocks.push({ kind: 'heading', level: 3, text: texts.namedVotes });
    blocks.push({ kind: 'table', header: ['', texts.option], rows: poll.named.map((vote) => [vote.name, vote.option]), numeric: [false, false] });
  }
  return blocks;
}

/** One agenda item as the minutes record it: rapporteur, discussion, votes, outcome, resolution, decisions. */
export function itemBlocks(words: ExportWords, item: MinutesItem): ExportBlock[] {
  const { texts } = words;
  const blocks: ExportBlock[] = [{ kind: 'heading', level: 2, text: `${item.number}. ${item.title}` }];
  if (item.rapporteur) blocks.push({ kind: 'fields', rows: [{ label: texts.rapporteur, value: item.rapporteur }] });
  const discussion = parseRichText(item.discussion);
  if (discussion.length) blocks.push({ kind: 'heading', level: 3, text: texts.discussion }, { kind: 'rich', blocks: discussion });
  for (const poll of item.polls) blocks.push(...pollBlocks(words, poll));
  if (item.outcome) blocks.push({ kind: 'fields', rows: [{ label: texts.outcome, value: texts.outcomes[item.outcome] }] });
  if (item.resolutionText?.trim()) {
    blocks.push({ kind: 'heading', level: 3, text: texts.resolution }, { kind: 'rich', blocks: plainTextBlocks(item.resolutionText) });
  }
  if (item.decisions.length) {
    blocks.push({ kind: 'heading', level: 3, text: texts.decisions });
    for (const decision of item.decisions) {
      blocks.push({ kind: 'note', tone: 'strong', text: `${decision.number} – ${decision.title}` });
      blocks.push({ kind: 'rich', blocks: plainTextBlocks(decision.text) });
    }
  }
  return blocks;
}

function richSection(heading: string, html: string): ExportBlock[] {
  const blocks = parseRichText(html);
  return blocks.length ? [{ kind: 'heading', level: 1, text: heading }, { kind: 'rich', blocks }] : [];
}

/** The whole minutes, in the order a reader expects them on paper. */
export function minutesModel(words: ExportWords, doc: MinutesDocument): ExportModel {
  const { texts } = words;
  const title = words.fill(texts.title, sessionValues(words, doc));
  const approved = isApprovedDocument(doc);
  const blocks: ExportBlock[] = [{ kind: 'title', text: title, subtitle: doc.session.title }];
  if (!approved) blocks.push({ kind: 'note', tone: 'draft', text: words.fill(texts.draftNote, { version: doc.version }) });
  if (doc.audience === 'public') blocks.push({ kind: 'note', tone: 'plain', text: texts.publicNote });
  blocks.push(sessionFields(words, doc), ...attendanceBlocks(words, doc), ...agendaBlocks(words, doc));
  blocks.push(...richSection(texts.opening, doc.content.opening));
  for (const item of doc.content.items) blocks.push(...itemBlocks(words, item));
  blocks.push(...richSection(texts.closing, doc.content.closing));
  if (approved) {
    const approval = approvalValues(words, doc);
    blocks.push({ kind: 'note', tone: 'strong', text: words.fill(texts.approved, { n: approval.approvedN, kind: approval.approvedKind, date: approval.date }) });
  }
  return { language: words.language, title, draftMark: approved ? null : texts.draft, pageLabel: pageLabelOf(words), pageTemplate: texts.page, blocks };
}

export const pageLabelOf = (words: ExportWords) => (page: number, total: number) => words.fill(words.texts.page, { page, total });

/** An excerpt: the header, one item and the line certifying where it comes from. Only for approved minutes. */
export function excerptModel(words: ExportWords, doc: MinutesDocument, item: MinutesItem): ExportModel {
  const { texts } = words;
  const session = sessionValues(words, doc);
  const title = words.fill(texts.excerptTitle, session);
  const blocks: ExportBlock[] = [
    { kind: 'title', text: title, subtitle: doc.session.title },
    sessionFields(words, doc),
    ...itemBlocks(words, item),
    { kind: 'note', tone: 'strong', text: words.fill(texts.certification, { ...session, ...approvalValues(words, doc) }) },
  ];
  return { language: words.language, title, draftMark: null, pageLabel: pageLabelOf(words), pageTemplate: texts.page, blocks };
}
