export function personName(person: { givenName: string; familyName: string; title: string | null }): string {
  return [person.title, person.givenName, person.familyName].filter(Boolean).join(' ');
}
