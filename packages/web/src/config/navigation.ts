import type { Me } from '@collegium/shared/contracts/auth';
import { paths } from './paths';

export interface NavigationItem {
  to: string;
  /** translation key of the link text */
  label: 'nav.home' | 'nav.directory' | 'nav.sessions' | 'nav.calendar' | 'nav.decisions' | 'nav.search' | 'nav.profile' | 'nav.users' | 'nav.audit';
  /** the ability in Me.abilities the link needs; omitted for everyone */
  ability?: keyof Me['abilities'];
}

/**
 * The main navigation. Modules (sessions, decisions, documents) add their entry here when
 * they ship; until then nothing links to them.
 */
export const navigation: readonly NavigationItem[] = [
  { to: paths.home, label: 'nav.home' },
  { to: paths.directory, label: 'nav.directory' },
  { to: paths.mySessions, label: 'nav.sessions' },
  { to: paths.calendar, label: 'nav.calendar' },
  { to: paths.decisions, label: 'nav.decisions' },
  { to: paths.directorySearch, label: 'nav.search' },
  { to: paths.profile, label: 'nav.profile' },
  { to: paths.adminUsers, label: 'nav.users', ability: 'listUsers' },
  { to: paths.adminAudit, label: 'nav.audit', ability: 'readAudit' },
];

export function navigationFor(me: Me): NavigationItem[] {
  return navigation.filter((item) => !item.ability || me.abilities[item.ability]);
}
