/** Names the generator draws organisations, teams and people from. */

export const companyNames = [
  'Northwind Freight', 'Halcyon Routing', 'Bramble Logistics', 'Osprey Fleet Systems', 'Larkspur Mobility',
  'Cobalt Haulage Cloud', 'Fernhill Dispatch', 'Marlin Transport Software', 'Quayside Logistics', 'Tern Freight Labs',
];

/** A department and the areas its groups and teams own. */
export interface Department {
  id: string;
  name: string;
  areas: string[];
}

export const departments: Department[] = [
  { id: 'engineering', name: 'Engineering', areas: ['platform', 'payments', 'mobile', 'routing', 'identity', 'reliability', 'developer tools', 'integrations', 'search', 'notifications', 'mapping', 'telematics', 'infrastructure', 'billing systems'] },
  { id: 'product', name: 'Product', areas: ['discovery', 'growth', 'onboarding', 'pricing', 'design system', 'user research', 'product analytics', 'fleet insights'] },
  { id: 'sales', name: 'Sales', areas: ['enterprise sales', 'mid-market sales', 'small business sales', 'partnerships', 'sales operations', 'renewals', 'solutions engineering'] },
  { id: 'marketing', name: 'Marketing', areas: ['brand', 'demand generation', 'content', 'events', 'product marketing', 'lifecycle marketing', 'web'] },
  { id: 'customer-success', name: 'Customer Success', areas: ['support', 'implementation', 'account management', 'customer education', 'community'] },
  { id: 'operations', name: 'Operations', areas: ['logistics', 'procurement', 'workplace', 'vendor management', 'business systems'] },
  { id: 'finance', name: 'Finance', areas: ['accounting', 'financial planning', 'revenue operations', 'treasury', 'tax'] },
  { id: 'people', name: 'People', areas: ['recruiting', 'learning', 'total rewards', 'people operations', 'inclusion'] },
  { id: 'security', name: 'Security', areas: ['security engineering', 'compliance', 'trust', 'incident response'] },
  { id: 'data', name: 'Data', areas: ['analytics engineering', 'data science', 'machine learning', 'data governance'] },
  { id: 'legal', name: 'Legal', areas: ['commercial legal', 'privacy', 'corporate legal'] },
  { id: 'design', name: 'Design', areas: ['product design', 'content design', 'design operations'] },
  { id: 'infrastructure', name: 'Infrastructure', areas: ['cloud', 'networking', 'databases', 'observability', 'build and release'] },
  { id: 'customer-operations', name: 'Customer Operations', areas: ['dispatch support', 'fleet onboarding', 'billing support', 'customer insights'] },
];

/** Regions that split an area when a department has more groups than areas. */
export const regions = ['Europe', 'Americas', 'Asia Pacific', 'Nordics', 'Iberia', 'Benelux', 'DACH', 'UK and Ireland'];

/** Words that tell teams of one group apart. */
export const teamSuffixes = [
  'core', 'experience', 'api', 'insights', 'automation', 'quality', 'tooling', 'integrations',
  'foundations', 'services', 'apps', 'analytics',
];

export const firstNames = [
  'Maria', 'Jon', 'Ella', 'Amir', 'Sofia', 'Liam', 'Noor', 'Chen', 'Priya', 'Tomas', 'Ines', 'Kwame',
  'Hana', 'Oskar', 'Leila', 'Mateo', 'Aisha', 'Felix', 'Yuki', 'Ravi', 'Greta', 'Dmitri', 'Zara', 'Lucas',
  'Mina', 'Ethan', 'Freya', 'Omar', 'Clara', 'Javier', 'Anya', 'Samuel', 'Ingrid', 'Kofi', 'Lena', 'Marco',
  'Nadia', 'Pablo', 'Rosa', 'Stefan', 'Tara', 'Victor', 'Wen', 'Yara', 'Bruno', 'Carmen', 'Daniel', 'Elif',
];

export const lastNames = [
  'Okafor', 'Park', 'Voss', 'Haddad', 'Lindqvist', 'Moreau', 'Tanaka', 'Singh', 'Novak', 'Costa', 'Mensah',
  'Schmidt', 'Kowalski', 'Rossi', 'Ibrahim', 'Nakamura', 'Fischer', 'Silva', 'Andersen', 'Dubois', 'Kim',
  'Petrov', 'Garcia', 'Oyelaran', 'Berg', 'Chowdhury', 'Jansen', 'Larsen', 'Meyer', 'Nguyen', 'Ortiz',
  'Quinn', 'Reyes', 'Sato', 'Walsh', 'Yilmaz', 'Zhang', 'Bauer', 'Cruz', 'Eriksen', 'Fontaine', 'Horvat',
];

export const leadRoles: Record<number, string[]> = {
  0: ['Chief Executive Officer'],
  1: ['Vice President', 'Head of Department'],
  2: ['Director', 'Group Lead'],
  3: ['Engineering Manager', 'Team Lead', 'Manager'],
};

export const memberRoles = [
  'Senior Engineer', 'Product Manager', 'Analyst', 'Designer', 'Specialist', 'Account Executive',
  'Programme Manager', 'Data Scientist', 'Staff Engineer', 'Operations Manager', 'Consultant',
];

/** Mission statements for team bodies; `{area}` is the team's area. */
export const missions = [
  'We make {area} dependable for every customer, every day.',
  'We own {area} end to end: what we build, how it runs and how customers feel about it.',
  'We turn {area} into an advantage our customers notice.',
  'We keep {area} simple, fast and safe, so other teams can move quickly.',
  'We help customers get value from {area} in their first week.',
];
