import { useState } from 'react';
import { Button as AriaButton, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, SessionDetail } from '@collegium/shared/contracts/sessions';
import { isAgendaEditable } from '@collegium/shared/domain/session-lifecycle';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ApiError } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { RichText } from '../../directory/components/rich-text';
import { useRemoveAgendaItem } from '../api/remove-agenda-item';
import { useReorderAgenda } from '../api/reorder-agenda';
import { moveByOne, moveItem, type OrderEntry } from '../agenda-order';
import { AgendaItemDialog } from './agenda-item-dialog';
import { LateBadge } from '../../materials/components/late-badge';

/**
 * The agenda with its numbers. Managers reorder it by dragging, by keyboard (the handle: Enter, arrow
 * keys, Enter) or with the move buttons; every new order is sent whole with the agenda's version.
 */
export function AgendaList({ session, onMessage, onReload }: { session: SessionDetail; onMessage: (message: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reorder = useReorderAgenda();
  const remove = useRemoveAgendaItem();
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const items = session.agenda.items;
  const editable = session.abilities.manage && isAgendaEditable(session.status);
  const draft = session.status === 'draft';
  const labelOf = (item: AgendaItem) => item.title ?? t('sessions.agenda.hiddenTitle');

  const send = (order: OrderEntry[] | null, movedId: string) => {
    if (!order) return;
    setProblem(null);
    reorder.mutate(
      { sessionId: session.id, etag: session.agenda.etag, order: { items: order } },
      {
        onSuccess: (saved) => {
          const moved = saved.agenda.items.find((item) => item.id === movedId);
          if (moved) onMessage(t('sessions.agenda.moved', { title: labelOf(moved), number: moved.number }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            setProblem(t('sessions.agenda.orderConflict'));
            onReload();
          } else setProblem(errorText(error));
        },
      },
    );
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder: (event) => {
      const [key] = [...event.keys];
      if (key === undefined || event.target.dropPosition === 'on') return;
      const order = moveItem(items, String(key), String(event.target.key), event.target.dropPosition);
      if (!order && items.find((item) => item.id === String(key))?.parentId === null) setProblem(t('sessions.agenda.cannotNest'));
      send(order, String(key));
    },
  });

  return (
    <section aria-labelledby="agenda-title" className="stack">
      <h2 id="agenda-title">{t('sessions.agenda.title')}</h2>
      {editable && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setEditing('new')}>
            {t('sessions.agenda.add')}
          </Button>
        </div>
      )}
      {editable && items.length > 1 && <p className="muted">{t('sessions.agenda.reorderHint')}</p>}
      {problem && <Alert tone="error">{problem}</Alert>}
      {items.length === 0 ? (
        <p className="muted">{t('sessions.agenda.empty')}</p>
      ) : (
        <GridList
          // GridList calls the drag-and-drop hooks only when it has them: a new instance when that changes
          // (the session starts while the page is open) keeps React's hook order intact
          key={editable ? 'reorderable' : 'fixed'}
          aria-label={t('sessions.agenda.listLabel')}
          items={items}
          // Rows are cached per item; unchanged items keep their object (query data is shared structurally),
          // so the cache must also follow the agenda's version and what the caller may do.
          dependencies={[session.agenda.etag, editable, draft]}
          className="agenda"
          {...(editable ? { dragAndDropHooks } : {})}
        >
          {(item) => (
            <GridListItem id={item.id} textValue={`${item.number} ${labelOf(item)}`} className={item.parentId ? 'agenda__item agenda__item--sub' : 'agenda__item'}>
              {editable && (
                <AriaButton slot="drag" className="agenda__handle" aria-label={t('sessions.agenda.drag', { title: `${item.number} ${labelOf(item)}` })}>
                  <span aria-hidden="true">⠿</span>
                </AriaButton>
              )}
              <div className="agenda__body">
                <div className={item.withdrawn ? 'agenda__title agenda__title--withdrawn' : 'agenda__title'}>
                  <span className="agenda__number">{item.number}</span> {labelOf(item)}
                </div>
                <div className="badges">
                  <span className="badge badge--muted">{t(`sessions.agenda.kinds.${item.kind}`)}</span>
                  {!item.isPublic && <span className="badge badge--warn">{t('sessions.agenda.closedItem')}</span>}
                  {item.withdrawn && <span className="badge badge--muted">{t('sessions.agenda.withdrawn')}</span>}
                  <LateBadge late={item.late} lateApproval={item.lateApproval} />
                </div>
                {(item.rapporteurPerson || item.rapporteurOrganization || item.estimatedMinutes) && (
                  <div className="muted">
                    {[item.rapporteurPerson?.name, item.rapporteurOrganization?.name].filter(Boolean).join(', ')}
                    {item.estimatedMinutes ? ` · ${t('sessions.agenda.minutesShort', { minutes: item.estimatedMinutes })}` : ''}
                  </div>
                )}
                {item.proposedResolution && <RichText html={item.proposedResolution} />}
              </div>
              {editable && !item.withdrawn && (
                <div className="agenda__actions">
                  <Button variant="quiet" onPress={() => setEditing(item)}>
                    {t('sessions.agenda.edit')}
                  </Button>
                  <Button variant="quiet" onPress={() => send(moveByOne(items, item.id, -1), item.id)}>
                    {t('sessions.agenda.moveUp')}
                  </Button>
                  <Button variant="quiet" onPress={() => send(moveByOne(items, item.id, 1), item.id)}>
                    {t('sessions.agenda.moveDown')}
                  </Button>
                  <Button variant="quiet" onPress={() => setRemoving(item)}>
                    {draft ? t('sessions.agenda.remove') : t('sessions.agenda.withdraw')}
                  </Button>
                </div>
              )}
            </GridListItem>
          )}
        </GridList>
      )}
      {editing && (
        <AgendaItemDialog
          session={session}
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      {removing && (
        <ConfirmDialog
          isOpen
          title={draft ? t('sessions.agenda.confirmRemove', { number: removing.number }) : t('sessions.agenda.confirmWithdraw', { number: removing.number })}
          text={draft ? t('sessions.agenda.confirmRemoveText') : t('sessions.agenda.confirmWithdrawText')}
          confirmLabel={draft ? t('sessions.agenda.remove') : t('sessions.agenda.withdraw')}
          onOpenChange={(open) => !open && setRemoving(null)}
          onConfirm={() => remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
          isPending={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
        />
      )}
    </section>
  );
}
