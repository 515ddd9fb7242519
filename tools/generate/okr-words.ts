import type { KeyResultType } from '../../src/schemas/key-result.ts';

/** The directions generated metrics use (strict lines are left to authors). */
type Direction = 'increase' | 'decrease' | 'stay-above' | 'stay-below';

/** Objective titles; `{area}` is the team's area. Slugs keep ids readable. */
export const objectiveTemplates = [
  { slug: 'reliable', title: 'Make {area} reliable enough for our largest customers' },
  { slug: 'faster', title: 'Make {area} noticeably faster for customers' },
  { slug: 'adoption', title: 'Get more customers to rely on {area}' },
  { slug: 'efficient', title: 'Run {area} at a lower cost per customer' },
  { slug: 'quality', title: 'Raise the quality bar in {area}' },
  { slug: 'growth', title: 'Turn {area} into a growth engine' },
  { slug: 'trust', title: 'Earn customer trust in {area}' },
  { slug: 'simple', title: 'Make {area} simple to use from day one' },
  { slug: 'scale', title: 'Scale {area} without scaling headcount' },
  { slug: 'insight', title: 'Give every team clear insight into {area}' },
  { slug: 'retention', title: 'Keep the customers we win through {area}' },
  { slug: 'predictable', title: 'Make {area} predictable week to week' },
  { slug: 'focus', title: 'Focus {area} on the customers who value it most' },
  { slug: 'expansion', title: 'Take {area} into new markets' },
];

/** A measure a key result can be written against. */
export interface Metric {
  id: string;
  /** How the measure reads in a title: "weekly active fleets". */
  name: string;
  type: KeyResultType;
  unit?: string;
  direction: Direction;
  /** Range baselines are drawn from. */
  low: number;
  high: number;
  decimals: number;
  /** Departments that usually own this measure. */
  departments: string[];
}

const m = (
  id: string,
  name: string,
  type: KeyResultType,
  direction: Direction,
  low: number,
  high: number,
  departments: string,
  decimals = 0,
  unit?: string,
): Metric => ({
  id,
  name,
  type,
  direction,
  low,
  high,
  decimals,
  unit: unit ?? (type === 'percentage' ? '%' : type === 'currency' ? 'EUR' : undefined),
  departments: departments.split(' '),
});

