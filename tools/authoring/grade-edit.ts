import { isScalar, type Node } from 'yaml';
import {
  columnOf,
  contentEnd,
  EditRefused,
  insertLinesAfter,
  insertLinesBefore,
  readFrontmatter,
  topMapping,
} from './frontmatter-edit.ts';

/**
 * Writes `grade: <grade>` into an objective's file, before its retrospective when it has one
 * (where graded files keep it), else after its last field. A grade already written is never
 * replaced: the text comes back unchanged.
 */
export function setGrade(text: string, grade: number): { text: string; unchanged: boolean } {
  const front = readFrontmatter(text);
  if (!front) throw new EditRefused('the file has no frontmatter this command can read');
  const mapping = topMapping(front);
  const keyNamed = (name: string) => mapping.items.find((pair) => isScalar(pair.key) && pair.key.value === name);
  const existing = keyNamed('grade');
  if (existing && !(isScalar(existing.value) && existing.value.value === null)) return { text, unchanged: true };
  if (existing) throw new EditRefused('the objective has an empty "grade:" line; write the grade there by hand');
  const first = mapping.items[0]!.key as Node;
  const line = `${' '.repeat(columnOf(front, first.range![0]))}grade: ${grade}`;
  const retrospective = keyNamed('retrospective');
  const edited = retrospective
    ? insertLinesBefore(front, (retrospective.key as Node).range![0], [line])
    : insertLinesAfter(front, contentEnd(front, mapping), [line]);
  if (readFrontmatter(edited)?.document.get('grade') !== grade)
    throw new EditRefused('the grade could not be added without changing other lines; add it by hand');
  return { text: edited, unchanged: false };
}
