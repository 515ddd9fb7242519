/** A breadcrumb step's label as shown, with the full text kept for a title and screen readers. */
export interface CrumbLabel {
  /** The text shown: the full label, or its first words with an ellipsis. */
  text: string;
  full: string;
  shortened: boolean;
}

/**
 * Labels for a trail that must fit on one line: the first and last steps (where the trail starts
 * and the page itself) stay whole; each step between is cut at a word boundary to at most
 * `middleLength` characters and ends in "…". One pass, no regex on author text.
 */
export function shortenCrumbs(labels: readonly string[], middleLength = 24): CrumbLabel[] {
  return labels.map((full, i) => {
    const middle = i > 0 && i < labels.length - 1;
    if (!middle || full.length <= middleLength) return { text: full, full, shortened: false };
    const space = full.lastIndexOf(' ', middleLength - 1);
    const cut = space > middleLength / 2 ? space : middleLength - 1;
    return { text: `${full.slice(0, cut).trimEnd()}…`, full, shortened: true };
  });
}

/** Where a cut trail leaves steps out: how many. */
export interface Elided {
  elided: number;
}

/**
 * A trail with its middle left out when it is longer than `head + tail + 1` steps: the first
 * `head` and the last `tail` steps, and between them how many were left out. A team 10,000
 * levels deep or an objective at the end of a long alignment chain would otherwise repeat every
 * step above it on its page, and the site would grow with the square of the chain's length.
 */
export function elideMiddle<T>(steps: readonly T[], head: number, tail: number): (T | Elided)[] {
  if (steps.length <= head + tail + 1) return [...steps];
  return [...steps.slice(0, head), { elided: steps.length - head - tail }, ...steps.slice(steps.length - tail)];
}

/** Whether a step of a cut trail stands for the steps left out. */
export function isElided<T extends object>(step: T | Elided): step is Elided {
  return 'elided' in step && typeof step.elided === 'number';
}
