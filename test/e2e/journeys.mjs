// Journeys the outside checks walk in a real page, as a visitor would (clicking radios and
// Continue), and what they read back. Each function runs inside the page (page.evaluate).

/**
 * Walks a `<rpc-screener>` from Start to its result: the safety check first ("safe to continue":
 * yes), then every question (several to a step where the journey groups them) answered from `answers` (by question id), else "no" to each safety
 * question (and "yes" to "can you disagree safely"), else the second option. Returns the route,
 * the questions asked in order, the first phone link, the pathways shown and the element's text.
 */
export async function walkScreener(answers = {}) {
  const el = document.querySelector('rpc-screener');
  for (let i = 0; i < 200 && !el?.shadowRoot?.querySelector('.intro button'); i++)
    await new Promise((r) => setTimeout(r, 25));
  const root = el.shadowRoot;
  const tick = async () => {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  };
  const SAFETY_YES = ['can-disagree-safely'];
  root.querySelector('.intro button').click();
  await tick();
  const asked = [];
  // A step may ask several questions (quality and situation questions share screens): answer each.
  for (let i = 0; i < 40 && root.querySelector('fieldset'); i++) {
    for (const fieldset of root.querySelectorAll('fieldset')) {
      const id = fieldset.dataset.questionId;
      asked.push(id);
      const values = [...fieldset.querySelectorAll('input[type="radio"]')].map((r) => r.value);
      let value = answers[id];
      // The first step asks whether it is safe to go on.
      if (value === undefined && i === 0) value = 'yes';
      if (value === undefined && values.includes('unsure')) value = SAFETY_YES.includes(id) ? 'yes' : 'no';
      if (value === undefined) value = values[Math.min(1, values.length - 1)];
      fieldset.querySelector(`input[value="${value}"]`).click();
    }
    root.querySelector('button[type="submit"]').click();
    await tick();
  }
  const result = root.querySelector('.result');
  return {
    asked,
    route: result?.dataset.route,
    firstTel: result?.querySelector('a[href^="tel:"]')?.getAttribute('href'),
    pathways: [...root.querySelectorAll('.result [data-pathway-id]')].map((n) => n.dataset.pathwayId),
    configError: !!root.querySelector('.config-error'),
    text: root.textContent,
  };
}

/** Every visible quick exit control on the page, through every shadow root: its name and box. */
export function exitButtons() {
  const found = [];
  const visit = (node) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.localName === 'rpc-quick-exit' && child.shadowRoot) {
        for (const a of child.shadowRoot.querySelectorAll('a, button')) {
          const box = a.getBoundingClientRect();
          if (box.width && box.height && /Exit this page|Gadael y dudalen hon/.test(a.textContent))
            found.push({
              name: a.textContent.trim(),
              top: box.top,
              bottom: box.bottom,
              left: box.left,
              right: box.right,
            });
        }
      }
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(document);
  return found;
}
