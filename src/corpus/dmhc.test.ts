import { describe, expect, test } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { parseDmhcCsv } from './dmhc.ts';

// Synthetic rows in the layout of the CHHS "Independent Medical Review (IMR) Determinations" extract.
const HEADER = 'Reference ID;Report Year;Diagnosis Category;Diagnosis Sub Category;Treatment Category;Treatment Sub Category;Determination;Type;Age Range;Patient Gender';

describe('parseDmhcCsv', () => {
  test('reads semicolon-separated rows', () => {
    const csv = [
      HEADER,
      'MN15-00001;2015;Orthopedic;Back pain;Diagnostic Imaging;MRI;Upheld Decision of Health Plan;Medical Necessity;41-50;Female',
      'EI15-00002;2015;Cancer;Breast;Pharmacy/Prescription Drugs;Chemotherapy;Overturned Decision of Health Plan;Experimental/Investigational;51-64;Male',
    ].join('\r\n');
    const { records, rejected } = parseDmhcCsv(csv);
    expect(rejected).toEqual([]);
    expect(records).toEqual([
      {
        referenceId: 'MN15-00001', reportYear: 2015, diagnosisCategory: 'Orthopedic', diagnosisSubCategory: 'Back pain',
        treatmentCategory: 'Diagnostic Imaging', treatmentSubCategory: 'MRI', decision: 'Upheld', type: 'Medical Necessity',
        ageRange: '41-50', sex: 'female',
      },
      {
        referenceId: 'EI15-00002', reportYear: 2015, diagnosisCategory: 'Cancer', diagnosisSubCategory: 'Breast',
        treatmentCategory: 'Pharmacy/Prescription Drugs', treatmentSubCategory: 'Chemotherapy', decision: 'Overturned',
        type: 'Experimental/Investigational', ageRange: '51-64', sex: 'male',
      },
    ]);
  });

  test('reads comma-separated rows with quoted commas, a BOM and columns in another order', () => {
    const csv = '\uFEFFReport Year,Reference ID,Determination,Diagnosis Category,Diagnosis Sub Category,Treatment Category,Treatment Sub Category,Type,Age Range,Patient Gender\n' +
      '2014,MN14-1,"Upheld Decision of Health Plan","Mental, other",,Mental Health,,Medical Necessity,,\n';
    const { records, rejected } = parseDmhcCsv(csv);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ referenceId: 'MN14-1', reportYear: 2014, diagnosisCategory: 'Mental, other', diagnosisSubCategory: null, sex: null, decision: 'Upheld' });
  });

  test('rejects bad rows by line and keeps the good ones', () => {
    const csv = [HEADER, ';2015;a;b;c;d;Upheld;t;1-10;Male', 'MN1;not-a-year;a;b;c;d;Upheld;t;1-10;Male', 'MN2;2016;a;b;c;d;Overturned;t;1-10;Male'].join('\n');
    const { records, rejected } = parseDmhcCsv(csv);
    expect(records.map((r) => r.referenceId)).toEqual(['MN2']);
    expect(rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  test('a file without the expected columns is refused with the missing column named', () => {
    expect(() => parseDmhcCsv('a;b;c\n1;2;3\n')).toThrow(OpenImrError);
    try {
      parseDmhcCsv('a;b;c\n1;2;3\n');
    } catch (e) {
      expect((e as OpenImrError).code).toBe('invalid-input');
      expect((e as OpenImrError).message).toContain('reference id');
    }
  });

  test('an empty file is refused', () => {
    expect(() => parseDmhcCsv('')).toThrow(/empty/);
  });
});
