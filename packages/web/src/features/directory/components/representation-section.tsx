import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '@collegium/shared/contracts/directory';
import type { Slot } from '@collegium/shared/contracts/representation';
import { Button } from '../../../components/ui/button';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useRepresentation } from '../api/get-representation';
import { representationRows, type RepresentationRow } from '../representation-view';
import { ManageMemberOrganizationsDialog } from './manage-member-organizations-dialog';
import { ManageSlotsDialog } from './manage-slots-dialog';

/** A seat a manager chose to fill: the member organisation and the slot. */
export interface SeatToFill {
  organization: { id: string; label: string };
  slotId: string;
}

function RepresentationTable({ rows, slots, canFill, onFill }: { rows: RepresentationRow[]; slots: Slot[]; canFill: boolean; onFill: (seat: SeatToFill) => void }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('representation.tableLabel')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('representation.memberOrganization')}</th>
            {slots.map((slot) => (
              <th scope="col" key={slot.id}>
                {slot.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.organization.id}>
              <th scope="row">{row.organization.name}</th>
              {row.cells.map((cell) => (
                <td key={cell.slot.id}>
                  {cell.holderName ?? (
                    <span className="representation__gap">
                      <span className="badge badge--warn">{t('representation.unfilled')}</span>
                      {canFill && (
                        <Button
                          variant="secondary"
                          aria-label={t('representation.fillLabel', { slot: cell.slot.label, organization: row.organization.name })}
                          onPress={() => onFill({ organization: { id: row.organization.id, label: row.organization.name }, slotId: cell.slot.id })}
                        >
                          {t('representation.fill')}
                        </Button>
                      )}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * Which member organisations have named whom for each of the body's representation slots, with the gaps
 * marked. Shown for bodies that have slots, and for networks; managers of other bodies get a button to add
 * the first slot.
 */
export function RepresentationSection({ body, onFill }: { body: BodyDetail; onFill: (seat: SeatToFill) => void }) {
  const { t } = useTranslation();
  const representation = useRepresentation(body.id);
  const [onlyUnfilled, setOnlyUnfilled] = useState(false);
  const [managing, setManaging] = useState<'slots' | 'members' | null>(null);
  const data = representation.data;
  const manage = body.abilities.manage;
  const slotsDialog = data && managing === 'slots' && <ManageSlotsDialog body={body} representation={data} onClose={() => setManaging(null)} />;
  if (!data || (data.slots.length === 0 && body.kind !== 'network')) {
    // A body that asks for no representatives: only its managers see a way to start.
    return manage && data ? (
      <div className="actions">
        <Button variant="secondary" onPress={() => setManaging('slots')}>
          {t('representation.setUp')}
        </Button>
        {slotsDialog}
      </div>
    ) : null;
  }
  const rows = representationRows(data, onlyUnfilled);

  return (
    <section aria-labelledby="body-representation" className="stack">
      <h2 id="body-representation">{t('representation.title')}</h2>
      {manage && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setManaging('slots')}>
            {t('representation.manageSlots')}
          </Button>
          <Button variant="secondary" onPress={() => setManaging('members')}>
            {t('representation.manageMembers')}
          </Button>
        </div>
      )}
      {data.slots.length === 0 && <p className="muted">{t('representation.noSlots')}</p>}
      {data.slots.length > 0 && (
        <>
          <p>{t('representation.intro')}</p>
          {data.organizations.length === 0 ? (
            <p className="muted">{t('representation.noMembers')}</p>
          ) : (
            <>
              <p role="status">
                {data.unfilledTotal === 0
                  ? t('representation.noneUnfilled')
                  : t('representation.summary', {
                      organizations: data.organizationsWithUnfilled,
                      total: data.organizations.length,
                      slots: data.unfilledTotal,
                    })}
              </p>
              <Checkbox className="checkbox" isSelected={onlyUnfilled} onChange={setOnlyUnfilled}>
                <span className="checkbox__box" aria-hidden="true" />
                {t('representation.onlyUnfilled')}
              </Checkbox>
              <RepresentationTable rows={rows} slots={data.slots} canFill={manage} onFill={onFill} />
            </>
          )}
        </>
      )}
      {slotsDialog}
      {managing === 'members' && <ManageMemberOrganizationsDialog body={body} onClose={() => setManaging(null)} />}
    </section>
  );
}
