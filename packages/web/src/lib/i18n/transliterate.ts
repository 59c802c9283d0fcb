/** The transliteration is shared with the server, whose mails to Serbian Cyrillic readers use it too. */
export { keptInLatin, latinToCyrillic, transliterateTree, type MessageTree } from '@collegium/shared/i18n/transliterate';
