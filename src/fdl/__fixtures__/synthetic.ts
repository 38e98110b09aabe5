// Synthetic Final Determination Letters for the fdl tests: three fixed letters (the golden files) and a
// fast-check generator. Every name, place and sentence here is invented; nothing is copied from a letter.
import fc from 'fast-check';
import type { Citation } from '../../core/index.ts';
import type { Address, FinalLetter, FinalLetterItem } from '../model.ts';

export const QUALIFICATIONS =
  'The independent reviewer who examined the case file has no affiliation with the employer, the employee, the providers or the claims administrator. ' +
  'The reviewer holds an active license, has been in clinical practice for more than five years, currently treats patients at least 24 hours a week, ' +
  'and was chosen for expertise in a specialty that treats the condition in dispute. The reviewer knows the strength of evidence hierarchy that applies to these reviews.';

const cpmtg2009 = (section: string, page: string): Citation => ({ source: 'MTUS', title: 'Chronic Pain Medical Treatment Guidelines 2009', pages: [page], sections: [section] });
const mtus2016 = (title: string, section: string): Citation => ({ source: 'MTUS', title, pages: [], sections: [section] });
const odg = (title: string): Citation => ({ source: 'ODG', title, pages: [], sections: [] });

const address = (street: string, city: string, zip: string): Address => ({ street, city, state: 'CA', zip });

/** Golden letter 1: one item, upheld, MTUS 2009 with pages. */
export const LETTER_ONE: FinalLetter = {
  caseNumber: 'CM16-0412345',
  applicationReceived: '2016-08-02',
  dateAssigned: '2016-08-15',
  decisionDate: '2016-09-12',
  urDenialDate: '2016-07-21',
  dateOfInjury: '2014-03-05',
  priority: 'Standard',
  employee: { name: 'Rosalind Okafor', address: address('418 Mariposa Street', 'Visalia', '93291'), dateOfBirth: '1969-04-17' },
  employer: { name: 'Sierra Crest Packing LLC', address: address('2200 Ventana Avenue', 'Tulare', '93274') },
  requestingPhysician: { name: 'Elin Lindqvist, MD', address: address('77 Palomar Drive, Suite 210', 'Visalia', '93277'), specialty: 'Physical Medicine & Rehabilitation' },
  claimsAdministrator: { name: 'Coastline Claims Services', address: address('9 Harbor Court', 'Long Beach', '90802') },
  claimNumber: 'CCS-2014-118273',
  reviewer: { qualifications: QUALIFICATIONS, licensure: ['California'], specialties: ['Physical Medicine & Rehabilitation', 'Pain Medicine'] },
  patient: { age: 47, sex: 'female' },
  clinicalSummary:
    'Ms. Okafor injured her low back lifting crates of fruit on a packing line at Sierra Crest Packing. She reports constant low back pain rated 6 of 10 ' +
    'that radiates to the left thigh. Treatment so far has included anti-inflammatory medication, a home exercise program and eight sessions of ' +
    'physical therapy.\n\nOn the most recent visit Dr. Lindqvist noted tenderness over the lumbar paraspinal muscles and reduced flexion, with a normal ' +
    'neurological examination. The treatment plan asked for massage therapy. Utilization review denied the request on 07/21/2016.',
  documentsReviewed: [
    { title: 'Progress reports', provider: 'Elin Lindqvist, MD', from: '2016-01-12', to: '2016-07-05' },
    { title: 'Utilization review determination', from: '2016-07-21' },
  ],
  items: [
    {
      request: 'Massage therapy 1x8 lumbar spine',
      decision: 'Upheld',
      claimsAdministratorGuideline: [cpmtg2009('Massage therapy', '60')],
      imrGuideline: [cpmtg2009('Massage therapy', '60')],
      rationale:
        'The guidelines support massage only as an adjunct to active treatment, limited to four to six visits in most cases. ' +
        'The worker has already completed a course of therapy and the records do not describe an active program that massage would support. ' +
        'Eight visits also exceed the number the guideline recommends. Therefore, the request for massage therapy 1x8 lumbar spine is not medically necessary.',
    },
  ],
};

