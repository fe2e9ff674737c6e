// The browser half of the WordPress check (test/e2e/check-wordpress.sh starts the site first).
// Everything a council's people would do, on a real WordPress, in Chromium:
//   the installer; an Administrator uploads the plugin zip from the release (Plugins, Add New),
//   activates it, has a broken config refused and uploads the example config in Settings, RPC Kit;
//   an Author publishes posts through the block editor (a Shortcode block, the RPC Kit block, a
//   poster, and a Custom HTML snippet to confirm the guide's warning); then the public pages, as
//   the Author (admin toolbar showing) and as a visitor: a screener journey, exactly one exit
//   button, below the toolbar, and the poster printed to PDF on one A4 page.
// Usage: node test/e2e/check-wordpress.mjs <site url> <release zip>
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { readZip } from '../../scripts/unzip.mjs';
import { exitButtons, walkScreener } from './journeys.mjs';
import { pdfPages } from './pdf.mjs';

const [site, releasePath] = process.argv.slice(2);
/** SCREENSHOTS=<folder> keeps what the check saw: the public page at each width and the printed poster. */
const shots = process.env.SCREENSHOTS;
if (!site || !releasePath) {
  console.error('Usage: node test/e2e/check-wordpress.mjs <site url> <release zip>');
  process.exit(2);
}
const origin = new URL(site).origin;
const problems = [];
const passed = [];
const ok = (text) => {
  passed.push(text);
  console.log(`  ok  ${text}`);
};
const bad = (text) => {
  problems.push(text);
  console.log(`  NO  ${text}`);
};
const check = (condition, text, detail = '') => (condition ? ok(text) : bad(detail ? `${text} (${detail})` : text));

// The files a webmaster takes from the release: the plugin zip and the example config.
const release = readZip(readFileSync(releasePath), 'release');
const top = [...release.keys()][0].split('/')[0];
const pluginName = [...release.keys()].find((n) => /^[^/]+\/wordpress\/rpc-kit-wordpress-.*\.zip$/.test(n));
const work = mkdtempSync(join(tmpdir(), 'rpc-kit-wp-files-'));
const pluginZip = join(work, pluginName.split('/').pop());
writeFileSync(pluginZip, release.get(pluginName).data);
const configFile = join(work, 'our-council.json');
const configText = release.get(`${top}/rpc-kit/northshire.config.json`).data;
writeFileSync(configFile, configText);
const example = JSON.parse(configText);

