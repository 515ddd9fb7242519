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
