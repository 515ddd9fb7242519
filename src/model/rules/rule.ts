import type { Severity } from '../diagnostics.ts';
import type { Rule } from './rule-context.ts';

/** A small bad input that makes `check` report the rule, added to a valid content folder. */
export interface FileExample {
  /** Path under the content folder, e.g. `okrs/2026-Q4/sales/retention.md`; an existing file is replaced. */
  file: string;
  /** The whole text of that file. */
  text: string;
  /** Other files the case needs (path under the content folder → text), shown after the example. */
  with?: Record<string, string>;
}

/** An example that needs bytes a text cannot hold (an encoding, a 5 MB file) or no content at all: a fixture shows it. */
export interface FixtureExample {
  /** A folder under `test/fixtures/`. */
  fixture: string;
  /** What the fixture holds, in a sentence. */
  shows: string;
}

/**
 * One rule, the way users meet it: its id, how bad it is, why it exists, a bad input, and
 * the code behind it. Graph rules carry `check`; rules raised while reading files export the
 * function that builds their finding, which the reader calls.
 */
export interface RuleDefinition<Id extends string = string> {
  /** Stable id, `<area>/<name>`, the module's path under `src/model/rules/`; part of the configuration. */
  id: Id;
  /** Default severity; `rules:` in `throughline.yaml` re-grades it. */
  severity: Severity;
  /** What the rule protects, in one line. */
  summary: string;
  /** Why the rule exists, in the words of someone who runs OKRs. */
  description: string;
  /** A bad input that `check` reports under this rule; a test keeps it true. */
  example: FileExample | FixtureExample;
  /** How to fix what the rule reports, when the message and hint need more. */
  fix?: string;
  /** Reads the graph and reports; several rules may share one pass, which then runs once. */
  check?: Rule;
  /**
   * `document` when what `check` reports about a document depends on that document alone (its
   * file, the configuration and today's date), never on another: the check cache keeps those
   * findings per file and runs the check again only on files that changed. Rules that read
   * other documents (references, alignment, ids) leave it out and run on every check.
   */
  scope?: 'document';
}

/** Declares a rule; keeps its id as a literal type, so the registry can derive `RuleId`. */
export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}

/** Whether an example points at a fixture folder instead of holding its file. */
export function isFixtureExample(example: FileExample | FixtureExample): example is FixtureExample {
  return 'fixture' in example;
}
