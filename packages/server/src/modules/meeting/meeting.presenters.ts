import type { AgendaAmendment, ItemProceeding, Speaker } from '@collegium/shared/contracts/meeting';
import type { agendaAmendments, agendaItemProceedings, speakerRequests } from '../../db/schema/index.js';

type AmendmentRow = typeof agendaAmendments.$inferSelect;
type ProceedingRow = typeof agendaItemProceedings.$inferSelect;
export type SpeakerRow = typeof speakerRequests.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentAmendment(row: AmendmentRow, proposerPersonName: string | null): AgendaAmendment {
  return {
    id: row.id,
    kind: row.kind as AgendaAmendment['kind'],
    agendaItemId: row.agendaItemId,
    text: row.text,
    proposer: proposerPersonName ?? row.proposerName,
    proposerPersonId: row.proposerPersonId,
    decision: row.decision as AgendaAmendment['decision'],
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function presentProceeding(row: ProceedingRow, recordedBy: string | null, showsText: boolean): ItemProceeding {
  return {
    agendaItemId: row.agendaItemId,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    outcome: row.outcome as ItemProceeding['outcome'],
    resolutionText: showsText ? row.resolutionText : null,
    inConsentBlock: row.inConsentBlock,
    outcomeRecordedAt: iso(row.outcomeRecordedAt),
    outcomeRecordedBy: recordedBy,
    speakingLimitSeconds: row.speakingLimitSeconds,
  };
}

export function presentSpeaker(row: SpeakerRow, name: string): Speaker {
  return {
    id: row.id,
    agendaItemId: row.agendaItemId,
    person: { id: row.personId, name },
    kind: row.kind as Speaker['kind'],
    status: row.status as Speaker['status'],
    source: row.source as Speaker['source'],
    requestedAt: row.requestedAt.toISOString(),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    limitSeconds: row.limitSeconds,
  };
}
