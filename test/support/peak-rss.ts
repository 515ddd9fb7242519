// Preloaded (`--import`) into every Node process of a measured run, children included: on exit,
// appends the process's peak resident set size in KiB to the file THROUGHLINE_PEAK_RSS_FILE names.
import { appendFileSync } from 'node:fs';

const file = process.env.THROUGHLINE_PEAK_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
