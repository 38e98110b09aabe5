// Trigger terms for negation, uncertainty and time, as data. Ported from the published algorithms:
//   NegEx - W. W. Chapman et al., "A Simple Algorithm for Identifying Negated Findings and Diseases in
//     Discharge Summaries", J Biomed Inform 34(5):301-310, 2001 (pre-negation, post-negation, pseudo-negation
//     and termination ("conjunction") lists; the later NegEx lexicon adds "uncertainty" terms).
//   ConText - H. Harkema, J. N. Dowling, T. Thornblade, W. W. Chapman, "ConText: An algorithm for
//     determining negation, experiencer, and temporal status from clinical reports", J Biomed Inform
//     42(5):839-851, 2009 (historical and hypothetical triggers, pseudo-triggers, termination terms).
// The lists below are written for this project from those lists' content, with terms the IMR summaries use
// added and marked "IMR": the reviewer's "no documentation of", "lack of", "has not had", and a "planned"
// category (requested, recommended, scheduled) that ConText does not have. Phrases are matched on tokens,
// case-insensitively; punctuation and apostrophes are ignored ("patient's" = "patient s").

/** Which facts a trigger may modify: clinical conditions (findings, symptoms), events (treatments, tests), or both. */
export type TriggerApplies = 'all' | 'conditions' | 'events';

export type TriggerCategory = 'negation' | 'uncertain' | 'historical' | 'hypothetical' | 'planned';

export interface TriggerDef {
  readonly phrase: string;
  /** pre: scope runs forward from the trigger; post: backward; pseudo: looks like a trigger but is none; termination: ends a scope. */
  readonly direction: 'pre' | 'post' | 'pseudo' | 'termination';
  readonly category?: TriggerCategory;
  readonly applies?: TriggerApplies;
  /** A shorter reach than the default window, for words that negate only what they touch ("normal", "intact"). */
  readonly window?: number;
}

const pre = (category: TriggerCategory, applies: TriggerApplies, phrases: readonly string[]): TriggerDef[] =>
  phrases.map((phrase) => ({ phrase, direction: 'pre', category, applies }));
const post = (category: TriggerCategory, applies: TriggerApplies, phrases: readonly string[]): TriggerDef[] =>
  phrases.map((phrase) => ({ phrase, direction: 'post', category, applies }));

