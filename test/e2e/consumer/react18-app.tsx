// The React app in React 18 (react18-app: check-packages.sh installs React 18.3 and its types in a
// second project): React 18 writes an object given to a plain tag as the attribute
// "[object Object]", so every element goes through `@rpc-kit/react`, which sets `config` as a
// property. Opened in Chromium by app-smoke.mjs, as the React 19 app.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { HelpFinder, Screener, Signposter } from '@rpc-kit/react';
import { council } from './council.js';

function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (what: string) => setHeard((before) => [...before, what]);
  return (
    <main>
      <h1>Family Hub</h1>
      <Screener config={council} onStart={(e) => hear(`start:${e.detail.element}`)} />
      <HelpFinder config={council} onView={(e) => hear(`view:${e.detail.mode ?? ''}`)} />
      <Signposter mode="list" config={council} />
      <output id="heard">{heard.join(' ')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
