// Category rules as data, read by one matcher (classify). Each rule has a rank; the lowest rank with a
// match wins, and within a rank the match that starts earliest in the text wins ("Chiro with modalities"
// is chiropractic, "Physical therapy with massage" is physical therapy). A rule may require that the
// request does or does not state sessions (a frequency, a duration in visits, "12 sessions").
// Rank order, and why:
//   lab tests  >  psych  >  other (named tests)  >  physician visits  >  injections  >  electrodiagnostics  >
//   imaging  >  programs  >  drugs  >  home health  >  DME  >  rehab  >  consults/referrals  >  surgery  >
//   generic evaluation  >  generic medication
// - "Urine drug screen" mentions a drug test, not a drug: labs first.
// - Psych evaluation / psychiatric consultation are psychological (brief), before E&M.
// - A physician-specialist visit ("pain management consultation", "spine surgery evaluation",
//   "re-exam with chiropractor", "follow-up visit") is E&M even when it names a treatment or a surgery.
// - Injections before drugs ("Toradol injection", "Kenalog injection" are injections) and before imaging
//   ("ultrasound-guided", "under fluoroscopy").
// - Drugs before DME ("Salonpas pad", "Lidoderm patch"), DME before rehab ("EMS/TENS unit",
//   "home traction unit", "massage chair"), rehab before surgery ("post-op physical therapy").
// - Consult/referral to a non-physician treatment is that treatment ("Referral to chiropractor ... twice a
//   week", "acupuncture consultation"); otherwise it is E&M, ranked above surgery ("surgical consultation").
// - Surgery words come late because surgical context is often only a qualifier
//   ("Associated surgical service: Chest x-ray", "Post-op cold therapy unit").
import type { Category } from '../core/index.ts';

interface RuleBase {
  /** Stable id, used in tests and docs. */
  readonly id: string;
  readonly rank: number;
  /** Require (or forbid) stated sessions: a frequency, a number of visits or a duration of therapy. */
  readonly sessions?: 'present' | 'absent';
}
export interface PatternRule extends RuleBase {
  readonly kind: 'pattern';
  readonly category: Category;
  /** Run on prepared text (lower case, number words as digits). No /g flag. */
  readonly pattern: RegExp;
}
/** The drug lexicon (drugs.ts) decides the category when it names a drug. */
export interface LexiconRule extends RuleBase {
  readonly kind: 'drug-lexicon';
}
export type CategoryRule = PatternRule | LexiconRule;

const R = {
  lab: 10, psych: 20, namedOther: 25, visit: 30, injection: 40, electro: 50, imaging: 60, program: 70,
  drug: 80, homeHealth: 90, dme: 100, rehab: 110, consult: 120, surgery: 130, evaluation: 140, medication: 150,
} as const;

const rule = (id: string, rank: number, category: Category, pattern: RegExp, sessions?: 'present' | 'absent'): PatternRule =>
  sessions === undefined ? { kind: 'pattern', id, rank, category, pattern } : { kind: 'pattern', id, rank, category, pattern, sessions };

/** Specialists whose consultation or evaluation is an E&M service. */
const SPECIALIST =
  String.raw`(?:pain management|pain medicine|pain specialist|orthop(?:a)?edi\w*|neurolog\w*|neurosurg\w*|spine (?:surgeon|specialist)|surg(?:ery|ical|eon)\w*|physiatr\w*|pm&r|pm r|internal medicine|internist|rheumatolog\w*|podiatr\w*|specialist|specialty|sports medicine|urolog\w*|cardiolog\w*|gastroenterolog\w*|dermatolog\w*|endocrinolog\w*|pulmonolog\w*|ophthalmolog\w*|otolaryngolog\w*|\bent\b|dentist|hand surgeon|occupational medicine|primary care|\bpcp\b|physician|doctor|\bmd\b|infectious disease|hematolog\w*|oncolog\w*|addiction medicine|toxicolog\w*)`;
const VISIT_WORD = String.raw`(?:consult\w*|referr\w*|refer|evaluation|eval|visits?|follow[- ]?ups?|appointments?|assessment|second opinion|re-?exam\w*)`;

