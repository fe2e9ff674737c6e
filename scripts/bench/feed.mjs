// A large Open Referral UK feed for the benchmarks: 5,000 services made from the test fixtures'
// shapes (v1 and v3), with names, towns and needs varied deterministically.
import { readFileSync } from 'node:fs';

const TOWNS = [
  'Ashford Bridge',
  'Kelby',
  'Marram Bay',
  'Pen-y-Môr',
  'Caer Marram',
  'Elmstead',
  'Hollin Cross',
  'Saltmere',
];
const KINDS = [
  ['Relationship Support', 'Relationship support', 'Help for parents who argue a lot'],
  ['Family Mediation', 'Family mediation', 'Mediation and parenting apart for separating parents'],
  ['Domestic Abuse Outreach', 'Domestic abuse', 'Confidential support and safety planning'],
  ['Bump and Baby Group', 'Perinatal', 'A group for expectant and new parents'],
  ["Young People's Wellbeing", 'Young carers', 'Clubs and one-to-one support for young people'],
  ['Family Hub Drop-in', 'Families', 'Advice for families, no appointment needed'],
  ['Parenting Course', 'Parenting', 'A six-week course for parents'],
];

/** The raw services of a feed (as the API would send them), `count` of them. */
export function feedItems(parseOrukPage, count = 5000) {
  const fixture = (name) =>
    parseOrukPage(JSON.parse(readFileSync(new URL(`../../test/fixtures/oruk/${name}`, import.meta.url), 'utf8'))).items;
  const templates = ['services-page-1.json', 'services-page-2.json', 'services-v3.json'].flatMap(fixture);
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length];
    const town = TOWNS[(i * 7) % TOWNS.length];
    const [kind, term, about] = KINDS[(i * 3) % KINDS.length];
    return {
      ...template,
      id: `bench-${i}`,
      name: `${town} ${kind} ${i}`,
      description: `${about} in ${town}.`,
      status: 'active',
      service_areas: [{ service_area: town, name: town }],
      service_taxonomys: [{ taxonomy: { name: term } }],
      attributes: [],
    };
  });
}
