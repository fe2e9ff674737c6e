// What test/e2e/check-host-page.mjs reads inside the page, as a person would see it. Each function
// runs in the page (page.evaluate), so it uses nothing from outside itself: every helper it needs
// is written inside it.

/**
 * The smallest text a person sees inside an element, through every shadow root (the quick exit's
 * too): the computed font size of each visible text node's parent (an SVG's text at the size it
 * is drawn), and of text boxes and selects. Hidden text (closed disclosures, other steps, the
 * visually hidden text for screen readers) is left out. Returns `{ px, text, where, count }`.
 */
export function smallestText(selector) {
  const host = document.querySelector(selector);
  let smallest = { px: Infinity, text: '', where: '', count: 0 };
  const clippedAway = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      if (node === host) return false;
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.opacity === '0') return true;
      const box = node.getBoundingClientRect();
      if (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return true;
    }
    return false;
  };
  const consider = (element, text, rects) => {
    if (![...rects].some((r) => r.width > 1 && r.height > 1) || clippedAway(element)) return;
    let px = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGElement) {
      const m = element.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
    }
    smallest.count += 1;
    if (px < smallest.px) {
      const where = `${element.localName}${
        (element.className?.baseVal ?? element.className)
          ? `.${String(element.className?.baseVal ?? element.className)
              .trim()
              .replace(/\s+/g, '.')}`
          : ''
      }`;
      smallest = { ...smallest, px: Math.round(px * 100) / 100, text: text.trim().slice(0, 40), where };
    }
  };
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (!parent || !node.data.trim() || ['STYLE', 'SCRIPT', 'TITLE', 'DESC'].includes(parent.tagName.toUpperCase()))
          continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        consider(parent, node.data, range.getClientRects());
      } else {
        if (node.matches('select, input[type="text"], input[type="search"], input[type="number"], textarea'))
          consider(node, node.value || node.getAttribute('placeholder') || node.localName, node.getClientRects());
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  visit(host.shadowRoot);
  return smallest;
}

/**
 * Everything a person can read or hear from an element (text and accessible names, through every
 * shadow root, hidden parts too: a screen reader reads visually hidden text), as one string.
 */
export function allText(selector) {
  const out = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.parentElement && !['STYLE', 'SCRIPT'].includes(node.parentElement.tagName)) out.push(node.data);
      } else {
        for (const name of ['aria-label', 'title', 'alt'])
          if (node.getAttribute(name)) out.push(node.getAttribute(name));
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  visit(document.querySelector(selector).shadowRoot);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** What is on screen in a journey element: the step (`intro`, `question`, `result`...), its route, its questions. */
export function journeyState(selector) {
  const root = document.querySelector(selector).shadowRoot;
  return {
    step: root.querySelector('[data-step]')?.dataset.step,
    route: root.querySelector('.result')?.dataset.route,
    questions: [...root.querySelectorAll('fieldset[data-question-id]')].map((f) => f.dataset.questionId),
  };
}

/** Waits until the element has rendered (its start button, its list, its poster or its panel). */
export async function whenReady(selector) {
  const el = document.querySelector(selector);
  for (let i = 0; i < 400; i++) {
    const root = el?.shadowRoot;
    if (
      root &&
      (root.querySelector('.intro button, .poster, .services, .list, h2') || root.querySelector('.config-error'))
    )
      break;
    await new Promise((r) => setTimeout(r, 25));
  }
  if (el?.feedStatus !== undefined)
    for (let i = 0; i < 200 && el.feedStatus === 'loading'; i++) await new Promise((r) => setTimeout(r, 25));
  await el?.updateComplete;
}

/**
 * "Need help now?" on the step on screen: it must be there and open to show 999 and the nation's
 * domestic abuse helpline as visible phone links. Opens it with a click, reads it, closes it.
 * Returns the phone numbers seen, or why there were none.
 */
export async function helpNow(selector) {
  const el = document.querySelector(selector);
  const details = el.shadowRoot.querySelector('details.help-now');
  if (!details) return { error: 'no “Need help now?” on this step' };
  const summary = details.querySelector('summary');
  const box = summary.getBoundingClientRect();
  if (box.width < 24 || box.height < 24) return { error: `“Need help now?” is ${box.width}x${box.height} px` };
  summary.click();
  await el.updateComplete;
  const tels = [...details.querySelectorAll('a[href^="tel:"]')]
    .filter((a) => a.getClientRects().length > 0 && a.getBoundingClientRect().height > 1)
    .map((a) => a.getAttribute('href').slice(4));
  const open = details.open;
  summary.click();
  return { open, tels };
}

/**
 * Answers every question on the step on screen and presses Continue (or Start on the
 * introduction). The first step ("is it safe to answer now?") is answered yes; a question in
 * `answers` gets that value; a safety question gets "no" ("yes" to "can you disagree safely");
 * any other its second option.
 */
export async function answerStep(selector, answers) {
  const el = document.querySelector(selector);
  const root = el.shadowRoot;
  const tick = async () => {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  };
  const start = root.querySelector('[data-step="intro"] .intro button');
  if (start) {
    start.click();
    await tick();
    return;
  }
  for (const fieldset of root.querySelectorAll('fieldset[data-question-id]')) {
    const id = fieldset.dataset.questionId;
    const values = [...fieldset.querySelectorAll('input[type="radio"]')].map((r) => r.value);
    let value = answers[id];
    if (value === undefined && id === 'safe-to-continue') value = 'yes';
    if (value === undefined && values.includes('unsure')) value = id === 'can-disagree-safely' ? 'yes' : 'no';
    if (value === undefined) value = values[Math.min(1, values.length - 1)];
    fieldset.querySelector(`input[value="${value}"]`).click();
  }
  root.querySelector('button[type="submit"]').click();
  await tick();
}
