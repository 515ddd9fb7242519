import { daysBetween, isoDay, type Cycle } from '../../src/model/cycles.ts';
import { binaryOutcomes, checkInNotes, metrics, verbs, type Metric } from './okr-words.ts';
import type { GeneratedTeam } from './org.ts';
import type { Random } from './random.ts';

/** What shapes a key result's numbers: where the cycle stands and how well the team does. */
export interface KeyResultPlan {
  cycle: Cycle;
  /** Last day check-ins may be dated: the cycle's end, or today in the current cycle. */
  until: string;
  /** Share of the way to target the team ends the cycle at (may exceed 1). */
  outcome: number;
  /** Days between check-ins. */
  cadence: number;
  owner?: string;
}

export interface GeneratedKeyResult {
  id: string;
  /** Progress at the last check-in, 0–1, for grading. */
  progress: number;
  data: Record<string, unknown>;
}

/**
 * Two to four key results of distinct measures, mostly ones the team's department owns;
 * some objectives have a binary milestone among them.
 */
export function generateKeyResults(
  random: Random,
  count: number,
  plan: Omit<KeyResultPlan, 'owner'>,
  team: GeneratedTeam,
): GeneratedKeyResult[] {
  const department = team.department?.id;
  const owners = team.members;
  const own = department ? metrics.filter((metric) => metric.departments.includes(department)) : metrics;
  const others = metrics.filter((metric) => !own.includes(metric));
  const borrowed = others.length && random.chance(0.2) ? 1 : 0;
  const chosen = random.sample(own, Math.min(own.length, count - borrowed));
  chosen.push(...random.sample(others, count - chosen.length));
  const results = chosen.map((metric) => measured(random, metric, { ...plan, owner: ownerOf(random, owners) }));
  const milestones = binaryOutcomes.filter((outcome) => !department || outcome.departments.includes(department));
  if (count > 2 && milestones.length && random.chance(0.3))
    results[count - 1] = binary(random, random.pick(milestones), { ...plan, owner: ownerOf(random, owners) });
  return results;
}

function ownerOf(random: Random, owners: readonly string[]): string | undefined {
  return owners.length > 1 && random.chance(0.3) ? random.pick(owners.slice(1)) : undefined;
}

function measured(random: Random, metric: Metric, plan: KeyResultPlan): GeneratedKeyResult {
  const { direction, decimals } = metric;
  const percentage = metric.type === 'percentage';
  const baseline = nice(metric.low + random.next() * (metric.high - metric.low), decimals);
  const data: Record<string, unknown> = { id: metric.id, title: '', type: metric.type };
  if (metric.unit) data.unit = metric.unit;

  if (direction === 'stay-above' || direction === 'stay-below') {
    const target = baseline;
    const holds = random.chance(0.85);
    const sign = direction === 'stay-above' ? 1 : -1;
    const wobble = Math.max(10 ** -decimals, (metric.high - metric.low) * 0.1);
    const values = series(random, plan, () => {
      const within = holds || random.chance(0.7);
      const v = nice(target + sign * (within ? 1 : -1) * wobble * (0.2 + random.next()), decimals);
      return percentage ? Math.min(100, v) : Math.max(0, v);
    });
    Object.assign(data, {
      title: `Keep ${metric.name} at or ${direction === 'stay-above' ? 'above' : 'below'} ${format(metric, target)}`,
      target,
      direction,
      ...owned(plan),
      checkIns: values.checkIns,
    });
    const last = values.last ?? target;
    return { id: metric.id, progress: (direction === 'stay-above' ? last >= target : last <= target) ? 1 : 0, data };
  }

  const change = direction === 'increase' ? random.around(0.5, 0.3) : -random.around(0.4, 0.2);
  let target =
    percentage && direction === 'increase'
      ? nice(baseline + (100 - baseline) * Math.abs(change) * 0.6, decimals)
      : nice(baseline * (1 + change), decimals);
  if (target === baseline) target = nice(baseline + (direction === 'increase' ? 1 : -1) * 10 ** -decimals, decimals);
  const step = (share: number) => {
    const v = nice(baseline + (target - baseline) * share, decimals);
    return percentage ? Math.min(100, Math.max(0, v)) : Math.max(0, v);
  };
  const values = series(random, plan, (share) => step(share * plan.outcome + random.around(0, 0.04)));
  Object.assign(data, {
    title: `${random.pick(verbs[direction])} ${metric.name} from ${format(metric, baseline)} to ${format(metric, target)}`,
    baseline,
    target,
    direction,
  });
  if (random.chance(0.2)) Object.assign(data, { commit: step(0.7), stretch: step(1.3) });
  Object.assign(data, owned(plan), { checkIns: values.checkIns });
  const progress =
    values.last === undefined ? 0 : Math.min(1, Math.max(0, (values.last - baseline) / (target - baseline)));
  return { id: metric.id, progress, data };
}

function binary(random: Random, outcome: { id: string; title: string }, plan: KeyResultPlan): GeneratedKeyResult {
  const reached = random.chance(Math.min(0.9, plan.outcome * 0.8));
  const values = series(random, plan, (share) => reached && share > 0.7);
  const data = { id: outcome.id, title: outcome.title, type: 'binary', ...owned(plan), checkIns: values.checkIns };
  return { id: outcome.id, progress: values.last ? 1 : 0, data };
}

function owned(plan: KeyResultPlan): Record<string, string> {
  return plan.owner ? { owner: plan.owner } : {};
}

/** Dated check-ins every `cadence` days from early in the cycle to `until`; `at(share)` gives the value at a share of the cycle. */
function series<V>(
  random: Random,
  plan: KeyResultPlan,
  at: (share: number) => V,
): { checkIns: Record<string, unknown>[]; last?: V } {
  const checkIns: Record<string, unknown>[] = [];
  const length = daysBetween(plan.cycle.start, plan.cycle.end) + 1;
  const start = Date.parse(plan.cycle.start);
  let last: V | undefined;
  for (let day = random.int(3, 8); ; day += plan.cadence - random.int(0, 1)) {
    const date = isoDay(new Date(start + day * 86_400_000));
    if (date > plan.until || date > plan.cycle.end) break;
    last = at(day / length);
    const checkIn: Record<string, unknown> = { date, value: last };
    if (random.chance(0.7)) checkIn.confidence = plan.outcome >= 0.85 ? 'high' : plan.outcome >= 0.6 ? 'medium' : 'low';
    if (random.chance(0.2)) checkIn.note = random.pick(checkInNotes);
    checkIns.push(checkIn);
  }
  return { checkIns, last };
}

/** Rounds to the measure's decimals, and large numbers to three significant figures, as people write targets. */
function nice(value: number, decimals: number): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  const magnitude = Math.abs(value) >= 1000 ? 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2) : 1;
  return Math.round(value / magnitude) * magnitude;
}

/** A value as it reads in a title: €1.2M, €350k, 87%, 1,200 fleets, 9.5 s. */
function format(metric: Metric, value: number): string {
  if (metric.type === 'currency') {
    if (value >= 1_000_000) return `€${trim(value / 1_000_000)}M`;
    if (value >= 1000) return `€${trim(value / 1000)}k`;
    return `€${grouped(value)}`;
  }
  if (metric.type === 'percentage') return `${value}%`;
  return metric.unit && metric.unit !== 'points' ? `${grouped(value)} ${metric.unit}` : grouped(value);
}

function trim(value: number): string {
  return String(Number(value.toFixed(2)));
}

function grouped(value: number): string {
  const [whole, fraction] = String(value).split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}
