/** Strategy texts the generator draws priorities, briefs and decisions from. */

export interface PriorityText {
  id: string;
  title: string;
  why: string;
}

export const priorityTexts: PriorityText[] = [
  {
    id: 'win-mid-market-fleets',
    title: 'Win mid-market fleets',
    why: 'Fleets of 50 to 500 vehicles are under-served: too big for spreadsheets, too small for bespoke systems.',
  },
  {
    id: 'earn-enterprise-trust',
    title: 'Earn the trust of enterprise customers',
    why: 'Large customers buy on security, reliability and support long before features.',
  },
  {
    id: 'operate-efficiently',
    title: 'Grow revenue faster than cost',
    why: 'Profitable growth keeps the company independent and funds the roadmap.',
  },
  {
    id: 'make-data-useful',
    title: 'Make our data useful to customers',
    why: 'Every route we plan teaches us something customers would pay to know.',
  },
  {
    id: 'great-place-to-work',
    title: 'Be a place great people choose to stay',
    why: 'The product only gets better when the people building it stay and grow.',
  },
  {
    id: 'expand-in-europe',
    title: 'Become the default choice across Europe',
    why: 'Customers operate across borders; a regional player loses them as they grow.',
  },
  {
    id: 'legacy-desktop-client',
    title: 'Keep the desktop client alive',
    why: 'Retired: the web app now covers every desktop workflow.',
  },
];

/** A theme a brief can carry, tied to the priority it serves, with company objectives that serve it. */
export interface ThemeText {
  id: string;
  title: string;
  success: string;
  priority: string;
  objectives: { slug: string; title: string }[];
}

const o = (slug: string, title: string) => ({ slug, title });

export const themeTexts: ThemeText[] = [
  {
    id: 'enterprise-trust',
    title: 'Be trusted by larger fleets',
    success: 'Security reviews stop blocking deals; two fleets of 300+ vehicles signed.',
    priority: 'earn-enterprise-trust',
    objectives: [
      o('enterprise-ready', 'Become the obvious choice for enterprise fleets'),
      o('pass-security-reviews', 'Pass every enterprise security review first time'),
      o('enterprise-support', 'Support that large fleets rely on'),
    ],
  },
  {
    id: 'reliable-core',
    title: 'A core product that never lets customers down',
    success: 'No customer-visible outage longer than 30 minutes.',
    priority: 'earn-enterprise-trust',
    objectives: [
      o('never-down', 'A product customers never have to worry about'),
      o('fewer-incidents', 'Fewer incidents, fixed faster'),
      o('fast-everywhere', 'Fast for every customer, at every size'),
    ],
  },
  {
    id: 'mid-market-growth',
    title: 'Grow in the mid-market',
    success: 'Mid-market ARR grows 25% in the cycle.',
    priority: 'win-mid-market-fleets',
    objectives: [
      o('grow-mid-market', 'Grow mid-market revenue faster than the market'),
      o('win-rate', 'Win more of the mid-market deals we enter'),
      o('mid-market-retention', 'Keep the mid-market customers we win'),
    ],
  },
  {
    id: 'faster-onboarding',
    title: 'Value in the first week',
    success: 'New fleets plan their first route within five days.',
    priority: 'win-mid-market-fleets',
    objectives: [
      o('first-week-value', 'Every new customer sees value in the first week'),
      o('smooth-onboarding', 'Onboarding that needs no hand-holding'),
      o('self-guided-setup', 'Customers set themselves up in days, not weeks'),
    ],
  },
  {
    id: 'efficient-growth',
    title: 'Efficient growth',
    success: 'Gross margin above 75% while revenue grows.',
    priority: 'operate-efficiently',
    objectives: [
      o('grow-arr', 'Grow recurring revenue faster than cost'),
      o('profitable', 'Reach sustainable profitability'),
      o('margin', 'Healthier margins on every plan'),
    ],
  },
  {
    id: 'cost-discipline',
    title: 'Spend where it matters',
    success: 'Cloud and tooling cost per customer falls 15%.',
    priority: 'operate-efficiently',
    objectives: [
      o('lower-cost-to-serve', 'Lower the cost of serving each customer'),
      o('spend-wisely', 'Every euro spent traces to a goal'),
      o('cloud-efficiency', 'Pay only for the cloud we use'),
    ],
  },
  {
    id: 'insight-products',
    title: 'Insights customers act on',
    success: 'A third of active fleets use at least one insight report weekly.',
    priority: 'make-data-useful',
    objectives: [
      o('insight-leader', 'Lead the market in fleet insights'),
      o('insights-used', 'Insights customers use every week'),
      o('insight-revenue', 'Turn insights into revenue'),
    ],
  },
  {
    id: 'data-foundations',
    title: 'Data we can trust',
    success: 'Every customer-facing metric has an owner and a tested pipeline.',
    priority: 'make-data-useful',
    objectives: [
      o('trusted-data', 'Numbers everyone trusts'),
      o('data-owners', 'Every metric has an owner'),
      o('self-serve-analytics', 'Answers without waiting for an analyst'),
    ],
  },
  {
    id: 'talent-and-growth',
    title: 'Grow our own leaders',
    success: 'Half of new managers promoted from within.',
    priority: 'great-place-to-work',
    objectives: [
      o('great-teams', 'Build teams people want to join and stay in'),
      o('grow-leaders', 'Grow our next leaders from within'),
      o('hire-well', 'Hire the people the plan needs, on time'),
    ],
  },
  {
    id: 'european-expansion',
    title: 'Win customers beyond our home market',
    success: 'Three new countries with ten paying fleets each.',
    priority: 'expand-in-europe',
    objectives: [
      o('europe', 'Win customers across Europe'),
      o('local-presence', 'Feel local in every market we sell to'),
      o('europe-partners', 'Partners who sell for us across Europe'),
    ],
  },
];

