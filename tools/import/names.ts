/** Words an id leaves out, so that ids keep the words that say what a thing is. */
const stopWords = new Set(
  'a an the of to and or for in on by with from at our we us as into per its their be is are all every new more than up'.split(
    ' ',
  ),
);

/** The words of a text as id parts: accents folded, lowercase letters and digits. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A readable id from a title: its first `max` meaningful words ("Cut p95 route time" → `cut-p95-route`). */
export function slugFromTitle(title: string, max: number): string {
  const all = words(title);
  // Numbers say how much, not what: they change between cycles while the objective stays.
  const meaningful = all.filter((w) => !stopWords.has(w) && !/^\d/.test(w));
  const chosen = (meaningful.length ? meaningful : all).slice(0, max);
  return chosen.join('-') || 'untitled';
}

/** A person's or team's id from a name: every word ("Inês García" → `ines-garcia`). */
export function slugFromName(name: string): string {
  return words(name).join('-') || 'unnamed';
}

/** Hands out ids unique within one set: the first asks get `base`, later ones `base-2`, `base-3`… */
export class UniqueIds {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }
  take(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.taken.has(id);
  }
}

/** A person as written in an owner cell: "Jon Park", "jon.park@acme.com", "@jon", "Jon Park (VP Sales)". */
export interface NamedPerson {
  name: string;
  email?: string;
  /** Everyone the cell names, when it names several ("Jon Park, Ana Silva"). */
  count: number;
}

const placeholderOwner = /^(tbd|tbc|n\/?a|none|-+|\?+|unassigned|owner)$/i;

/** The first person an owner cell names; undefined when it is blank or a placeholder ("TBD", "?"). */
export function parsePerson(cell: string): NamedPerson | undefined {
  if (placeholderOwner.test(cell.trim())) return undefined;
  const parts = cell
    // "/", "&" and "+" join two names only with spaces around them: "CI/CD lead" and "R&D lead" are one.
    .split(/\s*[,;\n]\s*|\s+(?:[/&+]|and)\s+/)
    .map((part) => part.replace(/\([^)]*\)/g, '').trim())
    .filter(Boolean);
  const first = parts[0]?.replace(/^@/, '');
  if (!first || placeholderOwner.test(first)) return undefined;
  const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(first) ? first.toLowerCase() : undefined;
  const name = email
    ? email
        .split('@')[0]!
        .split(/[._-]+/)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join(' ')
    : first.replace(/\s+/g, ' ');
  return { name, ...(email ? { email } : {}), count: parts.length };
}

/** Words that name a job, not a person: an owner written "VPE", "Plan EM" or "Head of Sales" is a role. */
const roleWords = new Set(
  'ceo cto cfo coo cmo cpo cro cio ciso cso vp vpe svp evp gm em pm tl lead leads manager head director chief founder cofounder president'.split(
    ' ',
  ),
);

/** Whether an owner cell names a role rather than a person ("VPE", "Frontend EM", "CI/CD lead"). */
export function looksLikeRole(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => roleWords.has(word));
}
