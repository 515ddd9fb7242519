// Astro's build log in CI: one line per page written (tens of thousands on a large site) buries
// what matters. Those lines are left out; every other line (errors, warnings, our diagnostics,
// Astro's step timings) is kept.

const ansi = /\u001b\[[0-9;]*m/g;

/** The log without Astro's per-page lines (`  ├─ /objectives/x/index.html (+3ms)`), and how many were left out. */
export function withoutPageLines(log: string): { text: string; left: number } {
  let left = 0;
  const kept = log.split('\n').filter((line) => {
    const page = /^\s*(?:\d\d:\d\d:\d\d\s+)?[├└]─ \S/.test(line.replace(ansi, ''));
    if (page) left++;
    return !page;
  });
  return { text: kept.join('\n'), left };
}
