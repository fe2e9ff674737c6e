// Every story: a Docs page drawn from the elements' custom elements manifests (written by
// `npm run build`: attributes, properties, events with their details, slots, CSS parts and custom
// properties), the accessibility panel (axe, @storybook/addon-a11y) and each `rpc-*` event an
// element sends, with its detail, in the Actions panel.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

interface Manifest {
  schemaVersion: string;
  modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
}

// One manifest per element package; none before the first build (the Docs pages then have no tables).
const manifests = Object.values(
  import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' }),
);
const modules = manifests.flatMap((m) => m.modules);
setCustomElementsManifest({ schemaVersion: manifests[0]?.schemaVersion ?? '1.0.0', modules });

// The events bubble out of the shadow roots to the document: log each one once, with its detail.
const events = new Set(
  modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name)),
);
for (const name of events) {
  const log = action(name);
  document.addEventListener(name, (event) => log((event as CustomEvent).detail));
}

const preview: Preview = {
  tags: ['autodocs'],
  // The Docs tables list the whole API from the manifest; Controls only what a story's render uses
  // (its args), so no control sits there doing nothing.
  argTypesEnhancers: [
    ({ argTypes, initialArgs }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, type]) => [
          name,
          name in initialArgs ? type : { ...type, control: false },
        ]),
      ),
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
