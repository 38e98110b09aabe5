// Lexicons as data: phrase -> canonical term. Written for this project from the vocabulary of IMR clinical
// summaries and the MTUS/ACOEM chapter names; a phrase is matched on tokens, case-insensitively
// (punctuation ignored, so "x-ray" = "x ray", "Spurling's" = "spurling s").

type Lexicon = Readonly<Record<string, readonly string[]>>;

/** Canonical body part -> phrases. Laterality is read from the words before (see extract.ts). */
export const BODY_PARTS: Lexicon = {
  'cervical spine': ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'cervical spine', 'cervical', 'c spine', 'neck', 'cervical region'],
  'thoracic spine': ['t2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 'thoracic spine', 'thoracic', 't spine', 'upper back', 'mid back', 'thoracolumbar'],
  'lumbar spine': ['l1', 'l2', 'l3', 'l4', 'l5', 's1', 'lumbar spine', 'lumbar', 'l spine', 'low back', 'lower back', 'lumbosacral', 'lumbosacral spine', 'back'],
  sacroiliac: ['sacroiliac', 'sacroiliac joint', 'si joint', 'sacrum'],
  shoulder: ['shoulder', 'shoulders', 'rotator cuff'],
  elbow: ['elbow', 'elbows'],
  forearm: ['forearm', 'forearms'],
  wrist: ['wrist', 'wrists'],
  hand: ['hand', 'hands', 'finger', 'fingers', 'thumb', 'thumbs'],
  hip: ['hip', 'hips'],
  pelvis: ['pelvis', 'buttock', 'buttocks', 'groin'],
  knee: ['knee', 'knees'],
  ankle: ['ankle', 'ankles'],
  foot: ['foot', 'feet', 'toe', 'toes', 'heel'],
  'upper extremity': ['upper extremity', 'upper extremities', 'arm', 'arms', 'upper limb'],
  'lower extremity': ['lower extremity', 'lower extremities', 'leg', 'legs', 'lower limb', 'thigh', 'calf'],
  head: ['head', 'jaw', 'tmj', 'face'],
  chest: ['chest', 'rib', 'ribs'],
};

export const LATERALITY: Readonly<Record<string, 'left' | 'right' | 'bilateral'>> = {
  left: 'left', right: 'right', bilateral: 'bilateral', bilaterally: 'bilateral', both: 'bilateral',
  lt: 'left', rt: 'right',
};

