// The practice audit demo page's own script: switches between the three audits, loads the
// sample files (two rounds each, made up), and shows the page in Welsh. The element itself needs
// none of this: a council page adds one script tag and one element.
const audit = document.querySelector('rpc-practice-audit');
const params = new URLSearchParams(location.search);
const MODES = ['assessments', 'referrals', 'uptake'];
const button = document.getElementById('load-sample');

function show(mode) {
  audit.setAttribute('mode', mode);
  for (const link of document.querySelectorAll('.audit-nav a')) {
    if (link.dataset.mode === mode) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const url = new URL(location.href);
  url.searchParams.set('mode', mode);
  history.replaceState(null, '', url);
}

show(MODES.includes(params.get('mode')) ? params.get('mode') : 'assessments');
for (const link of document.querySelectorAll('.audit-nav a'))
  link.addEventListener('click', (event) => {
    event.preventDefault();
    show(link.dataset.mode);
  });

if (params.get('lang') === 'cy') {
  audit.setAttribute('lang', 'cy');
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = 'See the audits in English';
  switcher.lang = 'en';
  switcher.hreflang = 'en';
  switcher.href = '?lang=en';
}

// The sample is fetched from this site: a real council's records would be opened from a file.
button.disabled = false;
button.addEventListener('click', async () => {
  const mode = audit.getAttribute('mode');
  if (audit.hasUnsavedChanges && !confirm('Replace the records you have entered with the sample?')) return;
  const response = await fetch(`examples/audit-${mode}.csv`);
  audit.loadCsv(await response.text());
});
