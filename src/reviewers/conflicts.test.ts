import { describe, it, expect } from 'vitest';
import type { Reviewer } from '../core/index.ts';
import { conflicts, matchOrganisation, matchPerson, normaliseOrganisation } from './index.ts';
import { application, reviewer } from './__fixtures__/records.ts';

const withAffiliation = (kind: Reviewer['affiliations'][number]['kind'], name: string): Reviewer =>
  reviewer({ affiliations: [{ kind, name }] });
const codes = (r: Reviewer, app: unknown = application()): string[] => conflicts(r, app).map((c) => c.code);

describe('organisation names', () => {
  it('drops case, punctuation, "The" and corporate suffixes', () => {
    expect(normaliseOrganisation('The Brightwater Logistics, Inc.')).toEqual(['brightwater', 'logistics']);
    expect(normaliseOrganisation('ZENITHAL RISK SERVICES, L.L.C.')).toEqual(['zenithal', 'risk', 'services']);
    expect(normaliseOrganisation('Acme & Sons Co.')).toEqual(['acme', 'and', 'sons']);
  });

  it('matches exactly after normalisation or by whole-word containment of a distinctive name', () => {
    expect(matchOrganisation('brightwater logistics corp', 'Brightwater Logistics, Inc.')).toBe('exact');
    expect(matchOrganisation('Kestrelmont', 'Kestrelmont Insurance Company')).toBe('contains');
    expect(matchOrganisation('Kestrelmont Insurance Company', 'Kestrelmont')).toBe('contains');
  });

  it('does not hit on a short or generic word', () => {
    expect(matchOrganisation('ABC', 'ABC Staffing Inc.')).toBeNull();
    expect(matchOrganisation('Medical Group', 'Harborview Medical Group')).toBeNull();
    expect(matchOrganisation('State', 'State Compensation Insurance Fund')).toBeNull();
    expect(matchOrganisation('Care', 'Care Hospital')).toBeNull();
    expect(matchOrganisation('Brightwater', 'Brightwaters Hotel')).toBeNull();
  });
});

describe('person names', () => {
  it('reads "Last, First", titles and degrees', () => {
    expect(matchPerson('Fennimore, Tobias', 'Dr. Tobias Fennimore, MD')).toBe(true);
    expect(matchPerson('Tobias J. Fennimore', 'Tobias Fennimore')).toBe(true);
  });
  it('needs two name words', () => {
    expect(matchPerson('Fennimore', 'Tobias Fennimore')).toBe(false);
    expect(matchPerson('Tobias Fennimore', 'Tobias Whitcombe')).toBe(false);
  });
});

describe('conflicts', () => {
  it('finds nothing for an unaffiliated reviewer', () => {
    expect(codes(reviewer())).toEqual([]);
  });

  it('finds the employer, whatever the case or suffix', () => {
    expect(codes(withAffiliation('employer', 'BRIGHTWATER LOGISTICS LLC'))).toEqual(['conflict-employer']);
    expect(codes(withAffiliation('employer', 'Northgate Foods'))).toEqual([]);
  });

  it('finds the claims administrator through an insurer affiliation', () => {
    expect(codes(withAffiliation('insurer', 'The Zenithal Risk Services Corp.'))).toEqual(['conflict-claims-administrator']);
    expect(codes(withAffiliation('claims-administrator', 'Zenithal'))).toEqual(['conflict-claims-administrator']);
    expect(codes(withAffiliation('insurer', 'Risk Services'))).toEqual([]);
  });

  it('finds the requesting physician, as an affiliation or as the reviewer', () => {
    expect(codes(withAffiliation('provider', 'Fennimore, Tobias'))).toEqual(['conflict-requesting-physician']);
    expect(codes(reviewer({ name: 'Tobias Fennimore' }))).toEqual(['conflict-requesting-physician']);
    expect(codes(withAffiliation('provider', 'Tobias Whitcombe'))).toEqual([]);
  });

  it('finds the medical group, facility and manufacturer when the case names them', () => {
    const app = {
      ...application(),
      medicalGroup: { name: 'Harborview Orthopedic Medical Group, Inc.' },
      facility: { name: 'Saint Aldric Surgery Center' },
      manufacturer: { name: 'Orvane Pharmaceuticals Ltd' },
    };
    expect(codes(withAffiliation('medical-group', 'harborview orthopedic medical group'), app)).toEqual(['conflict-medical-group']);
    expect(codes(withAffiliation('facility', 'St. Aldric Surgery Center'), app)).toEqual([]);
    expect(codes(withAffiliation('facility', 'Saint Aldric Surgery Center LLC'), app)).toEqual(['conflict-facility']);
    expect(codes(withAffiliation('manufacturer', 'Orvane'), app)).toEqual(['conflict-manufacturer']);
    expect(codes(withAffiliation('manufacturer', 'Orvane'))).toEqual([]);
    expect(codes(withAffiliation('medical-group', 'Medical Group'), app)).toEqual([]);
  });

  it('finds the employee', () => {
    expect(codes(withAffiliation('provider', 'Quenby, Marisol'))).toEqual(['conflict-employee']);
    expect(codes(reviewer({ name: 'Marisol Quenby' }))).toEqual(['conflict-employee']);
  });

  it('reports one reason per hit, with texts that carry no names', () => {
    const r = reviewer({
      affiliations: [
        { kind: 'employer', name: 'Brightwater Logistics' },
        { kind: 'insurer', name: 'Zenithal Risk Services' },
      ],
    });
    const found = conflicts(r, application());
    expect(found.map((c) => [c.code, c.affiliation])).toEqual([
      ['conflict-employer', 0],
      ['conflict-claims-administrator', 1],
    ]);
    for (const c of found) expect(c.text).not.toMatch(/Brightwater|Zenithal|Ashgrove/);
  });

  it('rejects a malformed application naming the field', () => {
    expect(() => conflicts(reviewer(), { ...application(), employer: { name: '' } })).toThrow(/application\.employer\.name/);
  });
});
