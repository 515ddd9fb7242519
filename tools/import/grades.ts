import type { ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import { parseShare, parseStatus } from './cells.ts';
import type { ImportPlan, PlannedObjective } from './plan-types.ts';

/** An objective's own cells: status, grade and description, from whichever of its rows gives them. */
export function readObjectiveCells(
  objective: PlannedObjective,
  at: { text: (key: ColumnKey) => string; cell: (key: ColumnKey) => unknown; row: number },
  gradeRowOf: Map<PlannedObjective, GradeCell>,
  note: (message: string) => void,
): void {
  const status = parseStatus(at.text('status'));
  if (status && status !== 'active') objective.status = status;
  const gradeCell = at.text('grade');
  const first = gradeRowOf.get(objective);
  const grade = gradeCell ? parseShare(at.cell('grade')) : undefined;
  if (gradeCell && grade === undefined)
    note(`objective grade "${gradeCell}" is not between 0 and 1 or 0 and 100 %; left out`);
  else if (grade !== undefined && !first) {
    objective.grade = grade;
    gradeRowOf.set(objective, { cell: gradeCell, row: at.row, value: grade });
  } else if (grade !== undefined && first && grade !== first.value) {
    // Different scores on the rows of one objective score its key results: none of them is the objective's grade.
    delete objective.grade;
    note(
      `objective grade "${gradeCell}" differs from "${first.cell}" on row ${first.row}; no grade written (a key result's own score goes in a Score column)`,
    );
  }
  const description = at.text('description');
  if (description && !objective.body) objective.body = description;
}

/**
 * Objectives whose every key result has a score and no grade is given: the grade is the
 * owners' call at the close, which `close-cycle` proposes; said once, not per objective.
 */
export function noteScoredObjectives(plan: ImportPlan): void {
  const scored = plan.objectives.filter(
    (o) =>
      !o.exists && o.grade === undefined && o.keyResults.length && o.keyResults.every((kr) => kr.score !== undefined),
  );
  if (!scored.length) return;
  const cycles = [...new Set(scored.map((o) => o.cycle))];
  plan.notes.push({
    message: `${scored.length === 1 ? `objective "${scored[0]!.title}" scores` : `${scored.length} objectives score`} every key result and give${scored.length === 1 ? 's' : ''} no objective grade; no grade is written: \`npx throughline close-cycle ${cycles.join('` or `npx throughline close-cycle ')}\` proposes grades (docs/cli.md)`,
  });
}

/** The first grade an objective's rows give. */
export interface GradeCell {
  cell: string;
  row: number;
  value: number;
}
