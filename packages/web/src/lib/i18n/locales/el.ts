import type { MessageTree } from '../transliterate';
import { en } from './en';

export const el: MessageTree = en;
