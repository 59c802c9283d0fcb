import type { TFunction } from 'i18next';
import type { PollOption } from '@collegium/shared/contracts/polls';

/** For, against and abstain in the reader's language; a choice by its own label. */
export const optionLabel = (t: TFunction, option: Pick<PollOption, 'role' | 'label'>): string =>
  option.role === 'choice' ? option.label : t(`voting.options.${option.role}`);
