import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { defaultLocale, intlLocale, isSupportedLocale, languages } from './languages';
import { messages } from './resources';
import type { en } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const storageKey = 'collegium.locale';

function storedLocale(): SupportedLocale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isSupportedLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The browser's preferred language, when Collegium speaks it. */
function browserLocale(): SupportedLocale | null {
  for (const tag of navigator.languages ?? []) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('sr') && (lower.includes('cyrl') || lower === 'sr' || lower === 'sr-rs')) return 'sr-Cyrl';
    if (lower.startsWith('sr')) return lower.endsWith('-me') ? 'cnr' : 'sr-Latn';
    if (lower.startsWith('cnr')) return 'cnr';
    const base = lower.split('-')[0];
    const match = languages.find((l) => l.code === base);
    if (match) return match.code;
  }
  return null;
}

function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
}

export function initI18n(): typeof i18next {
  const initial = storedLocale() ?? browserLocale() ?? defaultLocale;
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(messages).map(([code, translation]) => [code, { translation }])),
    lng: initial,
    fallbackLng: defaultLocale,
    supportedLngs: languages.map((l) => l.code),
    load: 'currentOnly',
    interpolation: { escapeValue: false },
  });
  applyToDocument(initial);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

/** Switches the language and remembers it in this browser. */
export async function switchLocale(locale: SupportedLocale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // private mode: the choice lasts for this visit only
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export function currentLocale(): SupportedLocale {
  return isSupportedLocale(i18next.language) ? i18next.language : defaultLocale;
}

export { intlLocale };
