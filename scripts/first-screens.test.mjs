// The first screens the CDN entry files draw (scripts/first-screens.mjs), from the built packages:
// each element marked `firstScreen` in packages/kit/elements.json, in English and Welsh, has its
// heading, Start, 999 first in "Need help now?" and the domestic abuse helplines, the quick exit's
// place and button, the element's style sheet, no Lit markers and no script. Run after
// `npm run build` (node --test scripts/first-screens.test.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const { elements } = JSON.parse(readFileSync(new URL('../packages/kit/elements.json', import.meta.url), 'utf8'));
const screens = JSON.parse(
  execFileSync(process.execPath, [new URL('first-screens.mjs', import.meta.url).pathname], { encoding: 'utf8' }),
);
/** The nodes the entry file builds, written out as markup again (to read them with patterns). */
const html = (nodes) =>
  nodes
    .map((n) =>
      typeof n === 'string'
        ? n.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        : `<${n[0]}${n[1].map((v, i) => (i % 2 ? `="${v.replace(/"/g, '&quot;')}"` : ` ${v}`)).join('')}>${html(n.slice(2))}</${n[0]}>`,
    )
    .join('');

const WORDS = {
  en: { start: 'Start', exit: 'Exit this page', help: 'Need help now?' },
  cy: { start: 'Dechrau', exit: 'Gadael y dudalen hon', help: 'Angen help nawr?' },
};

test('the elements with a first screen are the ones marked in the list', () => {
  assert.deepEqual(
    Object.keys(screens),
    elements.filter((e) => e.firstScreen).map((e) => e.tag),
  );
  assert.ok(Object.keys(screens).includes('rpc-screener'));
});

for (const [tag, first] of Object.entries(screens)) {
  for (const locale of ['en', 'cy']) {
    test(`<${tag}>'s first screen in ${locale}`, () => {
      const screen = html(first.screen[locale]);
      const exit = html(first.exit[locale]);
      const words = WORDS[locale];
      assert.match(screen, /^<div data-rpc-first="" class="root preset-govuk" lang="/);
      assert.ok(screen.includes(`lang="${locale}"`));
      assert.match(screen, /<h2 [^>]*>[^<]+<\/h2>/);
      assert.match(screen, new RegExp(`<button class="button" type="button">${words.start}</button>`));
      assert.ok(screen.includes(`<summary>${words.help}</summary>`));
      const tels = [...screen.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1]);
      assert.equal(tels[0], '999');
      assert.ok(tels.includes('08082000247'), 'the national domestic abuse helpline');
      assert.equal((screen.match(/data-rpc-first-exit/g) ?? []).length, 1);
      assert.ok(exit.includes(words.exit));
      for (const markup of [screen, exit]) {
        assert.doesNotMatch(markup, /<!--|<\?>|<script|<style|<template|defer-hydration|\son\w+=/i);
      }
      assert.ok(first.cover[locale].length > 0);
    });
  }
  test(`<${tag}>'s style sheets: the element's, and its quick exit's, each sheet once`, () => {
    assert.match(first.css, /^:host\{all:initial;/);
    assert.equal((first.css.match(/all:initial/g) ?? []).length, 1);
    assert.equal((first.exitCss.match(/all:initial/g) ?? []).length, 1);
    assert.ok(first.exitCss.includes('.exit'));
    assert.doesNotMatch(first.css + first.exitCss, /\/\*/);
  });
}