export const TRIGGERS: readonly TriggerDef[] = [
  // NegEx pre-negation.
  ...pre('negation', 'all', [
    'no', 'not', 'denies', 'denied', 'denying', 'without', 'no evidence of', 'no evidence', 'no sign of', 'no signs of',
    'negative for', 'no history of', 'free of', 'absence of', 'never', 'no complaints of', 'no new', 'not have',
    'did not have', 'does not have', 'fails to reveal', 'failed to reveal', 'rules out', 'ruled out', 'no suspicious',
    'without evidence of', 'without any', 'no further', 'none', 'neither', 'nor', 'not demonstrate', 'no findings of',
    'cannot see', 'not appreciated', 'failed to show', 'failed to demonstrate', 'not demonstrated',
    // IMR: the reviewer's wording for what the records do not show.
    'has not had', 'have not had', 'had not had', 'has not undergone', 'has not tried', 'has not been',
    'no documentation of', 'no documentation', 'no documented', 'not documented', 'lack of', 'lack of documentation of',
    'lack of documentation', 'lacks', 'lacking', 'no indication of', 'no mention of', 'no record of', 'there is no',
    'there was no', 'there were no', 'was not', 'were not', 'is not', 'are not', 'did not', 'does not', 'no report of',
    'no objective', 'not provided', 'not submitted', 'insufficient documentation of', 'no clear', 'absent',
  ]),
  // Words that say a finding is absent; they negate conditions only, and only what they touch.
  ...pre('negation', 'conditions', ['negative']),
  ...['normal', 'unremarkable', 'intact', 'resolved'].map((phrase): TriggerDef => ({ phrase, direction: 'pre', category: 'negation', applies: 'conditions', window: 2 })),
  // NegEx post-negation.
  ...post('negation', 'all', [
    'was ruled out', 'is ruled out', 'are ruled out', 'have been ruled out', 'has been ruled out', 'unlikely',
    'was not performed', 'were not performed', 'has not been performed', 'have not been performed', 'was not done',
    'has not been done', 'not done', 'not tried', 'has not been tried', 'have not been tried', 'not documented',
    'was not documented', 'were not documented', 'is not documented', 'not noted', 'was not noted', 'were not noted',
    'is not noted', 'are not noted', 'was not seen', 'were not seen', 'not provided',
    'not evident', 'not seen', 'none',
  ]),
  ...post('negation', 'conditions', [
    'was negative', 'were negative', 'is negative', 'are negative', 'is absent', 'was absent', 'were absent',
    'has resolved', 'was normal', 'were normal', 'is normal', 'are normal', 'was intact', 'is intact', 'were intact',
    'are intact', 'was unremarkable', 'were unremarkable', 'is unremarkable', 'within normal limits',
  ]),
  ...['free', 'negative', 'absent', 'resolved', 'normal', 'intact', 'unremarkable'].map(
    (phrase): TriggerDef => ({ phrase, direction: 'post', category: 'negation', applies: 'conditions', window: 2 }),
  ),
  // NegEx / ConText uncertainty.
  ...pre('uncertain', 'all', [
    'possible', 'possibly', 'probable', 'probably', 'questionable', 'may', 'may have', 'might', 'could be',
    'not certain', 'uncertain', 'unclear', 'unclear if', 'unclear whether',
  ]),
  // What a test is ordered to rule out is uncertain; the test itself is not.
  ...pre('uncertain', 'conditions', [
    'suspected', 'suspect', 'suspicious for', 'rule out', 'to rule out', 'r o', 'cannot be excluded', 'cannot rule out',
    'can not rule out', 'concern for', 'suggestive of', 'suggests', 'likely', 'presumed', 'equivocal', 'differential',
    'versus', 'vs',
  ]),
  ...post('uncertain', 'all', ['is possible', 'was suspected', 'is suspected', 'is questionable', 'cannot be excluded', 'not excluded', 'is unclear', 'was unclear', 'uncertain']),
  // ConText historical.
  ...pre('historical', 'all', [
    'history of', 'past history of', 'past medical history', 'prior', 'previous', 'previously', 'in the past', 'past',
    'status post', 's p', 'remote', 'formerly', 'had been', 'to date', 'treatment to date', 'treatments to date',
    'past treatment', 'past treatments', 'prior treatment', 'prior treatments', 'previous treatment',
    'previous treatments', 'treatment history',
  ]),
  // IMR: completed treatments and studies are past events.
  ...pre('historical', 'events', [
    'completed', 'underwent', 'had undergone', 'has undergone', 'attended', 'received', 'has received', 'had received',
    'tried', 'has tried', 'had tried', 'was treated with', 'were treated with', 'treated with', 'has had', 'had',
    'participated in', 'failed', 'discontinued', 'stopped',
  ]),
  ...post('historical', 'events', [
    'was performed', 'were performed', 'was done', 'were done', 'was completed', 'were completed', 'has been completed',
    'was discontinued', 'were discontinued', 'was stopped', 'in the past', 'previously', 'was tried', 'were tried',
    'was authorized', 'were authorized', 'was certified', 'were certified', 'was approved', 'were approved',
  ]),
  // ConText hypothetical.
  ...pre('hypothetical', 'all', [
    'if', 'in case', 'should he', 'should she', 'should the patient', 'return if', 'call if', 'as needed for',
    'would', 'could', 'in the event', 'unless', 'whether', 'to prevent', 'to avoid', 'risk of',
  ]),
  // IMR: what is requested, recommended or scheduled.
  ...pre('planned', 'all', [
    'plan', 'plans', 'planned', 'plan for', 'plan is', 'the plan', 'will', 'will be', 'to undergo', 'to start', 'to begin',
    'to initiate', 'recommend', 'recommended', 'recommends', 'recommendation', 'recommendation for', 'request',
    'requested', 'requesting', 'requests', 'request for', 'request for authorization', 'authorization for',
    'referral for', 'referral to', 'refer', 'referred for', 'scheduled for', 'is scheduled', 'candidate for',
    'consider', 'considering', 'consideration of', 'pending', 'awaiting', 'ordered', 'order', 'proposed', 'trial of',
    'goal', 'goals', 'additional', 'further', 'future',
  ]),
  ...post('planned', 'all', [
    'was requested', 'is requested', 'were requested', 'are requested', 'is planned', 'was planned', 'is recommended',
    'was recommended', 'were recommended', 'is pending', 'was scheduled', 'is scheduled', 'was ordered', 'were ordered',
    'is being requested', 'has been requested',
  ]),
  // IMR: the same phrases also open a list ("the following treatments were requested: MRI ..., acupuncture ...").
  ...pre('planned', 'all', ['was requested', 'were requested', 'are requested', 'is requested', 'were recommended', 'was recommended', 'were ordered', 'was ordered']),
  // NegEx / ConText pseudo-triggers: they contain a trigger word but do not negate, doubt or date a mention.
  ...[
    'no increase', 'no change', 'no significant change', 'no suspicious change', 'not only', 'not necessarily',
    'not cause', 'not drain', 'not extend', 'without difficulty', 'no improvement', 'no significant improvement',
    'not improve', 'not improved', 'lack of improvement', 'lack of benefit', 'lack of relief', 'lack of progress',
    'lack of response', 'lack of efficacy', 'did not improve', 'has not improved', 'not helpful', 'was not helpful',
    'were not helpful', 'not beneficial', 'not effective', 'no relief', 'no benefit', 'no lasting', 'not tolerate',
    'did not tolerate', 'could not tolerate', 'not significantly', 'no longer', 'not been able', 'not able',
    'gram negative', 'no more than', 'not to exceed', 'does not improve', 'did not help', 'not help', 'did not provide',
    'without contrast', 'with and without contrast', 'with or without contrast', 'without sedation',
    'without restrictions', 'no restrictions', 'no longer working', 'not working', 'unable to work',
    'if not', 'if any', 'plan of care', 'in order to', 'may be', 'failed to improve', 'history and physical', 'history and examination',
    'past medical history of', 'previous visit', 'prior visit', 'prior to', 'will continue to be', 'may be continued',
    'previously authorized', 'previously certified', 'previously approved', 'prior authorization', 'prior determination',
    'prior utilization review', 'previous utilization review',
  ].map((phrase): TriggerDef => ({ phrase, direction: 'pseudo' })),
  // NegEx conjunctions / ConText termination terms.
  ...[
    'but', 'however', 'although', 'though', 'aside from', 'apart from', 'except', 'which', 'yet', 'still', 'whereas',
    'nevertheless', 'as the cause of', 'as the source of', 'as the etiology of', 'secondary to', 'presents', 'presented',
    'complains', 'complained', 'reports', 'reported', 'positive', 'now', 'currently', 'today', 'since then',
    'subsequently', 'thereafter', 'and then', 'who', 'with improvement',
  ].map((phrase): TriggerDef => ({ phrase, direction: 'termination' })),
];

/**
 * How many tokens a negation or uncertainty trigger reaches: NegEx used a window (5 terms), ConText the sentence
 * end. Negation here keeps a window, since IMR summaries list many items in one long sentence; historical,
 * hypothetical and planned triggers reach the sentence end as in ConText. Termination terms cut both short.
 */
export const PRE_WINDOW = 8;
export const POST_WINDOW = 5;