/** Golden letter 2: three items (one modified, one overturned), representative, facility, EAMS number. */
export const LETTER_TWO: FinalLetter = {
  caseNumber: 'CM17-0023456',
  applicationReceived: '2017-01-09',
  dateAssigned: '2017-01-18',
  decisionDate: '2017-02-14',
  urDenialDate: '2016-12-28',
  dateOfInjury: '2015-06-30',
  priority: 'Standard',
  employee: { name: "Darnell O'Donnell", address: address('1650 Jacaranda Lane', 'Bakersfield', '93301'), dateOfBirth: '1978-11-02' },
  employer: { name: 'Harborview Logistics Corp.', address: address('400 Port Road', 'Oakland', '94607') },
  requestingPhysician: { name: 'Amira Mahmoud, DO', address: address('31 Sycamore Boulevard', 'Bakersfield', '93309'), specialty: 'Orthopaedic Surgery' },
  claimsAdministrator: { name: 'Keystone Mutual Insurance Company', address: address('1 Market Place', 'San Francisco', '94105') },
  representative: { name: 'Priya Ramanathan', address: address('55 El Camino Way', 'Fresno', '93704') },
  facilities: [{ name: 'Kern Valley Imaging Center', address: address('800 Truxtun Avenue', 'Bakersfield', '93301') }],
  claimNumber: '05-447192-KM',
  eamsNumber: 'ADJ9876543',
  reviewer: { qualifications: QUALIFICATIONS, licensure: ['California', 'Nevada'], specialties: ['Orthopaedic Surgery'] },
  patient: { age: 38, sex: 'male' },
  clinicalSummary:
    "Mr. O'Donnell, a forklift operator for Harborview Logistics, twisted his right knee stepping off a loading dock. An MRI at Kern Valley Imaging Center " +
    "showed a complex tear of the medial meniscus. Darnell's symptoms of locking and giving way persisted despite six weeks of therapy and a cortisone injection.\n\n" +
    "Dr. Mahmoud recommended arthroscopic surgery with post-operative therapy and a short course of opioid medication. O'DONNELL reported he could " +
    'not return to full duty. The applicant can be reached at (661) 555-0143; his representative, Ms. Ramanathan, filed the application.',
  documentsReviewed: [
    { title: 'Orthopaedic consultation and progress reports', provider: 'Amira Mahmoud, DO', from: '2016-08-01', to: '2016-12-15' },
    { title: 'MRI right knee', provider: 'Kern Valley Imaging Center', from: '2016-09-20' },
    { title: 'Utilization review determination', from: '2016-12-28' },
  ],
  items: [
    {
      request: 'Right knee arthroscopy with partial medial meniscectomy',
      decision: 'Overturned',
      claimsAdministratorGuideline: [mtus2016('Knee Complaints 2004', 'Surgical Considerations')],
      imrGuideline: [mtus2016('Knee Complaints 2004', 'Surgical Considerations')],
      rationale:
        'Arthroscopic repair or partial meniscectomy is appropriate when there are clear signs of a bucket handle tear, mechanical symptoms such as locking, ' +
        'and a matching tear on imaging. These findings are documented and conservative care has failed. Therefore, the request for right knee arthroscopy ' +
        'with partial medial meniscectomy is medically necessary.',
    },
    {
      request: 'Post-operative physical therapy 6 visits right knee',
      originalRequest: 'Post-operative physical therapy 12 visits right knee',
      authorized: 'Post-operative physical therapy 6 visits right knee',
      decision: 'Upheld',
      claimsAdministratorGuideline: [mtus2016('Postsurgical Treatment Guidelines 2009', 'Knee')],
      imrGuideline: [mtus2016('Postsurgical Treatment Guidelines 2009', 'Knee')],
      rationale:
        'The post-surgical guideline allows an initial course of half the general course of therapy, with more visits when functional gains are shown. ' +
        'Six visits were already authorized and no gains can be documented before surgery. The remaining six visits are not medically necessary.',
    },
    {
      request: 'Norco 10/325mg #60',
      decision: 'Upheld',
      claimsAdministratorGuideline: [],
      imrGuideline: [cpmtg2009('Opioids, criteria for use', '76-80')],
      rationale:
        "The records do not show a treatment agreement, urine drug testing or a measured improvement in function from opioids. Dr. Mahmoud's notes " +
        'describe pain scores only. Therefore, the request for Norco 10/325mg #60 is not medically necessary.',
    },
  ],
};