export const DIAGNOSES: Lexicon = {
  radiculopathy: ['radiculopathy', 'radiculitis', 'radicular syndrome', 'sciatica'],
  'sprain/strain': ['sprain', 'strain', 'sprain strain', 'sprains', 'strains'],
  'disc herniation': ['disc herniation', 'herniated disc', 'herniated nucleus pulposus', 'hnp', 'disc protrusion', 'disc bulge', 'bulging disc', 'disc displacement', 'disc extrusion'],
  'degenerative disc disease': ['degenerative disc disease', 'ddd', 'disc degeneration', 'degenerative disease'],
  'spinal stenosis': ['spinal stenosis', 'stenosis', 'foraminal stenosis', 'foraminal narrowing'],
  spondylolisthesis: ['spondylolisthesis'],
  spondylosis: ['spondylosis'],
  'facet arthropathy': ['facet arthropathy', 'facet syndrome', 'facet hypertrophy', 'facet arthrosis'],
  osteoarthritis: ['osteoarthritis', 'degenerative joint disease', 'djd', 'arthritis', 'arthrosis', 'osteophyte', 'osteophytes', 'bone spur', 'bone spurs', 'joint space narrowing'],
  'carpal tunnel syndrome': ['carpal tunnel syndrome', 'carpal tunnel', 'cts'],
  'cubital tunnel syndrome': ['cubital tunnel syndrome'],
  'rotator cuff tear': ['rotator cuff tear', 'rotator cuff syndrome', 'rotator cuff tendinitis', 'rotator cuff tendinosis'],
  impingement: ['impingement', 'impingement syndrome'],
  'meniscal tear': ['meniscal tear', 'meniscus tear', 'torn meniscus', 'meniscal tears'],
  'ligament tear': ['acl tear', 'ligament tear', 'labral tear', 'slap tear'],
  tendinitis: ['tendinitis', 'tendonitis', 'tendinosis', 'tenosynovitis', 'de quervain', 'trigger finger'],
  epicondylitis: ['epicondylitis', 'lateral epicondylitis', 'medial epicondylitis', 'tennis elbow'],
  bursitis: ['bursitis', 'trochanteric bursitis'],
  'plantar fasciitis': ['plantar fasciitis'],
  'myofascial pain': ['myofascial pain', 'myofascial pain syndrome', 'myalgia', 'myositis', 'fibromyalgia'],
  'complex regional pain syndrome': ['complex regional pain syndrome', 'crps', 'reflex sympathetic dystrophy', 'rsd'],
  neuropathy: ['neuropathy', 'peripheral neuropathy', 'neuralgia', 'neuritis'],
  'failed back surgery syndrome': ['failed back surgery syndrome', 'post laminectomy syndrome', 'postlaminectomy syndrome'],
  'chronic pain syndrome': ['chronic pain syndrome', 'chronic pain'],
  fracture: ['fracture', 'fractures'],
  contusion: ['contusion'],
  depression: ['depression', 'depressive disorder', 'major depressive disorder'],
  anxiety: ['anxiety', 'anxiety disorder'],
  insomnia: ['insomnia', 'sleep disturbance', 'sleep disorder'],
  'gastritis/GERD': ['gastritis', 'gerd', 'gastroesophageal reflux', 'dyspepsia', 'peptic ulcer'],
  hypertension: ['hypertension'],
  diabetes: ['diabetes', 'diabetes mellitus'],
  headache: ['headache', 'headaches', 'migraine', 'cervicogenic headache'],
  'post-concussion syndrome': ['post concussion syndrome', 'concussion', 'traumatic brain injury', 'tbi'],
  'opioid dependence': ['opioid dependence', 'opioid use disorder'],
};

export const SYMPTOMS: Lexicon = {
  pain: ['pain', 'aching', 'ache', 'discomfort'],
  'radiating pain': ['radiating pain', 'radiating', 'radiates', 'radiation of pain', 'radicular pain', 'shooting pain'],
  stiffness: ['stiffness'],
  swelling: ['swelling'],
  'sleep difficulty': ['difficulty sleeping', 'trouble sleeping', 'poor sleep'],
  'gastrointestinal upset': ['gastrointestinal upset', 'gi upset', 'stomach upset', 'heartburn', 'nausea', 'constipation'],
  burning: ['burning'],
  cramping: ['cramping'],
  giving: ['giving way', 'locking', 'popping', 'clicking'],
  'suicidal ideation': ['suicidal', 'suicidal ideation', 'suicidal thoughts', 'thoughts of suicide'],
  'homicidal ideation': ['homicidal', 'homicidal ideation', 'homicidal thoughts'],
  'psychotic symptoms': ['psychotic', 'psychosis', 'hallucinations', 'delusions'],
};

export const OBJECTIVE_FINDINGS: Lexicon = {
  tenderness: ['tenderness', 'tender', 'tenderness to palpation', 'ttp'],
  'decreased range of motion': ['decreased range of motion', 'limited range of motion', 'restricted range of motion', 'reduced range of motion', 'painful range of motion', 'range of motion limited', 'decreased rom', 'limited rom'],
  spasm: ['spasm', 'spasms', 'muscle spasm', 'muscle spasms', 'paraspinal spasm', 'hypertonicity'],
  guarding: ['guarding'],
  'trigger points': ['trigger points', 'trigger point', 'twitch response', 'taut band', 'taut bands'],
  'antalgic gait': ['antalgic gait', 'antalgic', 'limp'],
  atrophy: ['atrophy'],
  crepitus: ['crepitus', 'crepitation'],
  effusion: ['effusion'],
  instability: ['instability'],
};