export const metrics: Metric[] = [
  m(
    'weekly-active-fleets',
    'weekly active fleets',
    'metric',
    'increase',
    400,
    4000,
    'product engineering marketing customer-operations',
    0,
    'fleets',
  ),
  m(
    'qualified-opportunities',
    'qualified opportunities per month',
    'metric',
    'increase',
    20,
    200,
    'sales marketing',
    0,
    'opportunities',
  ),
  m(
    'nps',
    'net promoter score',
    'metric',
    'increase',
    10,
    45,
    'product customer-success customer-operations',
    0,
    'points',
  ),
  m(
    'partners-live',
    'integration partners live',
    'metric',
    'increase',
    3,
    30,
    'sales engineering product',
    0,
    'partners',
  ),
  m('customer-health', 'average customer health score', 'metric', 'increase', 55, 75, 'customer-success', 0, 'points'),
  m('route-time', 'p95 route planning time', 'metric', 'decrease', 4, 20, 'engineering infrastructure', 1, 's'),
  m(
    'time-to-value',
    'median days to first planned route',
    'metric',
    'decrease',
    8,
    30,
    'product customer-success customer-operations',
    0,
    'days',
  ),
  m('mttr', 'mean time to recovery', 'metric', 'decrease', 30, 240, 'engineering infrastructure security', 0, 'min'),
  m('close-days', 'days to close the books', 'metric', 'decrease', 6, 15, 'finance', 0, 'days'),
  m('time-to-hire', 'median time to hire', 'metric', 'decrease', 30, 70, 'people', 0, 'days'),
  m('build-time', 'median build time', 'metric', 'decrease', 8, 40, 'engineering infrastructure', 0, 'min'),
  m(
    'first-response',
    'median first response time',
    'metric',
    'decrease',
    2,
    12,
    'customer-success customer-operations',
    1,
    'h',
  ),
  m('contract-turnaround', 'median contract turnaround', 'metric', 'decrease', 5, 20, 'legal sales', 0, 'days'),
  m(
    'review-time',
    'median days to pass a customer security review',
    'metric',
    'decrease',
    10,
    40,
    'security sales',
    0,
    'days',
  ),
  m(
    'patch-time',
    'median days to patch critical vulnerabilities',
    'metric',
    'decrease',
    5,
    30,
    'security infrastructure',
    0,
    'days',
  ),
  m('pipeline-failures', 'failed data pipeline runs per week', 'metric', 'decrease', 8, 40, 'data', 0, 'runs'),
  m('open-p1', 'open P1 incidents', 'metric', 'stay-below', 1, 4, 'engineering infrastructure', 0, 'incidents'),
  m('open-critical', 'open critical vulnerabilities', 'metric', 'stay-below', 1, 3, 'security', 0, 'vulnerabilities'),
  m('p99-latency', 'p99 API latency', 'metric', 'stay-below', 200, 600, 'engineering infrastructure', 0, 'ms'),
  m('activation-rate', 'trial activation rate', 'percentage', 'increase', 20, 45, 'product marketing'),
  m(
    'on-time-rate',
    'on-time delivery rate',
    'percentage',
    'increase',
    80,
    92,
    'operations customer-operations product',
    1,
  ),
  m('conversion', 'trial-to-paid conversion', 'percentage', 'increase', 8, 22, 'marketing sales product'),
  m(
    'adoption',
    'share of active fleets using the feature',
    'percentage',
    'increase',
    10,
    40,
    'product design engineering',
  ),
  m(
    'resolution',
    'first-contact resolution rate',
    'percentage',
    'increase',
    50,
    75,
    'customer-success customer-operations',
  ),
  m('gross-margin', 'gross margin', 'percentage', 'increase', 62, 74, 'finance operations', 1),
  m('forecast-accuracy', 'forecast accuracy', 'percentage', 'increase', 70, 88, 'finance sales data'),
  m('offer-acceptance', 'offer acceptance rate', 'percentage', 'increase', 60, 80, 'people'),
  m('fresh-dashboards', 'share of dashboards refreshed daily', 'percentage', 'increase', 40, 80, 'data'),
  m(
    'design-system',
    'share of screens built on the design system',
    'percentage',
    'increase',
    30,
    70,
    'design engineering',
  ),
  m('task-success', 'task success rate in usability tests', 'percentage', 'increase', 55, 80, 'design product'),
  m('churn', 'monthly logo churn', 'percentage', 'decrease', 1.5, 4, 'customer-success product', 1),
  m('change-failure', 'change failure rate', 'percentage', 'decrease', 8, 25, 'engineering infrastructure'),
  m('invoice-errors', 'invoice error rate', 'percentage', 'decrease', 1, 5, 'finance customer-operations', 1),
  m('attrition', 'voluntary attrition', 'percentage', 'decrease', 8, 18, 'people'),
  m(
    'reopened',
    'share of support tickets reopened',
    'percentage',
    'decrease',
    6,
    15,
    'customer-success customer-operations',
  ),
  m(
    'availability',
    'API availability',
    'percentage',
    'stay-above',
    99.5,
    99.95,
    'engineering infrastructure security',
    2,
  ),
  m('csat', 'customer satisfaction', 'percentage', 'stay-above', 85, 93, 'customer-success customer-operations design'),
  m('privacy-on-time', 'privacy requests answered on time', 'percentage', 'stay-above', 92, 98, 'legal security'),
  m('net-new-arr', 'net-new ARR', 'currency', 'increase', 400_000, 3_000_000, 'sales marketing'),
  m('expansion-revenue', 'expansion revenue', 'currency', 'increase', 100_000, 900_000, 'sales customer-success'),
  m('pipeline', 'qualified pipeline', 'currency', 'increase', 1_000_000, 6_000_000, 'sales marketing'),
  m('cloud-cost', 'cloud spend per active fleet', 'currency', 'decrease', 25, 60, 'infrastructure engineering finance'),
  m('cac', 'customer acquisition cost', 'currency', 'decrease', 4_000, 12_000, 'marketing finance'),
  m(
    'ticket-cost',
    'cost per support ticket',
    'currency',
    'decrease',
    8,
    25,
    'customer-success customer-operations operations',
  ),
  m(
    'vendor-spend',
    'annual spend with unmanaged vendors',
    'currency',
    'decrease',
    200_000,
    900_000,
    'operations finance',
  ),
];

