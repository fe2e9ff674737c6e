// The page: a server component. The signposter straight from @rpc-kit/react (its file starts with
// 'use client'), with the config as plain JSON; the handlers in a client component of our own.
import { Signposter, type ConfigInput } from '@rpc-kit/react';
import data from './council.json';
import { Heard } from './heard';

// A JSON import's `nation` is any string to TypeScript; the element checks the config itself.
const council = data as ConfigInput;

export default function Page() {
  return (
    <main>
      <h1>Family Hub</h1>
      <Signposter mode="list" config={council} />
      <Heard council={council} />
    </main>
  );
}