export const NEURO_DEFICITS: Lexicon = {
  weakness: ['weakness', 'decreased strength', 'reduced strength', 'diminished strength', 'motor weakness', 'motor deficit', 'motor deficits'],
  numbness: ['numbness', 'numb', 'paresthesia', 'paresthesias', 'tingling', 'pins and needles'],
  'decreased sensation': ['decreased sensation', 'diminished sensation', 'reduced sensation', 'sensory deficit', 'sensory deficits', 'sensory loss', 'hypoesthesia', 'hypesthesia', 'decreased sensory', 'dermatomal'],
  'decreased reflexes': ['decreased reflexes', 'diminished reflexes', 'reduced reflexes', 'absent reflexes', 'hyporeflexia', 'decreased reflex', 'diminished reflex', 'absent reflex', 'areflexia'],
  'neurological deficit': ['neurological deficit', 'neurological deficits', 'neurologic deficit', 'neurologic deficits', 'focal deficit', 'focal deficits', 'neurological findings', 'neurologic findings', 'neurological compromise'],
  'radicular findings': ['radicular findings', 'radicular signs', 'radicular symptoms'],
};

export const RED_FLAGS: Lexicon = {
  'red flags': ['red flag', 'red flags'],
  'cauda equina syndrome': ['cauda equina', 'cauda equina syndrome'],
  'bowel or bladder dysfunction': ['bowel or bladder', 'bowel or bladder incontinence', 'bowel and bladder incontinence', 'bowel or bladder dysfunction', 'bowel and bladder dysfunction', 'bowel and bladder', 'bladder dysfunction', 'bowel dysfunction', 'incontinence', 'urinary retention', 'bowel incontinence', 'bladder incontinence'],
  'saddle anesthesia': ['saddle anesthesia'],
  'progressive neurological deficit': ['progressive neurological deficit', 'progressive neurologic deficit', 'progressive weakness', 'progressive neurological deficits', 'foot drop'],
  'infection': ['infection', 'fever', 'osteomyelitis'],
  'malignancy': ['tumor', 'malignancy', 'cancer', 'neoplasm', 'unexplained weight loss'],
  'myelopathy': ['myelopathy', 'cord compression'],
};

/** Special tests by name; the words "test", "sign", "maneuver" after them are optional. */
export const SPECIAL_TESTS: Lexicon = {
  'straight leg raise': ['straight leg raise', 'straight leg raising', 'straight leg raise test', 'slr', 'seated straight leg raise', 'supine straight leg raise'],
  Spurling: ['spurling', 'spurlings'],
  Phalen: ['phalen', 'phalens', 'reverse phalen'],
  Tinel: ['tinel', 'tinels'],
  McMurray: ['mcmurray', 'mcmurrays'],
  Hawkins: ['hawkins', 'hawkins kennedy', 'hawkin'],
  Neer: ['neer', 'neers'],
  Speed: ['speed s test', 'speeds test', 'speed test'],
  Lachman: ['lachman', 'lachmans'],
  'drawer test': ['anterior drawer', 'posterior drawer', 'drawer test', 'drawer sign'],
  Finkelstein: ['finkelstein', 'finkelsteins'],
  FABER: ['faber', 'patrick', 'patricks', 'fabere'],
  Gaenslen: ['gaenslen', 'gaenslens'],
  "Yergason": ['yergason', 'yergasons'],
  "O'Brien": ['o brien', 'obrien', 'o briens'],
  'empty can': ['empty can', 'jobe'],
  'drop arm': ['drop arm'],
  apprehension: ['apprehension test', 'apprehension sign'],
  Kemp: ['kemp', 'kemps'],
  'facet loading': ['facet loading', 'facet load'],
  Durkan: ['durkan', 'durkans', 'carpal compression test'],
  Apley: ['apley', 'apleys'],
  Thessaly: ['thessaly'],
  Hoffmann: ['hoffmann', 'hoffman', 'hoffmanns', 'hoffmans'],
  Babinski: ['babinski'],
  'Lhermitte': ['lhermitte', 'lhermittes'],
  'Adson': ['adson', 'adsons'],
  'Waddell signs': ['waddell', 'waddells', 'waddell signs'],
  'valgus/varus stress': ['valgus stress', 'varus stress'],
  'crossed straight leg raise': ['crossed straight leg raise', 'crossed slr'],
  'Cozen': ['cozen', 'cozens'],
  'impingement sign': ['impingement sign', 'impingement test', 'impingement signs', 'impingement tests'],
};

