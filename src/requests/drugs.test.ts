import { describe, expect, it } from 'vitest';
import { DRUG_ENTRIES, DRUG_LEXICON, drugClass, findDrugs, resolveDrugClass, type DrugClass } from './drugs.ts';
import { prepareText, tokenize } from './text.ts';

describe('drug lexicon', () => {
  it('lists each name once, in lower case, with single spaces', () => {
    expect(DRUG_LEXICON.size).toBe(DRUG_ENTRIES.length);
    for (const [name] of DRUG_ENTRIES) expect(name).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)?$/);
  });

  // The classes the brief names, one line per drug.
  const EXPECTED: ReadonlyArray<readonly [string, DrugClass]> = [
    ['Ultram', 'pharmaceutical.opioid'], ['tramadol', 'pharmaceutical.opioid'], ['Norco', 'pharmaceutical.opioid'],
    ['Percocet', 'pharmaceutical.opioid'], ['Duragesic', 'pharmaceutical.opioid'], ['fentanyl', 'pharmaceutical.opioid'],
    ['Nucynta', 'pharmaceutical.opioid'], ['Oxycontin', 'pharmaceutical.opioid'], ['Butrans', 'pharmaceutical.opioid'],
    ['Suboxone', 'pharmaceutical.opioid'],
    ['Prilosec', 'pharmaceutical.gastro-protective'], ['omeprazole', 'pharmaceutical.gastro-protective'],
    ['pantoprazole', 'pharmaceutical.gastro-protective'], ['ranitidine', 'pharmaceutical.gastro-protective'],
    ['Flexeril', 'pharmaceutical.muscle-relaxant'], ['cyclobenzaprine', 'pharmaceutical.muscle-relaxant'],
    ['Soma', 'pharmaceutical.muscle-relaxant'], ['carisoprodol', 'pharmaceutical.muscle-relaxant'],
    ['tizanidine', 'pharmaceutical.muscle-relaxant'], ['Skelaxin', 'pharmaceutical.muscle-relaxant'],
    ['methocarbamol', 'pharmaceutical.muscle-relaxant'], ['baclofen', 'pharmaceutical.muscle-relaxant'],
    ['gabapentin', 'pharmaceutical.anticonvulsant'], ['Neurontin', 'pharmaceutical.anticonvulsant'],
    ['Lyrica', 'pharmaceutical.anticonvulsant'], ['pregabalin', 'pharmaceutical.anticonvulsant'],
    ['topiramate', 'pharmaceutical.anticonvulsant'],
    ['duloxetine', 'pharmaceutical.antidepressant'], ['Cymbalta', 'pharmaceutical.antidepressant'],
    ['amitriptyline', 'pharmaceutical.antidepressant'], ['nortriptyline', 'pharmaceutical.antidepressant'],
    ['trazodone', 'pharmaceutical.antidepressant'],
    ['Ambien', 'pharmaceutical.sleep-aid'], ['zolpidem', 'pharmaceutical.sleep-aid'], ['Lunesta', 'pharmaceutical.sleep-aid'],
    ['Sonata', 'pharmaceutical.sleep-aid'], ['Restoril', 'pharmaceutical.sleep-aid'],
    ['naproxen', 'pharmaceutical.nsaid'], ['Anaprox', 'pharmaceutical.nsaid'], ['Naprosyn', 'pharmaceutical.nsaid'],
    ['ibuprofen', 'pharmaceutical.nsaid'], ['Motrin', 'pharmaceutical.nsaid'], ['meloxicam', 'pharmaceutical.nsaid'],
    ['Mobic', 'pharmaceutical.nsaid'], ['diclofenac', 'pharmaceutical.nsaid'], ['celecoxib', 'pharmaceutical.nsaid'],
    ['Celebrex', 'pharmaceutical.nsaid'], ['etodolac', 'pharmaceutical.nsaid'], ['nabumetone', 'pharmaceutical.nsaid'],
    ['ketoprofen', 'pharmaceutical.nsaid'],
    ['Lidoderm', 'pharmaceutical.topical'], ['Terocin', 'pharmaceutical.topical'], ['Flector', 'pharmaceutical.topical'],
    ['Pennsaid', 'pharmaceutical.topical'], ['MS Contin', 'pharmaceutical.opioid'], ['ms-contin', 'pharmaceutical.opioid'],
  ];
  it.each(EXPECTED)('%s is %s', (name, cls) => {
    expect(drugClass(name)).toBe(cls);
  });
  it('does not know made-up names', () => {
    expect(drugClass('physical')).toBeNull();
    expect(drugClass('')).toBeNull();
  });
});

describe('resolveDrugClass', () => {
  const resolve = (request: string): string | null => {
    const text = prepareText(request);
    return resolveDrugClass(findDrugs(tokenize(text)), text)?.drugClass ?? null;
  };
  it.each([
    ['Voltaren gel 1%', 'pharmaceutical.topical'],
    ['Voltaren XR 100mg', 'pharmaceutical.nsaid'],
    ['Duragesic patch 50mcg/hr', 'pharmaceutical.opioid'],
    ['Gabapentin 10%/Lidocaine 5% cream', 'pharmaceutical.topical'],
    ['Tabradol 1mg/ml oral suspension', 'pharmaceutical.muscle-relaxant'],
    ['Tylenol with codeine', 'pharmaceutical.opioid'],
    ['Cyclobenzaprine 2% compounded cream', 'pharmaceutical.topical'],
  ])('%s -> %s', (request, cls) => {
    expect(resolve(request)).toBe(cls);
  });
});
