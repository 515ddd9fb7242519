// Word classes the key-result reading (key-result-reading.ts) leans on. They name what a
// measured result sounds like — change, levels, limits, other people's uptake — and the closed
// classes of English (determiners, auxiliaries); work verbs are deliberately not listed, so an
// unknown verb ("Institute", "Segment") reads as work by default.

/** Adds the regular inflections of each base verb ("reduce" → reduces, reduced, reducing). */
function inflected(bases: readonly string[], irregular: readonly string[] = []): ReadonlySet<string> {
  const words = new Set<string>(irregular);
  for (const base of bases) {
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    const sibilant = /(?:s|sh|ch|x|z)$/.test(base);
    words.add(base).add(sibilant ? `${base}es` : `${base}s`);
    words.add(`${stem}ed`).add(`${stem}ing`);
    if (base.endsWith('y')) words.add(`${base.slice(0, -1)}ies`).add(`${base.slice(0, -1)}ied`);
  }
  return words;
}

/** Verbs of a measured change: the key result says what moves, not what is made. */
export const changeVerbs = inflected(
  [
    'increase',
    'reduce',
    'grow',
    'raise',
    'cut',
    'improve',
    'decrease',
    'lower',
    'double',
    'triple',
    'halve',
    'reach',
    'achieve',
    'exceed',
    'eliminate',
    'boost',
    'lift',
    'shrink',
    'drop',
    'drive',
    'generate',
    'gain',
    'win',
    'land',
    'retain',
    'convert',
    'accelerate',
    'shorten',
    'attain',
    'surpass',
    'beat',
    'get',
    'move',
    'maximise',
    'maximize',
    'minimise',
    'minimize',
    'prevent',
    'avoid',
    'hit',
    'pass',
  ],
  ['grew', 'grown', 'drove', 'driven', 'won', 'got', 'gotten', 'beaten'],
);

/** Verbs that hold a level: an outcome when a level follows, a chore when none does. */
export const holdVerbs = inflected(
  ['maintain', 'keep', 'hold', 'stay', 'sustain', 'remain', 'preserve', 'protect'],
  ['kept', 'held'],
);

/** Words that name the level a held line keeps. */
export const levelWords = new Set([
  'ratio',
  'rate',
  'level',
  'score',
  'at',
  'above',
  'below',
  'under',
  'over',
  'within',
  'between',
  'exceeding',
  'uptime',
  'availability',
  'nps',
  'csat',
  'sla',
]);

/** Words that, before a number, make it a limit or a level ("within 2 days", "at least 90"). */
export const limitWords = new Set([
  'within',
  'under',
  'below',
  'above',
  'over',
  'least',
  'most',
  'than',
  'exceeding',
  'from',
]);

/** Words that measure against a plan or a bar without a number ("ahead of plan", "sufficient to"). */
export const standardWords = new Set([
  'ahead',
  'behind',
  'sufficient',
  'adequate',
  'enough',
  'faster',
  'fewer',
  'less',
  'higher',
  'better',
  'successful',
  'zero',
]);

/** Words that set a level of zero ("No customers are blocked …", "with no findings"). */
export const zeroWords = new Set(['no', 'none', 'zero', 'nobody']);

/** Verbs of intent: after "to", they say why the work is done, not what it measures. */
export const purposeVerbs = new Set([
  'achieve',
  'improve',
  'generate',
  'reach',
  'ensure',
  'enable',
  'help',
  'support',
  'allow',
  'empower',
  'determine',
  'make',
  'increase',
  'reduce',
  'grow',
  'boost',
]);

/** What other people do when the work paid off: uptake, not delivery. */
export const uptakeVerbs = inflected(
  [
    'use',
    'adopt',
    'know',
    'participate',
    'trust',
    'recommend',
    'prefer',
    'return',
    'renew',
    'buy',
    'pay',
    'choose',
    'love',
    'engage',
    'join',
    'tweet',
    'share',
    'mention',
    'cite',
    'attend',
    'succeed',
    'understand',
    'recognize',
    'recognise',
  ],
  ['knew', 'known', 'chose', 'chosen', 'bought', 'paid', 'understood'],
);

/** Verbs that finish a passive or perfect result without ending in -ed ("Roadmap written"). */
export const irregularParticiples = new Set([
  'built',
  'done',
  'made',
  'written',
  'sent',
  'set',
  'run',
  'begun',
  'shown',
  'given',
  'taken',
  'drawn',
  'spent',
  'brought',
  'taught',
  'sold',
  'told',
  'found',
  'led',
  'met',
  'rolled',
  'shipped',
]);

/** Auxiliaries and copulas: a word after one of these is a predicate, so the title is a statement. */
export const auxiliaries = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'should',
  'must',
  "we've",
  'we’ve',
  "it's",
  'it’s',
]);

/** Words that start a statement about someone, never an instruction ("All candidates …", "We …"). */
export const statementStarts = new Set([
  'all',
  'every',
  'everyone',
  'each',
  'no',
  'none',
  'the',
  'our',
  'we',
  "we've",
  'we’ve',
  'they',
  'their',
  'its',
  'most',
  'both',
  'any',
  'at',
]);

/** Words after which a number does not count things ("RFC 42", "Q1 2026", "per 2 weeks"). */
export const nonCountingBefore = new Set([
  'top',
  'tier',
  'level',
  'phase',
  'step',
  'rfc',
  'q1',
  'q2',
  'q3',
  'q4',
  'fy',
  'version',
  'v',
  'per',
  'by',
  'in',
  'of',
  'on',
  'until',
  'before',
  'after',
  'since',
]);

/** Number words a counted output is written with ("Hire two engineers"). */
export const numberWords = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'dozen',
  'several',
]);

/** Words that open a subordinate clause: a verb after one says how or why, not what is measured. */
export const subordinators = new Set(['to', 'that', 'which', 'who', 'whom', 'where', 'when', 'while', 'if', 'so']);

/** Verbs of effort spent ("devotes 2d per milestone"): time put in, not a result. */
export const effortVerbs = inflected(['devote', 'dedicate', 'allocate', 'invest', 'spend'], ['spends']);

/** Units of time: a number before one is a duration ("in one week"), never a count of outputs. */
export const timeUnits = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
]);