/** Prior or requested treatments (conservative care, injections, programs). Surgery is its own list. */
export const TREATMENTS: Lexicon = {
  'physical therapy': ['physical therapy', 'pt', 'physiotherapy', 'therapy sessions', 'pt sessions', 'physical therapy sessions', 'physical medicine', 'land based therapy', 'physical therapy visits'],
  'occupational therapy': ['occupational therapy', 'ot', 'hand therapy'],
  'aquatic therapy': ['aquatic therapy', 'aqua therapy', 'pool therapy'],
  chiropractic: ['chiropractor', 'chiropractic', 'chiropractic care', 'chiropractic treatment', 'chiropractic treatments', 'chiropractic sessions', 'chiropractic therapy', 'chiropractic manipulation', 'manipulation', 'manual therapy', 'chiro', 'manipulative therapy', 'manipulative treatment', 'spinal manipulation', 'spinal manipulation therapy', 'chiropractic manipulative therapy', 'chiropractic manipulative treatment', 'chirophysio therapy', 'chirophysio'],
  acupuncture: ['acupuncture', 'acupuncture sessions', 'acupuncture treatments', 'electroacupuncture'],
  massage: ['massage', 'massage therapy', 'massage sessions'],
  'epidural steroid injection': ['epidural steroid injection', 'epidural steroid injections', 'epidural injection', 'epidural injections', 'esi', 'esis', 'epidural', 'transforaminal epidural steroid injection', 'interlaminar epidural steroid injection'],
  'facet injection': ['facet injection', 'facet injections', 'facet block', 'facet blocks', 'medial branch block', 'medial branch blocks', 'mbb'],
  'radiofrequency ablation': ['radiofrequency ablation', 'rfa', 'radiofrequency neurotomy', 'rhizotomy'],
  'trigger point injection': ['trigger point injection', 'trigger point injections', 'tpi', 'tpis'],
  'joint injection': ['cortisone injection', 'cortisone injections', 'steroid injection', 'steroid injections', 'corticosteroid injection', 'corticosteroid injections', 'intra articular injection', 'viscosupplementation', 'hyaluronic acid injection', 'synvisc', 'prp injection'],
  'nerve block': ['nerve block', 'nerve blocks', 'stellate ganglion block', 'sympathetic block', 'occipital nerve block'],
  TENS: ['tens', 'tens unit', 'transcutaneous electrical nerve stimulation', 'interferential', 'interferential unit', 'electrical stimulation', 'e stim'],
  'cognitive behavioral therapy': ['cognitive behavioral therapy', 'cbt', 'psychotherapy', 'psychological treatment', 'counseling', 'biofeedback'],
  'functional restoration program': ['functional restoration program', 'functional restoration', 'frp', 'chronic pain program', 'multidisciplinary pain program', 'hello program'],
  'work hardening': ['work hardening', 'work conditioning'],
  bracing: ['brace', 'bracing', 'splint', 'splinting', 'wrist splint', 'back brace', 'knee brace', 'lumbar support'],
  'activity modification': ['activity modification', 'activity modifications', 'rest', 'ice', 'heat', 'ice and heat', 'cold therapy'],
  'conservative care': ['conservative care', 'conservative treatment', 'conservative treatments', 'conservative management', 'conservative therapy', 'conservative measures'],
  medications: ['medications', 'medication', 'medication management', 'pain medications', 'anti inflammatory medications', 'anti inflammatories'],
  'spinal cord stimulator': ['spinal cord stimulator', 'spinal cord stimulation', 'scs'],
  'home health': ['home health', 'home health care', 'home health services'],
  'gym membership': ['gym membership'],
  injection: ['injection', 'injections', 'neuroplasty'],
  'exercise therapy': ['exercise', 'exercises', 'exercise therapy', 'therapeutic exercise', 'therapeutic exercises', 'stretching'],
};

