// A React 19 + TypeScript consumer's JSX, type-checked only (check-packages.sh): every element as a
// tag, typed by `@rpc-kit/kit/jsx` (made from the manifests) with no declaration of our own, and
// every component of `@rpc-kit/react`. The package check makes sure each tag of the one list is here.
import '@rpc-kit/kit/jsx';
import type { RpcCompleteDetail } from '@rpc-kit/kit';
import { DaCheck, HelpFinder, PracticeAudit, QuickExit, Screener, Signposter } from '@rpc-kit/react';
import { council } from './council.js';

const route = (detail: RpcCompleteDetail): string => detail.route;

export const tags = (
  <>
    <rpc-quick-exit variant="link" url="https://www.bbc.co.uk/weather" onrpc-exit={(e) => e.detail.element} />
    <rpc-screener
      config={council}
      audience="practitioner"
      lang="cy"
      className="hub"
      onrpc-start={(e) => e.detail.source}
      onrpc-step={(e) => e.detail.section + e.detail.index}
      onrpc-complete={(e) => route(e.detail)}
    />
    <rpc-da-check config-src="/rpc-kit/our-council.json" onrpc-contact-click={(e) => e.detail.channel} />
    <rpc-signposter mode="list" screened config={{ nation: 'wales' }} />
    <rpc-help-finder
      feed-src="/oruk/services"
      feed-timeout={5000}
      need="separating"
      mode="poster"
      onrpc-view={(e) => e.detail.mode}
    />
    <rpc-practice-audit mode="referrals" configSrc="/rpc-kit/our-council.json" onrpc-view={(e) => e.detail.need} />
  </>
);

export const components = (
  <>
    <QuickExit variant="link" onExit={(e) => e.detail.element} />
    <Screener
      config={council}
      audience="parent"
      onStart={(e) => e.detail.element}
      onComplete={(e) => route(e.detail)}
    />
    <DaCheck
      configSrc="/rpc-kit/our-council.json"
      onStep={(e) => e.detail.index}
      onContactClick={(e) => e.detail.contact}
    />
    <Signposter mode="list" config={council} onExit={(e) => e.detail.element} />
    <HelpFinder config={council} need="separating" onView={(e) => e.detail.mode} />
    <PracticeAudit mode="uptake" onView={(e) => e.detail.mode} />
  </>
);

// What must not type-check.
export const wrong = [
  // @ts-expect-error the config is a council config, not text
  <rpc-screener config="northshire" />,
  // @ts-expect-error a nation the config does not know
  <rpc-da-check config={{ nation: 'france' }} />,
  // @ts-expect-error a mode the signposter does not have
  <rpc-signposter mode="grid" />,
  // @ts-expect-error rpc-step's detail has no route
  <rpc-screener onrpc-step={(e) => e.detail.route} />,
  // @ts-expect-error no such element
  <rpc-screner />,
  // @ts-expect-error the config is a council config, not a number
  <Screener config={42} />,
  // @ts-expect-error the help finder sends no rpc-complete
  <HelpFinder onComplete={() => undefined} />,
];
