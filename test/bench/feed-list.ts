/**
 * The benchmark's plain-page harness for the rules' feed slices: an Open Referral UK feed loaded
 * with `streamOrukFeed`, each slice added to a directory as it is mapped, the first 20 services
 * drawn as soon as there are any, and a search box that filters with `sections` on every
 * keystroke. Plain DOM, no framework: what the rules alone cost, for the help finder to match.
 * With `keys="echo"`, a keystroke only writes what was typed into one line (no search, no cards):
 * the least a keystroke can cost, so the bench shows how long the wait for the next frame is.
 */
import { createDirectory, localise, streamOrukFeed, type Service } from '@rpc-kit/rules/lean';

const SHOWN = 20;

export class BenchFeedList extends HTMLElement {
  private readonly directory = createDirectory([]);
  private readonly list: HTMLUListElement;
  private readonly status: HTMLParagraphElement;
  private readonly input: HTMLInputElement;
  private shown = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; font: 16px/1.4 system-ui, sans-serif; }
        ul { list-style: none; padding: 0; }
        li { border: 1px solid #b1b4b6; padding: 8px 12px; margin: 0 0 8px; min-height: 4.5em; }
        h3 { margin: 0 0 4px; font-size: 1.1em; }
        p { margin: 0; }
      </style>
      <label for="filter-text">Search</label>
      <input id="filter-text" type="search" autocomplete="off" />
      <p class="status" role="status"></p>
      <ul class="services"></ul>`;
    this.list = root.querySelector('ul')!;
    this.status = root.querySelector('.status')!;
    this.input = root.querySelector('input')!;
    this.input.addEventListener('input', () =>
      this.getAttribute('keys') === 'echo' ? (this.status.textContent = this.input.value) : this.draw(),
    );
  }

  connectedCallback(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    for await (const slice of streamOrukFeed(this.getAttribute('feed-src') ?? '', { timeoutMs: 60_000 })) {
      this.directory.add(slice.services);
      // Draw while the first screen is not full; afterwards only the count changes until the end.
      if (this.shown < SHOWN || slice.done) this.draw();
      else this.status.textContent = `${this.directory.services.length} services so far`;
    }
    this.dataset.done = '';
  }

  private draw(): void {
    const { abuse, main } = this.directory.sections({ text: this.input.value });
    const services: Service[] = [...abuse, ...main].slice(0, SHOWN);
    this.status.textContent = `${abuse.length + main.length} services`;
    this.list.replaceChildren(
      ...services.map((s) => {
        const li = document.createElement('li');
        li.className = 'service';
        const h3 = document.createElement('h3');
        h3.textContent = localise(s.name);
        li.append(h3);
        for (const text of [s.description && localise(s.description), s.phone]) {
          if (!text) continue;
          const p = document.createElement('p');
          p.textContent = text;
          li.append(p);
        }
        return li;
      }),
    );
    this.shown = services.length;
  }
}

customElements.define('bench-feed-list', BenchFeedList);