/** Golden letter 3: expedited, ODG citation, several names in odd places. */
export const LETTER_THREE: FinalLetter = {
  caseNumber: 'CM18-0009876',
  applicationReceived: '2018-01-03',
  dateAssigned: '2018-01-04',
  decisionDate: '2018-01-06',
  urDenialDate: '2017-12-29',
  dateOfInjury: '2017-12-01',
  priority: 'Expedited',
  employee: { name: 'Guadalupe Villanueva-Tsosie', address: address('12 Oxbow Court', 'Merced', '95340'), dateOfBirth: '1985-07-09' },
  employer: { name: 'Blue Oak Unified School District', address: address('600 W. Olive Street', 'Merced', '95348') },
  requestingPhysician: { name: 'Hiroshi Takahashi, MD', address: address('150 Canal Street', 'Merced', '95340'), specialty: 'Neurosurgery' },
  claimsAdministrator: { name: 'Ardent Adjusting Group', address: address('2 Capitol Mall', 'Sacramento', '95814') },
  claimNumber: 'AAG 77-310-442',
  reviewer: { qualifications: QUALIFICATIONS, licensure: ['California'], specialties: ['Neurological Surgery'] },
  patient: { age: 32, sex: 'female' },
  clinicalSummary:
    'villanueva-tsosie, a school custodian, fell from a ladder and fractured two lumbar vertebrae. Guadalupe was admitted for observation. ' +
    'Her date of birth is July 9, 1985 (7/9/85). Dr. Takahashi documents progressive weakness of the right leg and a new foot drop; Takahashi\'s ' +
    'note asks for urgent decompression. The school nurse at Blue Oak Unified School District confirmed the fall. Her SSN 123-45-6789 appears on the claim form.',
  documentsReviewed: [
    { title: 'Emergency department records', provider: 'Merced Regional Hospital', from: '2017-12-01', to: '2017-12-03' },
    { title: 'Neurosurgical consultation', provider: 'Hiroshi Takahashi, MD', from: '2017-12-20' },
  ],
  items: [
    {
      request: 'L3-L4 laminectomy and decompression',
      decision: 'Overturned',
      claimsAdministratorGuideline: [odg('Low Back - Lumbar & Thoracic (Acute & Chronic), Discectomy/laminectomy')],
      imrGuideline: [mtus2016('Low Back Complaints 2004', 'Surgical Considerations'), odg('Low Back, Laminectomy')],
      rationale:
        'Surgical decompression is recommended without delay for a progressive neurological deficit such as a new foot drop with matching imaging. ' +
        'The findings Dr. Takahashi documents for Ms. Villanueva-Tsosie meet that standard. Therefore, the request for L3-L4 laminectomy and decompression is medically necessary.',
    },
  ],
};

export const GOLDEN_LETTERS: readonly (readonly [string, FinalLetter])[] = [
  ['letter-one', LETTER_ONE],
  ['letter-two', LETTER_TWO],
  ['letter-three', LETTER_THREE],
];

// ------------------------------------------------------------------------------------------------
// Generator
// ------------------------------------------------------------------------------------------------

// Pools chosen so that no first name or surname is an ordinary English word of the letter boilerplate.
const FIRST = ['Maria', 'Jose', 'Linda', 'Roberto', 'Ngozi', 'Priya', 'Dmitri', 'Keisha', 'Alejandro', 'Svetlana', 'Fatima', 'Esperanza', 'Yolanda', 'Marisol', 'Tuan'];
const LAST = ['Gonzalez', 'Nguyen', 'Okonkwo', 'Petrosyan', 'Castellanos', 'Abernathy', 'Kowalczyk', 'Haddad', 'Delacroix', 'Oyelaran', 'Fitzgerald', 'Yamamoto', 'Bautista', 'Hernandez-Ruiz', 'Szymanski'];
const DOCTOR_FIRST = ['Anneliese', 'Rajesh', 'Olufemi', 'Beatriz', 'Tomasz', 'Ingrid', 'Kenji'];
const DOCTOR_LAST = ['Rasmussen', 'Ferreira', 'Kaczmarek', 'Obuya', 'Velasquez', 'Achterberg', 'Moreau'];
const SPECIALTIES = ['Orthopaedic Surgery', 'Pain Medicine', 'Physical Medicine & Rehabilitation', 'Occupational Medicine', 'Family Practice'];
const EMPLOYERS = ['Golden Valley Plumbing Inc.', 'Mesa Verde Grocers', 'Redwood Ridge Construction Co.', 'Tri-County Cannery LLC', 'Pinecrest Lodging Group'];
const ADMINS = ['Tri-Harbor Risk Management', 'Northgate Claims Solutions', 'Bellwether Mutual Insurance Company', 'Cypress Point Adjusters'];
const CITIES = ['Fresno', 'Stockton', 'Modesto', 'Salinas', 'Redding', 'Oxnard', 'Chico', 'Hanford'];
const STREET_NAMES = ['Sycamore', 'Mariposa', 'Ventana', 'Manzanita', 'Tamarack', 'Alder'];
const STREET_TYPES = ['Street', 'Avenue', 'Drive', 'Lane', 'Boulevard', 'Court'];

