import { Document, isScalar, visit } from 'yaml';
import type { Graph } from '../../src/model/graph.ts';
import { kindNamed } from '../../src/model/kinds/index.ts';
import type { Choice } from './choices.ts';

/** Answers to a kind's questions, by question name: one value, or several for a list. */
export type Answers = Record<string, string | string[] | undefined>;

/** One thing `new` asks for, in a terminal or as the flag `--<name>`. */
export interface Question {
  name: string;
  /** The prompt, and what the missing-flag message calls it. */
  message: string;
  /** `text` is typed; `one` and `many` pick from choices (several for `many`, comma-separated as a flag). */
  type: 'text' | 'one' | 'many';
  /** Whether an answer is needed; it may depend on the graph and the answers before it. */
  required: boolean | ((graph: Graph, answers: Answers) => boolean);
  /** The answers offered; a flag must name one of them when there are any. */
  choices?(graph: Graph, answers: Answers): Choice[];
  /** The answer when none is given. */
  initial?(graph: Graph, answers: Answers, today: string): string | undefined;
  /** Why a typed answer is refused, or undefined. */
  invalid?(value: string): string | undefined;
}

/** A new document: its content-folder key, its frontmatter in the schema's order, and its body. */
export interface Scaffold {
  key: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** What `new` knows about one kind: what to ask, and how answers become a document. */
export interface NewKind {
  kind: string;
  questions: readonly Question[];
  build(answers: Answers, graph: Graph, today: string): Scaffold;
}

/** Words a readable id can do without. */
const fillers = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'in', 'on', 'at', 'by', 'with', 'from', 'our']);

/** A readable id from a title: lowercase words, accents dropped, fillers left out, at most five words. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept = words.filter((word) => !fillers.has(word));
  return (kept.length ? kept : words).slice(0, 5).join('-') || 'untitled';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function unique(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Whether an id is used by a document or an item anywhere in the content. */
export function idTaken(graph: Graph, id: string): boolean {
  return graph.documentsById.has(id) || graph.nodes.has(id);
}

/** Keys whose values are prose: written double-quoted, as the sample's files write them. */
const proseKeys = new Set(['title', 'name', 'role', 'success', 'why', 'mitigation', 'note']);

/** The file's text: frontmatter checked against the kind's schema, prose quoted, then the body. */
export function renderScaffold(graph: Graph, kind: string, scaffold: Scaffold, comment?: string): string {
  const parsed = kindNamed(graph.kinds, kind).schema.safeParse(scaffold.data);
  // The questions make every required field; a failure here is a mistake in this module, not the author's.
  if (!parsed.success) throw new Error(`new ${kind} built invalid frontmatter: ${parsed.error.message}`);
  const document = new Document(scaffold.data);
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && proseKeys.has(String(pair.key.value)) && isScalar(pair.value))
        pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = document.toString({ lineWidth: 0, indentSeq: true });
  return `---\n${yaml}${comment ?? ''}---\n${scaffold.body}`;
}

/** A list answer as an array: flags may repeat or separate values with commas. */
export function listOf(answer: string | string[] | undefined): string[] {
  const values = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A single answer as a string, empty answers as undefined. */
export function one(answer: string | string[] | undefined): string | undefined {
  const value = Array.isArray(answer) ? answer[0] : answer;
  return value?.trim() ? value.trim() : undefined;
}
