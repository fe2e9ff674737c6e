// A small Vue 3 app with an in-page template, as a developer writes one without single-file
// components: bundled with esbuild by check-packages.sh (`vue` aliased to its full build, which
// compiles templates in the browser), then opened in Chromium (app-smoke.mjs). Vue is told which
// tags are custom elements; `:config.prop` sets the council config as a property, `@rpc-*` hears
// the elements' events, and each event the app hears is written on the page.
import '@rpc-kit/screener/define.js';
import '@rpc-kit/help-finder/define.js';
import '@rpc-kit/signposter/define.js';
import { createApp, ref } from 'vue';
import { council } from './council.js';

const app = createApp({
  setup() {
    const heard = ref<string[]>([]);
    return { council, heard, hear: (what: string) => heard.value.push(what) };
  },
  template: `
    <main>
      <h1>Family Hub</h1>
      <rpc-screener :config.prop="council" @rpc-start="hear('start:' + $event.detail.element)"></rpc-screener>
      <rpc-help-finder :config.prop="council" @rpc-view="hear('view:' + ($event.detail.mode ?? ''))"></rpc-help-finder>
      <rpc-signposter mode="list" :config.prop="council"></rpc-signposter>
      <output id="heard">{{ heard.join(' ') }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rpc-');
app.mount('#root');