export const SURGERIES: Lexicon = {
  fusion: ['fusion', 'spinal fusion', 'lumbar fusion', 'cervical fusion', 'arthrodesis', 'acdf', 'anterior cervical discectomy and fusion', 'tlif', 'plif', 'alif'],
  discectomy: ['discectomy', 'microdiscectomy', 'diskectomy'],
  laminectomy: ['laminectomy', 'laminotomy', 'hemilaminectomy', 'foraminotomy', 'decompression', 'decompressive surgery'],
  'carpal tunnel release': ['carpal tunnel release', 'ctr', 'carpal tunnel surgery'],
  'rotator cuff repair': ['rotator cuff repair'],
  arthroscopy: ['arthroscopy', 'arthroscopic surgery', 'arthroscopic', 'debridement', 'subacromial decompression', 'acromioplasty', 'labral repair'],
  meniscectomy: ['meniscectomy', 'meniscus repair', 'meniscal repair'],
  arthroplasty: ['arthroplasty', 'total knee replacement', 'total hip replacement', 'knee replacement', 'hip replacement', 'shoulder replacement', 'tka', 'tha', 'joint replacement'],
  'ligament reconstruction': ['acl reconstruction', 'ligament reconstruction', 'reconstruction'],
  'hardware removal': ['hardware removal', 'removal of hardware', 'removal of the hardware'],
  'open reduction internal fixation': ['open reduction internal fixation', 'orif'],
  'trigger finger release': ['trigger finger release'],
  surgery: ['surgery', 'surgical intervention', 'surgical procedure', 'operation', 'surgically'],
};