/** Binary key results: a state of the world someone else can see, never a task or a deliverable. */
export const binaryOutcomes = [
  {
    id: 'soc2',
    title: 'Every enterprise security review passes on our SOC 2 Type II report',
    departments: ['security', 'legal'],
  },
  {
    id: 'eu-residency',
    title: 'EU customers use EU data residency on every plan',
    departments: ['engineering', 'infrastructure', 'legal'],
  },
  {
    id: 'sso-ga',
    title: 'Customers use single sign-on in production',
    departments: ['engineering', 'product', 'security'],
  },
  {
    id: 'dr-tested',
    title: 'Disaster recovery passes a full failover test',
    departments: ['infrastructure', 'engineering'],
  },
  {
    id: 'pricing-live',
    title: 'Customers in every market buy at the new prices',
    departments: ['product', 'marketing', 'sales'],
  },
  { id: 'iso27001', title: 'Pass the ISO 27001 certification audit', departments: ['security'] },
  { id: 'audit-clean', title: 'Annual audit signed off with no material findings', departments: ['finance'] },
  { id: 'api-v2', title: 'Every integration partner on the version 2 API', departments: ['engineering', 'product'] },
  { id: 'career-framework', title: 'Career framework in use for every role', departments: ['people'] },
  { id: 'single-source', title: 'One source of truth for revenue figures', departments: ['data', 'finance'] },
];

export const verbs: Record<'increase' | 'decrease', string[]> = {
  increase: ['Grow', 'Raise', 'Lift', 'Increase'],
  decrease: ['Cut', 'Reduce', 'Lower', 'Bring down'],
};

/** Initiative titles: these are the work, so verbs are welcome; `{area}` is the team's area. */
export const initiativeTemplates = [
  { slug: 'dashboards', title: 'Roll out {area} health dashboards' },
  { slug: 'event-bus', title: 'Migrate {area} to the shared event bus' },
  { slug: 'interviews', title: 'Run twelve customer interviews on {area}' },
  { slug: 'regression-tests', title: 'Automate {area} regression tests' },
  { slug: 'pilot', title: 'Pilot the new {area} flow with five design partners' },
  { slug: 'playbook', title: 'Write the {area} playbook' },
  { slug: 'runbooks', title: 'Update {area} runbooks and on-call rotation' },
  { slug: 'pricing-review', title: 'Review {area} pricing with finance' },
  { slug: 'training', title: 'Train account managers on {area}' },
  { slug: 'cleanup', title: 'Remove unused {area} features' },
];

export const checkInNotes = [
  'On plan.',
  'Slower than hoped; the fix ships next week.',
  'Two large customers moved over.',
  'Data pipeline delay; value is from last week.',
  'Ahead of plan after the launch.',
  'Holiday week, little movement.',
  'Blocked on a dependency, escalated.',
  'Trend is back on track.',
];

export const retrospectives = [
  'Good progress, but we started the hardest work too late.',
  'We hit the targets that depended on us alone and missed the shared ones.',
  'The baseline was wrong; we spent the first month measuring properly.',
  'Strong quarter: keep the weekly review rhythm.',
  'Too many objectives for the team size; fewer next cycle.',
];

export const objectiveWhy = [
  'Customers tell us this is where we lose them.',
  'This is the constraint on everything else we want to do this cycle.',
  'We have promised this to our largest customers.',
  'Without it, the rest of the plan depends on luck.',
  'It is the cheapest way to move the numbers the company cares about.',
];

export const dependencyWhy = [
  'We need their API changes before we can ship.',
  'Their data feeds our reporting.',
  'Enterprise security reviews require it.',
  'Our launch depends on their capacity.',
];
