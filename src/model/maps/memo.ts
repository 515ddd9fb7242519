/**
 * Remembered answers of a pure computation, by a group (the inputs that take few values, such
 * as a font size; a string or a number) and a key (the text). The same titles and references
 * are drawn on many maps (an objective on its own page, on its parent's, its team's and its
 * cycle's), so a build asks for the same answer thousands of times. Group and key are looked up
 * separately rather than joined into one string: a string from the graph keeps its hash, a
 * freshly joined one would be hashed again on every call. Forgets everything once `limit`
 * answers are held, which bounds memory without the bookkeeping of a least-recently-used cache.
 */
export class Memo<T> {
  readonly #groups = new Map<string | number, Map<string, T>>();
  readonly #limit: number;
  #size = 0;

  constructor(limit = 50_000) {
    this.#limit = limit;
  }

  /** The answer for `key` in `group`, computed on first use. */
  get(group: string | number, key: string, compute: () => T): T {
    let values = this.#groups.get(group);
    if (!values) this.#groups.set(group, (values = new Map()));
    let value = values.get(key);
    if (value === undefined) {
      value = compute();
      if (this.#size >= this.#limit) {
        for (const held of this.#groups.values()) held.clear();
        this.#size = 0;
      }
      values.set(key, value);
      this.#size++;
    }
    return value;
  }
}
