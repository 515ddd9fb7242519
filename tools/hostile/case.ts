import type { RuleId } from '../../src/model/rules/registry.ts';

/** One adversarial change to a content folder, and what `check` must say about it. */
export interface HostileCase {
  /** Short and unique: names the case when the gate fails. */
  name: string;
  /** What it probes, and what unbounded code did with it. */
  probes: string;
  /** Adds or changes files in a copy of the sample content folder. */
  write(content: string): void;
  /** Rules `check` must report, which shows the input reached the code it aims at. */
  reports: RuleId[];
}
