import { useTranslation } from 'react-i18next';
import { Button } from './button';

export interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onOffsetChange: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onOffsetChange }: PaginationProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <p className="pagination__range">{t('common.pageRange', { from, to, total })}</p>
      {total > limit && (
        <div className="pagination__buttons">
          <Button variant="secondary" isDisabled={offset === 0} onPress={() => onOffsetChange(Math.max(0, offset - limit))}>
          {t('common.previous')}
        </Button>
        <Button variant="secondary" isDisabled={to >= total} onPress={() => onOffsetChange(offset + limit)}>
            {t('common.next')}
          </Button>
        </div>
      )}
    </nav>
  );
}