export const CATEGORY_RULES: readonly CategoryRule[] = [
  rule('lab.drug-testing', R.lab, 'lab-testing',
    /urine (?:drug|tox\w*)|\buds\b|\buda\b|drug (?:screen|test|panel)\w*|toxicolog\w* (?:screen|test)|\btox screen/),
  rule('lab.blood-urine', R.lab, 'lab-testing',
    /\blabs?\b|laborator\w*|blood (?:test|work|draw|panel|count)\w*|\bcbc\b|chem(?:istry)? panel|\bcmp\b|\bbmp\b|metabolic panel|pt\/ptt|\bptt\b|\binr\b|urinalysis|\bua\b|liver function|hepatic (?:function|panel)|renal (?:function|panel)|kidney function|lipid panel|\ba1c\b|hemoglobin a1c|\btsh\b|thyroid panel|genetic (?:test|testing|screen)|pharmacogen\w*|cytochrome p450|\bcyp450\b|\besr\b|sed rate|c-reactive|\bcrp\b|rheumatoid factor|hla-?b27|serum (?:level|test)|(?:vitamin d|testosterone) level/),
  rule('psych', R.psych, 'psychological',
    /psych\w*|\bcbt\b|cognitive[- ]behavio\w*|biofeedback|(?<!nutrition(?:al)? |dietary |weight loss )counsel\w*|mental health|behavio(?:u)?ral (?:therapy|medicine|health|treatment|evaluation|pain management)|hypno\w*|relaxation training|stress management|mindfulness|\bemdr\b|support group|\blcsw\b|\bmft\b/),
  // Tests of function with no better slot; the engine keys them by keyword.
  rule('other.named-tests', R.namedOther, 'other',
    /functional capacity|\bfce\b|range of motion (?:of )?(?:test|testing|measurement)|speech therap\w*|vision therap\w*|\brom (?:test|testing)|grip (?:strength )?test|jamar|sleep study|polysomno\w*|\bekg\b|\becg\b|electrocardiogra\w*|transportation|interpreter|translat\w*|impairment rating|disability evaluation|\bqme\b|\bame\b/),
  rule('em.visit', R.visit, 'evaluation-management',
    new RegExp(String.raw`office visits?|follow[- ]?up (?:visits?|appointments?|evaluations?|exams?|consult\w*|care|with)|follow[- ]?ups\b|re-?exam\w*|re-?evaluation|second opinion|(?:medical|pre-?op\w*|surgical) clearance|medication management|transfer of care|new patient (?:visit|evaluation)|${SPECIALIST}\s+(?:\w+\s+)?${VISIT_WORD}|${VISIT_WORD}\s+(?:(?:with|by|to|from|for|of|a|an|the|in|at)\s+){1,3}(?:\w+\s+)?${SPECIALIST}`)),
  // Implanted devices and manipulation under anesthesia are surgery even though they name a stimulator
  // (DME) or a manipulation (chiropractic).
  rule('surgery.implant-mua', R.visit + 1, 'surgery',
    /spinal cord stim\w*|dorsal column stim\w*|\bscs\b|intrathecal (?:pump|drug delivery)|pain pump|peripheral nerve stimulator implant\w*|manipulation under an(?:a)?esthesia|\bmua\b/),
  rule('injection', R.injection, 'injection',
    /inject\w*|\bblocks?\b|\besis?\b|epidural|facet|trigger points?|\btpis?\b|\bprp\b|platelet[- ]rich|radio[- ]?frequency|\brfa\b|rhizotomy|neurotomy|ablation|medial branch|\bmbbs?\b|viscosupplement\w*|synvisc|orthovisc|supartz|euflexxa|hyalgan|monovisc|gel-?(?:one|1)|gelsyn|durolane|hyaluron\w*|cortisone|steroid shot|prolotherapy|botox|botulinum|stellate|sympathetic (?:block|chain)|ganglion impar|neurolytic|adhesiolysis|lysis of adhesions|racz|\bshots?\b|intra-?articular|aspiration/),
  rule('electrodiagnostics', R.electro, 'electrodiagnostics',
    /\bemgs?\b|\bncvs?\b|\bncs\b|nerve conduction|electromyogra\w*|electrodiagnos\w*|\beegs?\b|electroencephalogra\w*|\bsseps?\b|somatosensory|evoked potential|\bqst\b|current perception/),
  // Therapeutic ultrasound is a physical therapy modality: said so, or given in sessions.
  rule('rehab.pt-ultrasound', R.imaging - 1, 'rehab.physical-therapy', /(?:therapeutic|pulsed?|low[- ]intensity) ultrasound|ultrasound (?:therapy|treatment)/),
  rule('rehab.pt-ultrasound-sessions', R.imaging - 1, 'rehab.physical-therapy', /ultrasound/, 'present'),
  rule('imaging.mri', R.imaging, 'imaging.mri', /\bmri'?s?\b|\bmra\b|magnetic resonance|\bmr (?:arthrogra\w*|angiogra\w*|imaging|scan)|\bmrs\b/),
  rule('imaging.ct', R.imaging, 'imaging.ct', /(?<!\d\s?)\bct\b|\bcat scan|computed tomograph\w*/),
  rule('imaging.x-ray', R.imaging, 'imaging.x-ray', /\bx[- ]?rays?\b|\bxrays?\b|radiograph\w*|\bxr\b|\bplain films?\b/),
  rule('imaging.ultrasound', R.imaging, 'imaging.ultrasound', /ultrasound|ultra sound|sonogra\w*|\bdiagnostic us\b|echocardiogra\w*|doppler/),
  rule('imaging.bone-scan', R.imaging, 'imaging.bone-scan', /bone scan|bone scintigra\w*|triple[- ]phase/),
  rule('imaging.other', R.imaging, 'imaging.other',
    /\bpet\b|\bdexa\b|bone density|myelogra\w*|discogra\w*|arthrogra\w*|fluoroscop\w*|\bspect\b|thermogra\w*|\bimaging\b|\bscans?\b/),
  // Programs. Aquatic *therapy* is physical therapy; a pool or gym membership or self-directed program is a
  // program, like the gym (ODG "Gym memberships").
  rule('program', R.program, 'program',
    /functional restoration|\bfrp\b|work (?:hardening|conditioning)|\bgym\b|fitness|health club|ymca|(?:pool|aquatic|aqua|swim\w*) (?:membership|program|access|pass)|weight (?:loss|reduction|management)|lindora|medifast|weight watchers|nutrisystem|jenny craig|\bhelp program|(?:chronic )?pain (?:program|rehabilitation program)|multidisciplinary|interdisciplinary|detox\w*|(?:rehab\w*|residential|inpatient|day|brain injury|tbi|restoration) program|nutrition\w* (?:program|counsel\w*)|dietary counsel\w*|dietitian|yoga|pilates|tai chi/),
  { kind: 'drug-lexicon', id: 'drug.lexicon', rank: R.drug },
  rule('drug.topical-compound', R.drug, 'pharmaceutical.topical', /compound\w*|\btopical\w*|\bcreams?\b|\bointments?\b|\blotions?\b|transdermal/),
  rule('home-health', R.homeHealth, 'home-health',
    /home health|home[- ]care|home nursing|nursing care|home (?:assistance|aide|help|attendant|services)|in-?home (?:care|services|assist\w*|help|support)|caregiver|attendant care|homemaker|housekeep\w*|\bhha\b|skilled nursing visits?|personal care (?:assist\w*|services)|chore services/),
  rule('dme', R.dme, 'dme',
    /\btens\b|h-?wave|interferential|\bif unit|(?:ems|nmes|muscle stim\w*|neuromuscular stim\w*|electrical stim\w*|ice|cold|heat|hot|cryo\w*|hot\/cold|cold therapy|heat therapy|traction|compression|\bdvt|\bcpm|stim|pemf|bone growth|infrared|ultrasound|paraffin|tens\/ems) (?:units?|devices?|machines?|systems?|rentals?|purchase|kit)|\bunits?\b|\bbraces?\b|bracing|orthos[ie]s|orthotics?|insoles?|splints?|slings?\b|\bsupports?\b|corset|binder|lumbar belt|collar|\bcanes?\b|crutch\w*|walkers?\b|wheelchairs?|scooters?|rollator|\bbed\b|mattress|pillows?|cushions?|chair|commode|toilet|grab bars?|reacher|grabber|tub bench|bath bench|exercise (?:kit|equipment|ball|bike|bicycle)|theraband|pulley|\bpads?\b|\bwraps?\b|(?:ice|hot|cold|gel) packs?|cryocuff|polar care|game ready|vascutherm|q-?tech|thermacare|(?:compression|ted) (?:stockings?|garments?|sleeves?|hose|gloves?)|stockings|electrodes|supplies|batter(?:y|ies)|lead wires|durable medical|\bdme\b|rental|purchase|humidifier|cpap|spirometer|jacuzzi|hot tub|sauna|shoes?\b|\bboot\b|\bcam walker|stimulator|\bkit\b|equipment|device/),
  rule('rehab.acupuncture', R.rehab, 'rehab.acupuncture', /acupunct\w*|\bacup\b|cupping|dry needling/),
  rule('rehab.chiropractic', R.rehab, 'rehab.chiropractic', /chiro\w*|manipulat\w*|\bcmt\b|adjustments?\b|\bosteopathic manipul\w*|\bomt\b/),
  rule('rehab.massage', R.rehab, 'rehab.massage', /massage|myofascial release|soft tissue mobili[sz]ation|\bstm\b|lymphatic drainage|rolfing/),
  rule('rehab.occupational-therapy', R.rehab, 'rehab.occupational-therapy', /occupational therap\w*|\bot\b|hand therap\w*|\bcht\b/),
  rule('rehab.physical-therapy', R.rehab, 'rehab.physical-therapy',
    /physical therap\w*|physio\w*|\bpt\b|physical medicine|therapeutic (?:exercise|activit\w*)|aqua\w* therap\w*|aquatic|pool therap\w*|hydrotherap\w*|home exercise program|\bhep\b|rehab\w*|modalit\w*|electrical (?:muscle )?stim\w*|e-?stim\b|\bems\b|\bnmes\b|infrared|diathermy|iontophoresis|phonophoresis|paraffin|whirlpool|traction|laser therap\w*|cold laser|\blllt\b|shock ?wave|\beswt\b|kinesio\w*|taping|gait training|vestibular|balance training|therapy (?:visits?|sessions?)|post-?op\w* therap\w*/),
  // A bare "therapy" ("therapy visits for the left hand") is physical therapy, after every named discipline.
  rule('rehab.therapy', R.rehab + 1, 'rehab.physical-therapy', /\btherap(?:y|ies|eutic)\b/),
  rule('em.consult', R.consult, 'evaluation-management', /consult\w*|referr\w*|\brefer\b/),
  rule('surgery', R.surgery, 'surgery',
    /surg\w*|ectomy\b|otomy\b|plasty\b|desis\b|pexy\b|orrhaphy\b|arthroscop\w*|fusion|repair|reconstruct\w*|decompression|release\b|replacement|\btk[ar]\b|\bth[ar]\b|\borif\b|debridement|implant\w*|spinal cord stim\w*|\bscs\b|intrathecal pump|pain pump|hardware removal|removal of hardware|excision|amputation|manipulation under anesthesia|\bmua\b|\bacdf\b|\b[tpax]lif\b|kyphoplast\w*|vertebroplast\w*|neurolysis|tenolysis|transposition|\bslap\b|bankart|operative|anesthesia|arthrodesis|procedure/),
  rule('em.evaluation', R.evaluation, 'evaluation-management', /evaluat\w*|\beval\b|\bexam\w*|\bvisits?\b|assessment|appointment/),
  rule('drug.generic', R.medication, 'pharmaceutical.other',
    /\d\s*(?:mg|mcg|ug|µg|meq|iu)\b|\bmedications?\b|\bmeds\b|\btabs?\b|\btablets?\b|\bcapsules?\b|\bcaps\b|prescriptions?|\brefills?\b|\brx\b|oral suspension|\bpills?\b/),
];