interface RequestShape {
  readonly make: (n: number) => string;
  readonly citation: Citation;
}
const REQUESTS: readonly RequestShape[] = [
  { make: (n) => `Norco 10/325mg #${30 * (1 + (n % 6))}`, citation: cpmtg2009('Opioids, criteria for use', '76-80') },
  { make: (n) => `Physical therapy 2x${2 + (n % 5)} lumbar spine`, citation: mtus2016('Chronic Pain Medical Treatment Guidelines 2016', 'Physical Medicine') },
  { make: (n) => `Tramadol ER 150mg #${30 * (1 + (n % 3))}`, citation: cpmtg2009('Tramadol (Ultram)', '93-94') },
  { make: (n) => `Acupuncture ${4 + (n % 9)} sessions cervical spine`, citation: mtus2016('Acupuncture Medical Treatment Guidelines 2016', 'Acupuncture') },
  { make: () => 'MRI of the right shoulder without contrast', citation: mtus2016('Shoulder Complaints 2004', 'Special Studies') },
  { make: (n) => `Lidoderm 5% patch #${30 * (1 + (n % 3))}`, citation: cpmtg2009('Lidoderm (lidocaine patch)', '56-57') },
  { make: (n) => `Chiropractic manipulation 2x${3 + (n % 4)} lumbar spine`, citation: cpmtg2009('Manual therapy & manipulation', '58-59') },
  { make: () => 'EMG/NCV bilateral upper extremities', citation: odg('Neck and Upper Back, Electromyography') },
  { make: (n) => `Gabapentin 600mg #${90 + 30 * (n % 3)}`, citation: cpmtg2009('Antiepilepsy drugs (AEDs)', '16-18') },
  { make: (n) => `Home health aide 4 hours per day x ${2 + (n % 6)} weeks`, citation: cpmtg2009('Home health services', '51') },
  { make: (n) => `Oxycodone HCL ER 20mg #${30 * (1 + (n % 4))} day supply: 30`, citation: mtus2016('Opioid Treatment 2016', '1.3 Opioids for Acute Pain: Severe Acute Injuries') },
  { make: (n) => `(${1 + (n % 9)}) Additional sessions of cognitive behavioral therapy (CBT) for chronic pain, 1 time a week for 6 weeks, as an outpatient`, citation: cpmtg2009('Behavioral interventions', '23') },
  { make: (n) => `Compound cream: Flurbiprofen 20%/Lidocaine 5% 180gm, DOS: 0${1 + (n % 9)}/14/16`, citation: cpmtg2009('Topical analgesics', '111-113') },
];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const person = (firsts: readonly string[], lasts: readonly string[]): fc.Arbitrary<{ first: string; last: string }> =>
  fc.record({ first: fc.constantFrom(...firsts), last: fc.constantFrom(...lasts) });

const arbAddress: fc.Arbitrary<Address> = fc
  .record({ n: fc.integer({ min: 10, max: 9999 }), street: fc.constantFrom(...STREET_NAMES), type: fc.constantFrom(...STREET_TYPES), city: fc.constantFrom(...CITIES), zip: fc.integer({ min: 90001, max: 96161 }) })
  .map((a) => ({ street: `${a.n} ${a.street} ${a.type}`, city: a.city, state: 'CA', zip: String(a.zip) }));