export const IMAGING: Lexicon = {
  MRI: ['mri', 'mri scan', 'magnetic resonance imaging', 'mra', 'mr arthrogram', 'magnetic resonance'],
  CT: ['ct', 'ct scan', 'cat scan', 'computed tomography'],
  'x-ray': ['x ray', 'x rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'plain films', 'films'],
  ultrasound: ['ultrasound', 'sonogram', 'diagnostic ultrasound'],
  'bone scan': ['bone scan'],
  myelogram: ['myelogram', 'ct myelogram'],
  discogram: ['discogram', 'discography'],
  arthrogram: ['arthrogram'],
};

export const ELECTRODIAGNOSTICS: Lexicon = {
  'EMG/NCV': ['emg ncv', 'emg ncs', 'emg nerve conduction', 'electrodiagnostic', 'electrodiagnostic studies', 'electrodiagnostic study', 'electrodiagnostic testing', 'emg and ncv', 'emg and ncs', 'ncv emg', 'ncs emg'],
  EMG: ['emg', 'electromyography', 'electromyogram'],
  NCV: ['ncv', 'ncs', 'nerve conduction', 'nerve conduction study', 'nerve conduction studies', 'nerve conduction velocity'],
};

export const MECHANISMS: Lexicon = {
  fall: ['fell', 'fall', 'falling', 'slipped', 'slip and fall', 'tripped', 'trip and fall'],
  lifting: ['lifting', 'lifted', 'lift'],
  'pushing/pulling': ['pushing', 'pulling', 'pushed', 'pulled'],
  twisting: ['twisting', 'twisted', 'turning'],
  bending: ['bending', 'bent'],
  'motor vehicle accident': ['motor vehicle accident', 'mva', 'car accident', 'motor vehicle collision', 'mvc', 'rear ended'],
  'struck by object': ['struck by', 'hit by', 'struck', 'hit'],
  'cumulative trauma': ['cumulative trauma', 'repetitive', 'repetitive motion', 'repetitive work', 'continuous trauma', 'overuse'],
  assault: ['assault', 'assaulted', 'attacked'],
  'caught in': ['caught', 'crushed', 'crush'],
  carrying: ['carrying', 'carried'],
};

/** Opioid monitoring (MTUS "4 A's", drug testing, CURES). */
export const OPIOID_MONITORING: Lexicon = {
  'urine drug screen': ['urine drug screen', 'urine drug screens', 'urine drug screening', 'urine drug test', 'urine drug testing', 'urine drug tests', 'uds', 'udt', 'urine toxicology', 'urine tox', 'drug screen', 'drug screens', 'drug screening', 'drug testing', 'urinalysis drug', 'toxicology screen'],
  CURES: ['cures', 'cures report', 'cures database', 'pdmp', 'prescription drug monitoring', 'prescription monitoring program'],
  'opioid agreement': ['opioid agreement', 'opioid contract', 'pain agreement', 'pain contract', 'narcotic agreement', 'narcotic contract', 'medication agreement', 'medication contract', 'opioid treatment agreement', 'pain management agreement', 'pain management contract'],
  'pill count': ['pill count', 'pill counts'],
  'risk assessment': ['opioid risk tool', 'ort', 'soapp', 'risk assessment', 'opioid risk assessment', 'comm'],
  '4 As': ['four a s', '4 a s', '4 as', 'four as'],
};

export const ABERRANT_BEHAVIOR: Lexicon = {
  'aberrant behavior': ['aberrant behavior', 'aberrant behaviors', 'aberrant behaviour', 'aberrant behaviours', 'aberrant drug taking behavior', 'aberrant drug taking behaviors', 'aberrant drug behavior', 'aberrant drug related behavior', 'aberrant drug related behaviors', 'aberrancy', 'aberrant'],
  'drug seeking': ['drug seeking', 'drug seeking behavior'],
  misuse: ['misuse', 'abuse', 'diversion', 'drug diversion', 'opioid misuse'],
  'early refills': ['early refill', 'early refills'],
  'lost prescriptions': ['lost prescription', 'lost prescriptions', 'lost medications'],
  'inconsistent drug screen': ['inconsistent urine drug screen', 'inconsistent drug screen', 'inconsistent results', 'inconsistent uds', 'non compliant', 'noncompliance', 'non compliance'],
  'multiple prescribers': ['multiple prescribers', 'doctor shopping'],
};

export const WORK_STATUS: Lexicon = {
  'full duty': ['full duty', 'regular duty', 'full duties', 'regular work', 'usual and customary duty', 'usual and customary duties', 'usual and customary work', 'full time', 'without restrictions', 'no restrictions', 'working full time', 'working full duty'],
  'modified duty': ['modified duty', 'limited duty', 'limited duties', 'returned to limited duty', 'returned to limited duties', 'returned to light duty', 'light duty', 'restricted duty', 'modified work', 'work restrictions', 'modified duties', 'work restriction', 'with restrictions', 'restricted work', 'modified job', 'light work'],
  'off work': ['off work', 'temporarily totally disabled', 'temporary total disability', 'totally temporarily disabled', 'ttd', 'not working', 'unable to work', 'totally disabled', 'off of work', 'remains off', 'disability status'],
  'returned to work': ['returned to work', 'return to work', 'back to work', 'returned to full duty', 'returned to modified duty', 'returned to regular duty', 'went back to work', 'has been working', 'is working', 'currently working', 'continues to work', 'continued to work'],
  'permanent and stationary': ['permanent and stationary', 'p s', 'maximum medical improvement', 'mmi'],
  retired: ['retired'],
};

export const HOME_EXERCISE: Lexicon = {
  'home exercise program': ['home exercise program', 'home exercise programs', 'home exercise', 'home exercises', 'hep', 'home program', 'self directed exercise', 'self directed home exercise', 'independent home exercise', 'home stretching', 'home based exercise', 'exercise program', 'home exercise regimen', 'independent exercise program', 'home physical therapy program'],
};

export const FUNCTIONAL_IMPROVEMENT: Lexicon = {
  'functional improvement': ['functional improvement', 'functional improvements', 'functional benefit', 'functional gains', 'functional gain', 'functional response', 'improvement in function', 'improvements in function', 'improved function', 'improved functioning', 'increased function', 'functional increase', 'objective functional improvement', 'objective functional benefit', 'objective functional gains', 'increase in function', 'functional progress', 'improves function', 'improving function', 'improvement of function', 'helps with function', 'help with function', 'assist with function', 'assists with function', 'function improved', 'functional status improved', 'improved functional status', 'improved functional capacity'],
  'improved activities of daily living': ['improved activities of daily living', 'improvement in activities of daily living', 'improvement in adls', 'improved adls', 'improved adl', 'increased activities of daily living', 'increased adls', 'improved ability to perform activities of daily living', 'improved ability', 'increased ability', 'improved tolerance', 'increased tolerance', 'improved activity tolerance', 'increased activity tolerance', 'increased activity level', 'improved sleep and function'],
  'reduced work restrictions': ['reduced work restrictions', 'reduction in work restrictions', 'decreased work restrictions', 'fewer work restrictions', 'reduction of work restrictions', 'lessened work restrictions'],
  'reduced medication use': ['decreased medication use', 'reduced medication use', 'reduction in medication', 'decreased medication', 'reduced medication', 'decreased need for medication', 'reduction in medication use', 'decreased pain medication', 'decreased use of medication', 'reduced dependency', 'reduction in dependency'],
};

/** "No benefit" phrases (the response to a treatment). */
export const NO_BENEFIT: Lexicon = {
  'no benefit': ['no benefit', 'lack of improvement', 'lack of benefit', 'lack of relief', 'lack of progress', 'lack of response', 'lack of efficacy', 'no improvement', 'no significant improvement', 'no relief', 'no significant relief', 'no lasting relief', 'no lasting benefit', 'no significant benefit', 'not helpful', 'was not helpful', 'were not helpful', 'not beneficial', 'not effective', 'ineffective', 'did not help', 'did not improve', 'has not improved', 'failed to improve', 'did not provide relief', 'did not provide any relief', 'did not provide benefit', 'without improvement', 'without benefit', 'without relief', 'without significant improvement', 'without significant relief', 'minimal relief', 'minimal benefit', 'minimal improvement', 'limited benefit', 'limited relief', 'limited improvement', 'unsuccessful', 'no change', 'no help', 'not improve', 'temporary relief', 'short term relief', 'transient relief', 'failed', 'did not respond', 'no response'],
  worse: ['worsened', 'made it worse', 'made his pain worse', 'made her pain worse', 'aggravated', 'increased pain', 'exacerbated'],
};

/** Improvement words that mark a good response (not by themselves functional improvement). */
export const IMPROVED: Lexicon = {
  improved: ['improved', 'improvement', 'helpful', 'helped', 'beneficial', 'relief', 'benefit', 'significant relief', 'good relief', 'significantly improved', 'decreased pain', 'reduced pain', 'pain relief', 'effective'],
};

/** Utilization review outcomes. */
export const UR_HISTORY: Lexicon = {
  authorized: ['previously authorized', 'previously certified', 'previously approved', 'was authorized', 'were authorized', 'was certified', 'were certified', 'was approved', 'were approved', 'authorized', 'certified', 'approved', 'has been authorized', 'have been authorized', 'prior authorization'],
  modified: ['modified to', 'was modified', 'were modified', 'partially certified', 'partially authorized', 'modified certification', 'was partially certified'],
  denied: ['non certified', 'noncertified', 'was denied', 'were denied', 'denied', 'not certified', 'not authorized', 'not medically necessary', 'non certification', 'noncertification'],
};
