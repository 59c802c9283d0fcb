import type { MessageTree } from '../transliterate';
import { en } from './en';

export const srLatn: MessageTree = en;