const arbItem = (doctor: string, worker: string): fc.Arbitrary<FinalLetterItem> =>
  fc
    .record({
      shape: fc.constantFrom(...REQUESTS),
      n: fc.nat({ max: 1000 }),
      upheld: fc.boolean(),
      modified: fc.boolean(),
      caCites: fc.boolean(),
      mention: fc.constantFrom('none', 'doctor', 'worker'),
    })
    .map(({ shape, n, upheld, modified, caCites, mention }) => {
      const request = shape.make(n);
      const conclusion = `Therefore, the request for ${request} is ${upheld ? 'not ' : ''}medically necessary.`;
      const who = mention === 'doctor' ? ` ${doctor}'s notes do not change that.` : mention === 'worker' ? ` ${worker} reported partial relief.` : '';
      const base = {
        request,
        decision: upheld ? ('Upheld' as const) : ('Overturned' as const),
        claimsAdministratorGuideline: caCites ? [shape.citation] : [],
        imrGuideline: [shape.citation],
        rationale: `The guideline criteria were compared with the documented findings.${who} ${conclusion}`,
      };
      return modified ? { ...base, originalRequest: shape.make(n + 1), authorized: shape.make(n + 2) } : base;
    });

/** Realistic synthetic letters; names also appear inside the summary and rationales. */
export const arbFinalLetter: fc.Arbitrary<FinalLetter> = fc
  .record({
    year: fc.integer({ min: 13, max: 24 }),
    serial: fc.integer({ min: 0, max: 9_999_999 }),
    injury: fc.integer({ min: 0, max: 3000 }),
    gaps: fc.tuple(fc.integer({ min: 30, max: 900 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 })),
    birthYear: fc.integer({ min: 1950, max: 1995 }),
    birthDay: fc.integer({ min: 0, max: 364 }),
    expedited: fc.boolean(),
    worker: person(FIRST, LAST),
    doctor: person(DOCTOR_FIRST, DOCTOR_LAST),
    specialty: fc.constantFrom(...SPECIALTIES),
    employer: fc.constantFrom(...EMPLOYERS),
    admin: fc.constantFrom(...ADMINS),
    addresses: fc.tuple(arbAddress, arbAddress, arbAddress, arbAddress),
    claim: fc.integer({ min: 100_000, max: 99_999_999 }),
    sex: fc.constantFrom('male' as const, 'female' as const),
    age: fc.integer({ min: 18, max: 75 }),
  })
  .chain((g) => {
    const worker = `${g.worker.first} ${g.worker.last}`;
    const doctor = `${g.doctor.first} ${g.doctor.last}`;
    return fc.array(arbItem(`Dr. ${g.doctor.last}`, g.worker.first), { minLength: 1, maxLength: 5 }).map((items): FinalLetter => {
      const dateOfInjury = addDays('2010-01-01', g.injury);
      const urDenialDate = addDays(dateOfInjury, g.gaps[0]);
      const applicationReceived = addDays(urDenialDate, g.gaps[1]);
      const dateAssigned = addDays(applicationReceived, g.gaps[2]);
      const decisionDate = addDays(dateAssigned, g.gaps[3]);
      const [a0, a1, a2, a3] = g.addresses;
      return {
        caseNumber: `CM${g.year}-${String(g.serial).padStart(7, '0')}`,
        applicationReceived,
        dateAssigned,
        decisionDate,
        urDenialDate,
        dateOfInjury,
        priority: g.expedited ? 'Expedited' : 'Standard',
        employee: { name: worker, address: a0, dateOfBirth: addDays(`${g.birthYear}-01-01`, g.birthDay) },
        employer: { name: g.employer, address: a1 },
        requestingPhysician: { name: `${doctor}, MD`, address: a2, specialty: g.specialty },
        claimsAdministrator: { name: g.admin, address: a3 },
        claimNumber: `WC-${g.claim}`,
        reviewer: { qualifications: QUALIFICATIONS, licensure: ['California'], specialties: [g.specialty] },
        patient: { age: g.age, sex: g.sex },
        clinicalSummary:
          `${g.worker.last.toUpperCase()} works for ${g.employer} and was injured on the job. ${g.worker.first}'s pain persists despite treatment.\n\n` +
          `Dr. ${g.doctor.last} of ${a2.city} requested the treatment below; ${g.admin} denied it after utilization review.`,
        documentsReviewed: [
          { title: 'Progress reports', provider: `${doctor}, MD`, from: dateOfInjury, to: addDays(urDenialDate, -3) },
          { title: 'Utilization review determination', from: urDenialDate },
        ],
        items,
      };
    });
  });
