/** Where a cut trail leaves steps out: how many. */
export interface Elided {
  elided: number;
}

/**
 * A trail with its middle left out when it is longer than `head + tail + 1` steps: the first
 * `head` and the last `tail` steps, and between them how many were left out. A team 10,000
 * levels deep or an objective at the end of a long alignment chain would otherwise repeat every
 * step above it on its page (breadcrumbs, line of sight, neighbourhood map), and the site would
 * grow with the square of the chain's length.
 */
export function elideMiddle<T>(steps: readonly T[], head: number, tail: number): (T | Elided)[] {
  if (steps.length <= head + tail + 1) return [...steps];
  return [...steps.slice(0, head), { elided: steps.length - head - tail }, ...steps.slice(steps.length - tail)];
}

/** Whether a step of a cut trail stands for the steps left out. */
export function isElided<T extends object>(step: T | Elided): step is Elided {
  return 'elided' in step && typeof step.elided === 'number';
}
