/**
 * Lit's templates prepared before an element's first draw (prepare-templates.ts, used by
 * FirstScreenTakeover): every template of a screen is found, and the draw that follows prepares
 * none itself (Lit makes a `<template>` element for each template it prepares). Fails if a Lit
 * upgrade takes away the way of getting a template that Lit's hydration uses.
 */
import { expect } from '@open-wc/testing';
import { html, nothing, render, svg } from 'lit';
import type * as Lit from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { when } from 'lit/directives/when.js';
import { getTemplate, prepareTemplates, templateGetter } from '../src/prepare-templates.js';

/** How many `<template>` elements are made while `work` runs. */
function templatesMadeBy(work: () => void): number {
  const make = Document.prototype.createElement;
  let made = 0;
  Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    if (tag.toLowerCase() === 'template') made++;
    return make.call(this, tag, options);
  } as typeof make;
  try {
    work();
  } finally {
    Document.prototype.createElement = make;
  }
  return made;
}

// A screen as an element draws one: nested templates, lists, a directive holding templates, an SVG.
const item = (n: number) => html`<li class=${classMap({ odd: n % 2 === 1 })}>Item ${n}</li>`;
const screen = (open: boolean) => html`
  <section>
    <h2>${'Need help now?'}</h2>
    ${when(open, () => html`<p class="open">Open</p>`)}
    <ul>
      ${repeat([1, 2, 3], (n) => n, item)}
    </ul>
    ${[html`<a href="tel:999">999</a>`, nothing]}
    <svg viewBox="0 0 1 1">${svg`<circle r="1"></circle>`}</svg>
  </section>
`;

describe('prepareTemplates', () => {
  it('can get a template from this version of Lit, in its development and production builds', async () => {
    expect(getTemplate, 'Lit’s way of getting a template').to.be.a('function');
    // The tests run Lit's development build; the CDN files carry its production build.
    const production = '/node_modules/lit-html/lit-html.js';
    const lit = (await import(/* @vite-ignore */ production)) as typeof Lit;
    const get = templateGetter(lit._$LH);
    expect(get, 'in Lit’s production build').to.be.a('function');
    // One template for one tagged template, kept for the next time.
    const paragraph = (n: number) => lit.html`<p>${n}</p>`;
    const template = get!(paragraph(1));
    expect(template).to.be.an('object');
    expect(get!(paragraph(2))).to.equal(template);
  });

  it('prepares every template of a screen, so that drawing it prepares none but the list items', async () => {
    const result = screen(true);
    // The screen, the open paragraph, 999 and the SVG's circle.
    expect(prepareTemplates(result)).to.equal(4);
    const container = document.body.appendChild(document.createElement('main'));
    const made = templatesMadeBy(() => render(result, container));
    expect(container.querySelectorAll('li').length).to.equal(3);
    expect(container.querySelector('a')?.textContent).to.equal('999');
    // `repeat` makes its items only as it draws them: their one template is prepared then.
    expect(made).to.equal(1);
    await expect(container).to.be.accessible();
    container.remove();
  });

  it('without preparing, the same first draw makes a template element for each', () => {
    const fresh = (n: number) =>
      html`<p>${n}</p>
        <span>${html`<b>${n}</b>`}</span>`;
    const made = templatesMadeBy(() => render(fresh(1), document.createElement('div')));
    expect(made).to.equal(2);
    const other = (n: number) =>
      html`<p>${n}</p>
        <i>${html`<em>${n}</em>`}</i>`;
    prepareTemplates(other(1));
    expect(templatesMadeBy(() => render(other(2), document.createElement('div')))).to.equal(0);
  });

  it('meets each template once, and leaves other values alone', () => {
    const shared = html`<i>shared</i>`;
    expect(prepareTemplates(html`<div>${shared}${shared}${'text'}${42}${null}${undefined}</div>`)).to.equal(2);
    expect(prepareTemplates('text')).to.equal(0);
    expect(prepareTemplates(nothing)).to.equal(0);
  });
});
