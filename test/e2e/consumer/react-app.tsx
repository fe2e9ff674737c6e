// A small React 19 app, as a developer writes it: bundled with esbuild by check-packages.sh, then
// opened in Chromium (app-smoke.mjs). The council config reaches one element through
// `@rpc-kit/react` and another as a plain tag (React 19 sets it as a property), and each event the
// app hears is written on the page.
import '@rpc-kit/kit/jsx';
// The plain tag's element, registered before React makes it (so React 19 sees its `config` property).
import '@rpc-kit/signposter/define.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { HelpFinder, Screener } from '@rpc-kit/react';
import { council } from './council.js';

function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (what: string) => setHeard((before) => [...before, what]);
  return (
    <main>
      <h1>Family Hub</h1>
      <Screener config={council} onStart={(e) => hear(`start:${e.detail.element}`)} />
      <HelpFinder config={council} onView={(e) => hear(`view:${e.detail.mode ?? ''}`)} />
      <rpc-signposter mode="list" config={council} />
      <output id="heard">{heard.join(' ')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
