// Dates as the content writes them; no zod here, so the command line can check `--today` without loading the schemas.

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a Gregorian year. */
export function monthLength(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return daysInMonth[month - 1]! + (leap ? 1 : 0);
}

/** Whether a string is a real calendar date written as YYYY-MM-DD (Gregorian, years 0100–9999). */
export function isIsoDate(value: string): boolean {
  // Every check-in has a date, so this runs hundreds of thousands of times on large content: no Date objects.
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= monthLength(year, month);
}
