import { useTranslation } from 'react-i18next';
import type { Decision } from '@collegium/shared/contracts/decisions';

/** A decision's status in words; an overdue one says so in text as well as by its highlight. */
export function DecisionStatus({ decision }: { decision: Pick<Decision, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <span className={decision.overdue ? 'decision-status decision-status--overdue' : 'decision-status'}>
      {t(`decisions.status.${decision.status}`)}
      {decision.overdue && <strong> — {t('decisions.overdueMark')}</strong>}
    </span>
  );
}

/** Who answers for a decision: the person, the organisation, or both. */
export function responsibleText(decision: Pick<Decision, 'responsiblePerson' | 'responsibleOrganization'>, notSet: string): string {
  const names = [decision.responsiblePerson?.name, decision.responsibleOrganization?.name].filter(Boolean);
  return names.length ? names.join(', ') : notSet;
}
