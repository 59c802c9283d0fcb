import { describe, expect, it } from 'vitest';
import { organizationFormValues, organizationInput, personFormValues, personInput } from './record-forms';

describe('organizationInput', () => {
  it('trims names and sends empty optional fields as null', () => {
    const values = { ...organizationFormValues(null), kind: 'municipality' as const, name: '  Town of Ptuj ', slug: 'town-of-ptuj', shortName: ' ', website: '' };
    expect(organizationInput(values)).toEqual({
      kind: 'municipality',
      name: 'Town of Ptuj',
      shortName: null,
      slug: 'town-of-ptuj',
      parentId: null,
      email: null,
      phone: null,
      website: null,
      address: null,
    });
  });

  it('starts an edit from the stored organisation', () => {
    const stored = { id: 'o1', parentId: 'o0', kind: 'region' as const, name: 'Region', shortName: 'R', slug: 'region', email: 'a@b.example', phone: null, website: null, address: 'Main 1' };
    expect(organizationInput(organizationFormValues(stored))).toEqual({
      kind: 'region',
      name: 'Region',
      shortName: 'R',
      slug: 'region',
      parentId: 'o0',
      email: 'a@b.example',
      phone: null,
      website: null,
      address: 'Main 1',
    });
  });
});

describe('personInput', () => {
  const values = { ...personFormValues(null), givenName: ' Ana ', familyName: 'Novak', title: '', email: 'ana@example.test', phone: ' ' };

  it('sends contact details for those who may see them', () => {
    expect(personInput(values, true)).toEqual({ title: null, givenName: 'Ana', familyName: 'Novak', organizationId: null, email: 'ana@example.test', phone: null });
  });

  it('leaves contact details out for everyone else', () => {
    expect(personInput(values, false)).toEqual({ title: null, givenName: 'Ana', familyName: 'Novak', organizationId: null });
  });
});
