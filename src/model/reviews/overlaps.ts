import type { Objective } from '../types.ts';

/** Two objectives of different teams under one parent that read as the same goal. */
export interface Overlap {
  first: Objective;
  second: Objective;
  /** The parent both align to (an objective id, or a theme's reference). */
  parent: string;
  /** What reads the same: the titles, or a key result of each (their titles). */
  because: { first: string; second: string };
}

/** Share of words two titles must have in common (of the words either uses) to read as the same. */
export const overlapThreshold = 0.7;

// Words that carry no meaning of their own in a goal's title.
const stopWords = new Set(
  'a an and are as at be by for from in into is it its of on or our the their this to up we with our per all'.split(
    ' ',
  ),
);

/** A title as a set of words: lower case, without stop words, plurals folded. */
export function wordSet(title: string): Set<string> {
  const words = new Set<string>();
  for (const word of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stopWords.has(word)) continue;
    words.add(singular(word));
  }
  return words;
}

/** A plural folded to its singular, roughly: "deliveries" → "delivery", "routes" → "route". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Shared words over all words of two sets (0 when either has fewer than two words: too little to judge). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Words {
  objective: Objective;
  title: Set<string>;
  keyResults: { title: string; words: Set<string> }[];
}

/**
 * Objectives of different teams under the same parent that read as near-identical, by title or
 * by a key result. Objectives are bucketed by the parent they align to (a key result counts as
 * its objective), and only objectives in one bucket are compared: the work grows with the
 * objectives under each parent, never with all pairs of the cycle. `parentOf` names the parent
 * of one `alignsTo` entry.
 */
export function likelyOverlaps(
  objectives: readonly Objective[],
  parentOf: (ref: string) => string | undefined,
): Overlap[] {
  const buckets = new Map<string, Words[]>();
  for (const objective of objectives) {
    if (objective.data.status === 'cancelled') continue;
    const words: Words = {
      objective,
      title: wordSet(objective.data.title),
      keyResults: objective.data.keyResults.map((kr) => ({ title: kr.title, words: wordSet(kr.title) })),
    };
    for (const parent of new Set(objective.data.alignsTo.map(parentOf))) {
      if (parent === undefined) continue;
      const bucket = buckets.get(parent);
      if (bucket) bucket.push(words);
      else buckets.set(parent, [words]);
    }
  }
  const found: Overlap[] = [];
  const seen = new Set<string>();
  for (const [parent, bucket] of buckets) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const pair = `${a.objective.id}\0${b.objective.id}`;
        if (a.objective.data.team === b.objective.data.team || seen.has(pair)) continue;
        const because = sameGoal(a, b);
        if (!because) continue;
        seen.add(pair);
        found.push({ first: a.objective, second: b.objective, parent, because });
      }
    }
  }
  return found;
}

function sameGoal(a: Words, b: Words): Overlap['because'] | undefined {
  if (similarity(a.title, b.title) >= overlapThreshold)
    return { first: a.objective.data.title, second: b.objective.data.title };
  for (const x of a.keyResults)
    for (const y of b.keyResults)
      if (similarity(x.words, y.words) >= overlapThreshold) return { first: x.title, second: y.title };
  return undefined;
}
