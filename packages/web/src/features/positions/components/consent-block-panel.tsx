import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentBlock, SessionPositions } from '@collegium/shared/contracts/positions';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useErrorText } from '../../../lib/error-text';
import { useSetConsentBlockExclusion } from '../api/positions';
import { usePositionWords } from './position-words';

interface Props {
  sessionId: string;
  items: readonly AgendaItem[];
  block: ConsentBlock;
  positions: SessionPositions;
  /** managers see the summary per item and may take items out */
  manage: boolean;
}

/** The items adopted together at the start; for the chair and secretary, the positions per item and the exclusion toggle. */
export function ConsentBlockPanel({ sessionId, items, block, positions, manage }: Props) {
  const { t } = useTranslation();
  const words = usePositionWords();
  const errorText = useErrorText();
  const toggle = useSetConsentBlockExclusion(sessionId);
  const [message, setMessage] = useState<string | null>(null);
  const byId = new Map(items.map((item) => [item.id, item]));
  const label = (id: string) => {
    const item = byId.get(id);
    return item ? `${item.number} ${item.title ?? t('sessions.agenda.hiddenTitle')}` : '';
  };
  const inBlock = block.itemIds.filter((id) => byId.has(id));
  const blockItem = new Map(block.items.map((item) => [item.agendaItemId, item]));
  const summaries = new Map(positions.items.map((summary) => [summary.agendaItemId, summary]));

  return (
    <section aria-labelledby="consent-block-title" className="stack">
      <h2 id="consent-block-title">{t('positions.block.title')}</h2>
      <p className="muted">{t('positions.block.intro')}</p>
      {inBlock.length === 0 ? (
        <p>{t('positions.block.empty')}</p>
      ) : (
        <ul aria-label={t('positions.block.listLabel')} className="consent-block__list">
          {inBlock.map((id) => (
            <li key={id}>{label(id)}</li>
          ))}
        </ul>
      )}
      {manage && (
        <>
          <h3>{t('positions.block.summaryTitle')}</h3>
          <p className="muted">{t('positions.block.recorded', { recorded: positions.recorded, seats: positions.seats })}</p>
          <StatusMessage message={message} />
          {toggle.error && <Alert tone="error">{errorText(toggle.error)}</Alert>}
          <TableWrap label={t('positions.block.summaryTitle')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('positions.block.columns.item')}</th>
                  <th scope="col">{t('positions.block.columns.counts')}</th>
                  <th scope="col">{t('positions.block.columns.names')}</th>
                  <th scope="col">{t('positions.block.columns.block')}</th>
                </tr>
              </thead>
              <tbody>
                {items
                  .filter((item) => !item.withdrawn)
                  .map((item) => {
                    const summary = summaries.get(item.id);
                    const counts = summary?.counts ?? { agree: 0, object: 0, wish_to_speak: 0, conflict_of_interest: 0 };
                    const state = blockItem.get(item.id);
                    return (
                      <tr key={item.id}>
                        <th scope="row">{label(item.id)}</th>
                        <td>
                          {t('positions.block.countsText', {
                            agree: counts.agree,
                            object: counts.object,
                            speak: counts.wish_to_speak,
                            conflict: counts.conflict_of_interest,
                          })}
                        </td>
                        <td>
                          {summary?.statements.length ? (
                            <ul className="consent-block__names">
                              {summary.statements.map((s) => (
                                <li key={s.person.id}>
                                  {s.reason
                                    ? t('positions.block.statementReason', { name: s.person.name, position: words.position(s.position), reason: s.reason })
                                    : t('positions.block.statement', { name: s.person.name, position: words.position(s.position) })}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td>
                          {state ? (
                            <div className="stack stack--small">
                              <span className={state.inBlock ? 'badge badge--ok' : 'badge badge--muted'}>
                                {state.inBlock ? t('positions.block.inBlock') : `${t('positions.block.out')}: ${state.reasons.map(words.reason).join(', ')}`}
                              </span>
                              {block.canExclude && (
                                <Button
                                  variant="quiet"
                                  isPending={toggle.isPending && toggle.variables?.itemId === item.id}
                                  onPress={() =>
                                    toggle.mutate(
                                      { itemId: item.id, excluded: !state.excluded },
                                      {
                                        onSuccess: () =>
                                          setMessage(t(state.excluded ? 'positions.block.included' : 'positions.block.excluded', { number: item.number })),
                                      },
                                    )
                                  }
                                >
                                  {state.excluded ? t('positions.block.include', { number: item.number }) : t('positions.block.exclude', { number: item.number })}
                                </Button>
                              )}
                            </div>
                          ) : (
                            <span className="muted">{words.reason('kind')}</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
