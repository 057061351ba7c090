import { describe, expect, it } from 'vitest';
import { accessOf, contactValues, kindMissing, kindOf, organizationValues, roleOf } from './organization-form';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

describe('organization forms', () => {
  it('take only the API’s enum values', () => {
    expect(kindOf('ASSOCIATION')).toBe('ASSOCIATION');
    expect(kindOf('association')).toBeNull();
    expect(kindOf('')).toBeNull();
    expect(accessOf('MANAGER')).toBe('MANAGER');
    expect(accessOf('OWNER')).toBeNull();
    expect(roleOf('COORDINATOR')).toBe('COORDINATOR');
    expect(roleOf('ROOT')).toBeNull();
  });

  it('keep the texts as typed, for the API to judge and the form to show again', () => {
    const values = organizationValues(
      form({ name: '  Régie  ', kind: 'COMPANY', description: ' Ce qu’elle fait\r\n' }),
    );
    expect(values).toEqual({ name: '  Régie  ', kind: 'COMPANY', description: ' Ce qu’elle fait\r\n', website: '' });
    expect(contactValues(form({ phone: ' 05 56 00 00 00 ', postalAddress: '1 rue\n33000' }))).toEqual({
      contactEmail: '',
      phone: '05 56 00 00 00',
      postalAddress: '1 rue\n33000',
      commune: '',
    });
  });

  it('cut only absurd sizes', () => {
    const values = organizationValues(form({ name: 'x'.repeat(5_000), description: 'y'.repeat(50_000) }));
    expect(values.name).toHaveLength(1_000);
    expect(values.description).toHaveLength(20_000);
  });

  it('word a missing kind in the page’s language, on its field', () => {
    expect(kindMissing('fr')).toEqual({ field: 'kind', message: 'Choisissez le type de structure.' });
    expect(kindMissing('en').message).toBe('Choose the kind of organization.');
  });
});