const password = () => `Rpc-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
const admin = { user: 'webmaster', pass: password() };
const author = { user: 'family-hub-author', pass: password() };

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
const foreign = new Set();

/** A page in a browser context, refusing every other site (the theme may ask for some). */
async function newPage(context, width = 1280, height = 800) {
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
    foreign.add(url.origin);
    return request.abort();
  });
  page.on('pageerror', (error) => bad(`page error on ${page.url()}: ${error.message}`));
  return page;
}

async function logIn(page, who) {
  await page.goto(`${site}wp-login.php`, { waitUntil: 'networkidle0' });
  await page.type('#user_login', who.user);
  await page.type('#user_pass', who.pass);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) throw new Error(`${who.user} could not log in (${page.url()})`);
}

/** A REST request from a logged-in page, with the nonce WordPress gives that user. */
async function rest(page, method, route, body, query = '') {
  return page.evaluate(
    async (site, method, route, body, query) => {
      const nonce = await (await fetch(`${site}wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${site}?rest_route=${encodeURIComponent(route)}${query}`, {
        method,
        headers: { 'X-WP-Nonce': nonce, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, type: response.headers.get('content-type'), json: await response.json() };
    },
    site,
    method,
    route,
    body,
    query,
  );
}

/** Makes and publishes a post in the block editor, as the editor's Publish button does. */
async function publishInEditor(page, title, blocks, screenshot) {
  await page.goto(`${site}wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 30000 });
  if (screenshot) {
    // The editor as an Author sees it, with the block chosen and its settings in the sidebar.
    await page.evaluate((blocks) => {
      window.wp.data.dispatch('core/edit-post').toggleFeature?.('welcomeGuide');
      const made = blocks.map((b) => window.wp.blocks.createBlock(b.name, b.attributes));
      window.wp.data.dispatch('core/block-editor').resetBlocks(made);
      window.wp.data.dispatch('core/block-editor').selectBlock(made[0].clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, blocks);
    await new Promise((r) => setTimeout(r, 500));
    await page.screenshot({ path: screenshot });
  }
  return page.evaluate(
    async (title, blocks) => {
      const { createBlock, getBlockType } = window.wp.blocks;
      const missing = blocks.map((b) => b.name).filter((name) => !getBlockType(name));
      if (missing.length) return { error: `the editor has no block type ${missing.join(', ')}` };
      const made = blocks.map((b) => createBlock(b.name, b.attributes));
      window.wp.data.dispatch('core/block-editor').resetBlocks(made);
      window.wp.data.dispatch('core/block-editor').selectBlock(made[0].clientId);
      await new Promise((r) => setTimeout(r, 300));
      const canvas = document.querySelector('.editor-styles-wrapper, .block-editor-writing-flow')?.textContent ?? '';
      window.wp.data.dispatch('core/editor').editPost({ title, status: 'publish' });
      await window.wp.data.dispatch('core/editor').savePost();
      const editor = window.wp.data.select('core/editor');
      const saved = editor.getCurrentPost();
      return {
        id: saved.id,
        link: saved.link,
        status: saved.status,
        error: editor.didPostSaveRequestFail() ? 'saving failed' : undefined,
        valid: window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .every((b) => b.isValid),
        canvas,
      };
    },
    title,
    blocks,
  );
}

try {
  // 1. The installer.
  const form = new URLSearchParams({
    weblog_title: 'Northshire Family Hub',
    user_name: admin.user,
    admin_password: admin.pass,
    admin_password2: admin.pass,
    pw_weak: 'on',
    admin_email: 'webmaster@northshire.example.org',
    blog_public: '0',
    Submit: 'Install WordPress',
  });
  const install = await fetch(`${site}wp-admin/install.php?step=2`, { method: 'POST', body: form });
  check(/Success!/.test(await install.text()), 'WordPress installs (Debian 12 package, Twenty Twenty-Three)');

  // 2. The Administrator: the plugin from the release zip, then the config.
  const adminContext = await browser.createBrowserContext();
  const adminPage = await newPage(adminContext);
  await logIn(adminPage, admin);
  await adminPage.goto(`${site}wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'networkidle0' });
  const chooser = await adminPage.$('#pluginzip');
  await chooser.uploadFile(pluginZip);
  await Promise.all([
    adminPage.waitForNavigation({ waitUntil: 'networkidle0' }),
    adminPage.click('#install-plugin-submit'),
  ]);
  const installed = await adminPage.evaluate(() => document.body.innerText);
  check(
    /Plugin installed successfully/.test(installed),
    'the plugin zip uploads through Plugins, Add New, Upload Plugin',
    installed.slice(0, 300),
  );
  await Promise.all([
    adminPage.waitForNavigation({ waitUntil: 'networkidle0' }),
    adminPage.evaluate(() =>
      [...document.querySelectorAll('a')].find((a) => /Activate Plugin/.test(a.textContent)).click(),
    ),
  ]);
  const active = await adminPage.evaluate(() => !!document.querySelector('tr.active[data-slug="rpc-kit"]'));
  check(active, 'the plugin activates');

  await adminPage.goto(`${site}wp-admin/options-general.php?page=rpc-kit`, { waitUntil: 'networkidle0' });
  await adminPage.$eval('#rpc-kit-config', (t) => (t.value = '{ "nation": "wales", }'));
  await Promise.all([adminPage.waitForNavigation({ waitUntil: 'networkidle0' }), adminPage.click('#submit')]);
  const refused = await adminPage.evaluate(() => ({
    notice: document.querySelector('.notice-error')?.textContent ?? '',
    kept: document.querySelector('#rpc-kit-config').value,
  }));
  check(
    refused.notice.includes('not saved') && refused.notice.includes('Syntax error') && refused.kept.includes('"wales"'),
    'Settings, RPC Kit refuses text that is not JSON and keeps it in the box to fix',
    refused.notice,
  );
  await adminPage.$eval('#rpc-kit-config', (t) => (t.value = ''));
  await (await adminPage.$('#rpc-kit-config-file')).uploadFile(configFile);
  await Promise.all([adminPage.waitForNavigation({ waitUntil: 'networkidle0' }), adminPage.click('#submit')]);
  const saved = await adminPage.evaluate(() => ({
    notice: document.querySelector('.notice-success')?.textContent ?? '',
    url: document.querySelector('.wrap a[href*="rpc-kit"][href*="config"]')?.getAttribute('href'),
  }));
  check(saved.notice.includes('Config saved'), 'the example config uploads as a .json file and is saved');
  if (shots) await adminPage.screenshot({ path: join(shots, 'wordpress-settings.png'), fullPage: true });
  const served = await fetch(saved.url ?? `${site}?rest_route=/rpc-kit/v1/config`);
  const servedJson = await served.json().catch(() => undefined);
  check(
    served.ok &&
      /^application\/json/.test(served.headers.get('content-type') ?? '') &&
      JSON.stringify(servedJson) === JSON.stringify(example),
    'the config is served as application/json at the REST route, exactly as uploaded',
    `${served.status} ${served.headers.get('content-type')}`,
  );

  // The Media Library refuses .json (as the guide says).
  const media = await adminPage.evaluate(
    async (site, text) => {
      const nonce = await (await fetch(`${site}wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${site}?rest_route=/wp/v2/media`, {
        method: 'POST',
        headers: {
          'X-WP-Nonce': nonce,
          'Content-Type': 'application/json',
          'Content-Disposition': 'attachment; filename=our-council.json',
        },
        body: text,
      });
      return { status: response.status, message: (await response.json()).message };
    },
    site,
    String(configText),
  );
  check(
    media.status >= 400,
    'the Media Library refuses a .json file, even from an Administrator (the guide says so)',
    `${media.status} ${media.message}`,
  );

  const created = await rest(adminPage, 'POST', '/wp/v2/users', {
    username: author.user,
    password: author.pass,
    email: 'author@northshire.example.org',
    roles: ['author'],
  });
  check(created.status === 201 && created.json.roles?.includes('author'), 'an Author is created');

  // 3. The Author, in the block editor.
  const authorContext = await browser.createBrowserContext();
  const authorPage = await newPage(authorContext);
  await logIn(authorPage, author);
  const posterUrl = `${site}help-for-families/`;
  const posts = {
    shortcode: await publishInEditor(authorPage, 'Arguing at home? (shortcode)', [
      { name: 'core/shortcode', attributes: { text: '[rpc_screener]' } },
    ]),
    block: await publishInEditor(
      authorPage,
      'Arguing at home? (block)',
      [{ name: 'rpc-kit/element', attributes: { element: 'rpc-screener' } }],
      shots && join(shots, 'wordpress-editor.png'),
    ),
    welsh: await publishInEditor(authorPage, 'Dadlau gartref? (cod byr)', [
      { name: 'core/shortcode', attributes: { text: '[rpc_screener lang="cy"]' } },
    ]),
    poster: await publishInEditor(authorPage, 'Poster', [
      {
        name: 'rpc-kit/element',
        attributes: {
          element: 'rpc-help-finder',
          mode: 'poster',
          need: 'conflict-together',
          'page-url': posterUrl,
          'poster-id': 'wp-check',
        },
      },
    ]),
    customHtml: await publishInEditor(authorPage, 'Custom HTML by an Author', [
      {
        name: 'core/html',
        attributes: {
          content:
            '<script type="module" src="/wp-content/plugins/rpc-kit/cdn/rpc-screener.js"></script>\n' +
            '<rpc-screener><script type="application/json">{"contacts":[{"id":"marac","name":"MARAC referrals","email":"marac@northshire.example.org"}]}</script></rpc-screener>',
        },
      },
    ]),
  };
  for (const [name, post] of Object.entries(posts)) {
    check(
      !post.error && post.status === 'publish' && post.valid,
      `the Author publishes the ${name} post in the block editor`,
      post.error,
    );
  }
  check(
    /RPC Kit: Screener/.test(posts.block.canvas),
    'the editor shows the RPC Kit block (its placeholder names the element)',
  );
  const raw = await rest(authorPage, 'GET', `/wp/v2/posts/${posts.customHtml.id}`, undefined, '&context=edit');
  const rawContent = raw.json.content?.raw ?? '';
  check(
    !/<script/i.test(rawContent) && !/<rpc-screener/i.test(rawContent),
    'an Author’s Custom HTML snippet is stripped on save (the guide’s warning)',
    rawContent.slice(0, 200),
  );

  // 4. The public pages, as the Author (the admin toolbar shows).
  const shortcodePage = await newPage(authorContext, 1280, 700);
  await shortcodePage.goto(posts.shortcode.link, { waitUntil: 'networkidle0' });
  const scripts = await shortcodePage.evaluate(() =>
    [...document.querySelectorAll('script[src*="rpc-kit"]')].map((s) => ({ type: s.type, src: s.getAttribute('src') })),
  );
  check(
    scripts.length === 1 && scripts[0].type === 'module' && /\/cdn\/rpc-screener\.js/.test(scripts[0].src),
    'the page loads one module script, the screener’s own file',
    JSON.stringify(scripts),
  );
  const journey = await shortcodePage.evaluate(walkScreener, {
    relationship: 'together',
    stage: 'child',
    'child-arrangements-dispute': 'no',
    frequency: 'weekly',
  });
  check(
    !journey.configError &&
      journey.asked[1] === 'danger-now' &&
      journey.route === 'conflict' &&
      journey.pathways.includes('northshire-dads-group'),
    'a screener journey on the public page: safety first, then the council’s own offers from the saved config',
    JSON.stringify({ route: journey.route, pathways: journey.pathways, error: journey.configError }),
  );
  const buttons = await shortcodePage.evaluate(exitButtons);
  check(buttons.length === 1, 'exactly one exit button', `${buttons.length}`);

  for (const [width, offset] of [
    [1280, 32],
    [700, 46],
    [360, 0],
  ]) {
    await shortcodePage.setViewport({ width, height: 600 });
    const placed = await shortcodePage.evaluate(async () => {
      const el = document.querySelector('rpc-screener');
      const box = el.getBoundingClientRect();
      // Scroll into the middle of the element, as someone reading the result would.
      window.scrollTo(0, window.scrollY + box.top + Math.min(400, box.height / 2));
      await new Promise((r) => setTimeout(r, 100));
      const bar = document.querySelector('#wpadminbar').getBoundingClientRect();
      const exit = el.shadowRoot
        .querySelector('rpc-quick-exit')
        .shadowRoot.querySelector('a, button')
        .getBoundingClientRect();
      const hit = document.elementFromPoint(exit.left + exit.width / 2, exit.top + exit.height / 2);
      return {
        barBottom: bar.bottom,
        exitTop: exit.top,
        covered: !!hit?.closest('#wpadminbar'),
        offset: getComputedStyle(el).getPropertyValue('--rpc-quick-exit-top').trim(),
      };
    });
    if (shots) await shortcodePage.screenshot({ path: join(shots, `wordpress-logged-in-${width}.png`) });
    check(
      !placed.covered && placed.exitTop >= Math.max(0, placed.barBottom) - 0.5 && placed.offset === `${offset}px`,
      `at ${width} px, logged in: the exit button (top ${Math.round(placed.exitTop)} px) is below the admin toolbar (bottom ${Math.round(placed.barBottom)} px), --rpc-quick-exit-top ${placed.offset}`,
      JSON.stringify(placed),
    );
  }

  const blockPage = await newPage(authorContext, 360, 800);
  await blockPage.goto(posts.block.link, { waitUntil: 'networkidle0' });
  const viaBlock = await blockPage.evaluate(walkScreener, { 'danger-now': 'yes' });
  check(
    !viaBlock.configError && viaBlock.route === 'emergency' && viaBlock.firstTel === 'tel:999',
    'the block’s page: danger now gives 999 first',
    JSON.stringify({ route: viaBlock.route, firstTel: viaBlock.firstTel }),
  );
  check((await blockPage.evaluate(exitButtons)).length === 1, 'the block’s page has exactly one exit button');

  for (const [who, context] of [
    ['the Author, logged in', authorContext],
    ['a visitor', await browser.createBrowserContext()],
  ]) {
    const posterPage = await newPage(context, 1280, 900);
    await posterPage.goto(posts.poster.link, { waitUntil: 'networkidle0' });
    await posterPage.waitForFunction(() =>
      document.querySelector('rpc-help-finder')?.shadowRoot?.querySelector('.poster'),
    );
    const sheet = await posterPage.evaluate(() => document.querySelector('#rpc-kit-poster-print-css')?.media);
    const pdf = await posterPage.pdf({ preferCSSPageSize: true, printBackground: true });
    if (shots)
      writeFileSync(join(shots, `wordpress-poster-${context === authorContext ? 'author' : 'visitor'}.pdf`), pdf);
    const printed = pdfPages(pdf);
    check(
      printed.pages === 1 && printed.a4 && sheet === 'print',
      `the poster page, printed by ${who}, is one A4 page (read by ${printed.by})`,
      `${printed.pages} pages, A4 ${printed.a4}, print sheet ${sheet}`,
    );
  }

  // 5. A visitor: no toolbar, no offset, one exit button; and the Author's stripped snippet.
  const visitor = await newPage(await browser.createBrowserContext(), 360, 800);
  await visitor.goto(posts.shortcode.link, { waitUntil: 'networkidle0' });
  await visitor.waitForFunction(() => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('.intro'));
  const seen = await visitor.evaluate(() => ({
    bar: !!document.querySelector('#wpadminbar'),
    offset: getComputedStyle(document.querySelector('rpc-screener')).getPropertyValue('--rpc-quick-exit-top').trim(),
    notes: document.querySelectorAll('.rpc-kit-note').length,
  }));
  const visitorButtons = await visitor.evaluate(exitButtons);
  check(
    !seen.bar && seen.offset === '' && seen.notes === 0 && visitorButtons.length === 1,
    'a visitor: no toolbar, no offset, one exit button',
    JSON.stringify(seen),
  );
  await visitor.goto(posts.welsh.link, { waitUntil: 'networkidle0' });
  await visitor.waitForFunction(() => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('.intro'));
  const welsh = await visitor.evaluate(exitButtons);
  if (shots) await visitor.screenshot({ path: join(shots, 'wordpress-welsh-360.png') });
  check(
    welsh.length === 1 && welsh[0].name.includes('Gadael y dudalen hon'),
    '[rpc_screener lang="cy"]: the screener in Welsh, one exit button (“Gadael y dudalen hon”)',
    JSON.stringify(welsh),
  );
  await visitor.goto(posts.customHtml.link, { waitUntil: 'networkidle0' });
  const leaked = await visitor.evaluate(() => ({
    element: !!document.querySelector('rpc-screener'),
    text: document.body.innerText.includes('marac@northshire.example.org'),
  }));
  check(
    !leaked.element && leaked.text,
    'the Author’s stripped snippet shows its inline config as text on the public page (why the guides say: use a config file)',
    JSON.stringify(leaked),
  );

  // 6. Deactivate and delete the plugin; the shell then checks its options are gone.
  const deactivated = await rest(adminPage, 'POST', '/wp/v2/plugins/rpc-kit/rpc-kit', { status: 'inactive' });
  const deleted = await rest(adminPage, 'DELETE', '/wp/v2/plugins/rpc-kit/rpc-kit', undefined);
  check(
    deactivated.status === 200 && deleted.status === 200,
    'the plugin deactivates and deletes',
    `${deactivated.status} ${deleted.status}`,
  );
} catch (error) {
  bad(`stopped: ${error.stack ?? error.message}`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

if (foreign.size) console.log(`(requests to other sites, all refused: ${[...foreign].join(', ')})`);
if (problems.length) {
  console.error(`WordPress check failed: ${problems.length} of ${problems.length + passed.length} checks.`);
  process.exit(1);
}
console.log(`WordPress check passed: ${passed.length} checks.`);