/** Something a brief deliberately sets aside; its keywords never appear in generated objectives. */
export interface NotNowText {
  id: string;
  title: string;
  why: string;
  keywords: string[];
}

export const notNowTexts: NotNowText[] = [
  {
    id: 'freemium-tier',
    title: 'A freemium tier',
    why: 'Sales capacity is the constraint, not sign-up friction.',
    keywords: ['freemium'],
  },
  {
    id: 'blockchain-proof',
    title: 'Blockchain proof of delivery',
    why: 'No customer has asked for it, and it adds cost to every delivery.',
    keywords: ['blockchain'],
  },
  {
    id: 'on-premise-edition',
    title: 'An on-premise edition',
    why: 'It would split the roadmap in two for a handful of deals.',
    keywords: ['on-premise'],
  },
  {
    id: 'own-devices',
    title: 'Our own tracking devices',
    why: 'Partners make better devices than we would; we integrate with them instead.',
    keywords: ['tracking device'],
  },
  {
    id: 'consumer-app',
    title: 'A consumer parcel app',
    why: 'Our customers are fleets, not the people they deliver to.',
    keywords: ['consumer app'],
  },
  {
    id: 'rail-freight',
    title: 'Rail freight planning',
    why: 'Road freight still has most of our growth ahead of it.',
    keywords: ['rail freight'],
  },
  { id: 'full-rebrand', title: 'A full rebrand', why: 'The brand is not what loses deals.', keywords: ['rebrand'] },
  {
    id: 'plugin-marketplace',
    title: 'A third-party plugin marketplace',
    why: 'The API has to be stable first.',
    keywords: ['plugin marketplace'],
  },
  {
    id: 'white-label',
    title: 'White-label resale',
    why: 'Resellers would own the customer relationship we need to learn from.',
    keywords: ['white-label'],
  },
];

export const briefTitles = [
  'Earn the right to grow',
  'Fewer things, done well',
  'Trust before features',
  'Grow where we win',
  'Make it effortless',
  'Build the foundations',
  'Prove the value',
  'Finish what we started',
];

export const tradeOffs = [
  'We accept slower feature delivery to fund the reliability work.',
  'We hire fewer people this cycle and invest in tooling instead.',
  'We say no to bespoke enterprise features that only one customer needs.',
  'We accept a lower win rate in small deals to focus sales on the mid-market.',
  'We delay the new reporting suite until the data foundations are in place.',
];

export const risks = [
  {
    title: 'Two key platform engineers are on leave for part of the cycle',
    mitigation: 'The riskiest work is front-loaded into the first month.',
  },
  {
    title: 'A large customer renewal is due mid-cycle',
    mitigation: 'Account management reviews the renewal weekly with the executive sponsor.',
  },
  {
    title: 'Cloud prices rise at the start of the cycle',
    mitigation: 'Reserved capacity is bought before the increase.',
  },
  {
    title: 'The new billing provider may slip its delivery date',
    mitigation: 'The old provider contract is extended by one quarter as a fallback.',
  },
  { title: 'Hiring for data roles is slow', mitigation: 'Two contractors cover the gap until the roles are filled.' },
];

/** Decision titles; `{area}` is an area of the deciding department, `{next}` the next cycle. */
export const decisionTemplates = [
  { slug: 'pause', title: 'Pause new {area} work until {next}' },
  { slug: 'consolidate', title: 'Consolidate {area} under one team' },
  { slug: 'usage-pricing', title: 'Price {area} by usage rather than per seat' },
  { slug: 'sunset-legacy', title: 'Sunset the legacy {area} interface' },
  { slug: 'in-house', title: 'Keep {area} in-house rather than outsource it' },
  { slug: 'weekly-review', title: 'Review {area} metrics weekly with the leadership team' },
  { slug: 'managed-service', title: 'Move {area} onto a managed cloud service' },
  { slug: 'focus-mid-market', title: 'Focus {area} on mid-market customers first' },
  { slug: 'single-vendor', title: 'Standardise {area} on a single vendor' },
  { slug: 'hiring-freeze', title: 'Freeze hiring in {area} until {next}' },
];
