'use client';
// The handlers are functions, which a server component cannot pass: a client component of ours.
import { useState } from 'react';
import { HelpFinder, Screener, type ConfigInput } from '@rpc-kit/react';

export function Heard({ council }: { council: ConfigInput }) {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (what: string) => setHeard((before) => [...before, what]);
  return (
    <>
      <Screener config={council} onStart={(e) => hear(`start:${e.detail.element}`)} />
      <HelpFinder config={council} onView={(e) => hear(`view:${e.detail.mode ?? ''}`)} />
      <output id="heard">{heard.join(' ')}</output>
    </>
  );
}
