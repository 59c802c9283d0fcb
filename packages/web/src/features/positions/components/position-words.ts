import { useTranslation } from 'react-i18next';
import type { ConsentBlockReason, PositionKind } from '@collegium/shared/contracts/positions';

/** Words for positions ("Noted" instead of "Agree" on an information item) and for why an item is out of the block. */
export function usePositionWords() {
  const { t } = useTranslation();
  return {
    position: (kind: PositionKind, itemKind?: string) =>
      kind === 'agree' && itemKind === 'information' ? t('positions.choices.noted') : t(`positions.choices.${kind}`),
    reason: (reason: ConsentBlockReason) => t(`positions.block.reasons.${reason}`),
  };
}
