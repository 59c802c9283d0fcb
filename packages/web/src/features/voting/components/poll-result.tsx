import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '@collegium/shared/contracts/polls';
import { Button } from '../../../components/ui/button';
import { checkReceipt } from '../api/polls';
import { receiptCode, storedReceipt } from '../receipts';
import { optionLabel } from './option-label';

/** A closed poll's result: the verdict, the count per option, the threshold, and — for named votes — who voted how. */
export function PollResult({ poll, large = false }: { poll: Poll; large?: boolean }) {
  const { t } = useTranslation();
  const result = poll.result;
  if (poll.status === 'annulled') return <p className="poll-result__verdict">{t('voting.result.annulled', { reason: poll.annulledReason ?? '' })}</p>;
  if (!result) return null;
  const verdict = result.void ? t('voting.result.void') : result.passed ? t('voting.result.passed') : t('voting.result.rejected');
  const label = (optionId: string) => {
    const option = poll.options.find((candidate) => candidate.id === optionId);
    return option ? optionLabel(t, option) : '';
  };
  return (
    <div className={['poll-result', large ? 'poll-result--large' : ''].join(' ')} data-testid="poll-result">
      <p className={`poll-result__verdict poll-result__verdict--${result.void ? 'void' : result.passed ? 'passed' : 'rejected'}`}>{verdict}</p>
      <dl className="poll-result__counts">
        {result.counts.map((count) => (
          <div key={count.optionId}>
            <dt>{label(count.optionId)}</dt>
            <dd>{count.votes}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('voting.result.needed', { needed: result.needed, base: result.base })} · {t(`voting.majority.${poll.majorityRule}`)}
      </p>
      {result.tie && <p>{result.decidedByChair ? t('voting.result.decidedByChair') : t('voting.result.tie')}</p>}
      {!large && result.namedVotes && result.namedVotes.length > 0 && (
        <details>
          <summary>{t('voting.result.named')}</summary>
          <ul className="plain-list">
            {result.namedVotes.map((vote) => (
              <li key={vote.personId}>
                {vote.name}: {label(vote.optionId)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!large && poll.method === 'secret' && <ReceiptCheck poll={poll} label={label} />}
    </div>
  );
}

function ReceiptCheck({ poll, label }: { poll: Poll; label: (optionId: string) => string }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<string | null>(null);
  const receipts = poll.me.seats.map((seat) => storedReceipt(poll.id, seat.personId)).filter((receipt): receipt is string => !!receipt);
  if (receipts.length === 0) return null;
  const verify = async () => {
    const checks = await Promise.all(receipts.map((receipt) => checkReceipt(poll.id, receipt)));
    setAnswer(
      checks
        .map((check, index) => `${receiptCode(receipts[index]!)}: ${check.counted && check.optionId ? t('voting.result.verified', { option: label(check.optionId) }) : t('voting.result.notCounted')}`)
        .join(' '),
    );
  };
  return (
    <div className="stack">
      <Button variant="secondary" onPress={() => void verify()}>
        {t('voting.result.verify')}
      </Button>
      {answer && <p role="status">{answer}</p>}
    </div>
  );
}
