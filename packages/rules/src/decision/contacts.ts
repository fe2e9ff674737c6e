/** Who a family is pointed to on each route, in order, with the safety floor applied last. */
import type { ResolvedConfig } from '../config/resolve.js';
import { DA_HELPLINE_BY_NATION } from '../content/contacts.js';
import { EMERGENCY_ID, RESPECT_ID, enforceContacts, isGuardedRoute } from '../safety/floor.js';
import type { Contact, ContactTopic, Route } from '../types.js';

const SPECIALIST = ['mens-advice-line', 'galop', 'karma-nirvana'];

export interface ContactNeeds {
  readonly route: Route;
  /** "Not sure" about danger now: 999 leads (else, on a route that touches abuse, it comes after the helpline). */
  readonly dangerUnsure: boolean;
  /** "Yes" or "not sure" about their own behaviour. */
  readonly ownBehaviour: 'yes' | 'unsure' | 'no';
  readonly childrenUsed: boolean;
}

/** The contacts for a route, national ones from the rules' own content, local ones after them. */
export function routeContacts(config: ResolvedConfig, needs: ContactNeeds): Contact[] {
  const { route, dangerUnsure, ownBehaviour, childrenUsed } = needs;
  const byId = new Map(config.contacts.map((c) => [c.id, c]));
  const inNation = (c: Contact) => !c.nations || c.nations.includes(config.nation);
  const local = (topic: ContactTopic) =>
    config.contacts.filter((c) => c.status === 'local' && c.topics.includes(topic) && inNation(c));
  const helpline = DA_HELPLINE_BY_NATION[config.nation];
  const ids: string[] = [];
  const add = (...list: (string | Contact | undefined)[]) => {
    for (const item of list) {
      const cid = typeof item === 'string' ? item : item?.id;
      if (cid && byId.has(cid) && !ids.includes(cid)) ids.push(cid);
    }
  };
  const emergency = dangerUnsure ? [EMERGENCY_ID] : [];
  switch (route) {
    case 'emergency':
      add(EMERGENCY_ID, helpline, ...local('domestic-abuse'), ...SPECIALIST);
      break;
    // On every result that touches abuse, 999 is there: first where danger now was not ruled out,
    // else right after the helpline (things can change after the questions).
    case 'domestic-abuse':
      add(...emergency, helpline, EMERGENCY_ID, ...local('domestic-abuse'), ...SPECIALIST);
      break;
    case 'using-harm':
      add(RESPECT_ID, ...emergency, helpline, EMERGENCY_ID, ...local('using-harm'));
      break;
    case 'unclear':
      add(...emergency, helpline, EMERGENCY_ID, ...local('domestic-abuse'));
      if (ownBehaviour === 'unsure') add(RESPECT_ID);
      add('mens-advice-line', 'galop', ...local('general'));
      break;
    case 'conflict':
    case 'no-concern':
      add(...local('conflict'), ...local('general'), 'family-lives', 'relate', helpline);
      break;
  }
  // "Not sure" about their own behaviour is never "no": the Respect Phoneline beside abuse too, as
  // on the unclear route (not on an emergency, where the questions after danger now are not asked).
  if (ownBehaviour === 'yes' || (ownBehaviour === 'unsure' && route === 'domestic-abuse')) add(RESPECT_ID);
  if (childrenUsed || (isGuardedRoute(route) && route !== 'unclear')) add('nspcc');
  return enforceContacts(
    route,
    config.nation,
    ids.map((cid) => byId.get(cid) as Contact),
    { dangerNotRuledOut: dangerUnsure },
  );
}
