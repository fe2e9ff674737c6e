// The same components rendered on a server, as Next.js does before hydration: React's
// renderToString in Node with the installed packages. No crash, the bare tags with their attributes.
import { renderToString } from 'react-dom/server';
import { HelpFinder, QuickExit, Screener } from '@rpc-kit/react';
import { council } from './council.js';

const markup = renderToString(
  <>
    <QuickExit variant="link" />
    <Screener config={council} lang="cy" onComplete={() => undefined} />
    <HelpFinder config={council} need="separating" />
  </>,
);
for (const expected of ['<rpc-quick-exit', '<rpc-screener lang="cy"', '<rpc-help-finder']) {
  if (!markup.includes(expected)) throw new Error(`server render lacks ${expected}: ${markup}`);
}
if (markup.includes('[object Object]')) throw new Error(`the config became an attribute: ${markup}`);
console.log('react: server render ok');
