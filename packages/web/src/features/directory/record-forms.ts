import type { Organization, OrganizationInput, OrganizationKind, Person, PersonInput } from '@collegium/shared/contracts/directory';

/** A trimmed value, or null for an empty field: optional fields are cleared, never stored as "". */
export const blankToNull = (value: string): string | null => value.trim() || null;

export interface OrganizationFormValues {
  kind: OrganizationKind;
  name: string;
  shortName: string;
  slug: string;
  parentId: string | null;
  email: string;
  phone: string;
  website: string;
  address: string;
}

export function organizationFormValues(organization: Organization | null): OrganizationFormValues {
  return {
    kind: organization?.kind ?? 'ministry',
    name: organization?.name ?? '',
    shortName: organization?.shortName ?? '',
    slug: organization?.slug ?? '',
    parentId: organization?.parentId ?? null,
    email: organization?.email ?? '',
    phone: organization?.phone ?? '',
    website: organization?.website ?? '',
    address: organization?.address ?? '',
  };
}

export function organizationInput(values: OrganizationFormValues): OrganizationInput {
  return {
    kind: values.kind,
    name: values.name.trim(),
    shortName: blankToNull(values.shortName),
    slug: values.slug.trim(),
    parentId: values.parentId,
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    website: blankToNull(values.website),
    address: blankToNull(values.address),
  };
}

export interface PersonFormValues {
  title: string;
  givenName: string;
  familyName: string;
  organizationId: string | null;
  email: string;
  phone: string;
}

export function personFormValues(person: Person | null): PersonFormValues {
  return {
    title: person?.title ?? '',
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    organizationId: person?.organization?.id ?? null,
    email: person?.email ?? '',
    phone: person?.phone ?? '',
  };
}

/** Contact details are sent only by those allowed to see them, so no one clears what they cannot see. */
export function personInput(values: PersonFormValues, withContacts: boolean): PersonInput {
  return {
    title: blankToNull(values.title),
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    organizationId: values.organizationId,
    ...(withContacts ? { email: blankToNull(values.email), phone: blankToNull(values.phone) } : {}),
  };
}
