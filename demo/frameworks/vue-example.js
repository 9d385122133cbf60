// <event-timeline> in Vue 3: `isCustomElement` tells Vue the tag is not a Vue
// component, `:data.prop` passes the document as a property, and `@timeline-select`
// listens to the element's event. (Vue's browser ES module build, with its template
// compiler; with a bundler, import from 'vue' and set isCustomElement in the Vue plugin.)
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
// In your app: import 'event-timeline'; (here, the sources through the dev server)
import '../../src/event-timeline.ts';

/** Mounts the example into `container`; returns the Vue app (`app.unmount()`). */
export function mountVueExample(container, doc) {
  const app = createApp({
    setup() {
      const selected = ref(null);
      return { doc, selected, onSelect: event => (selected.value = event.detail.event) };
    },
    template: `<section>
      <event-timeline :data.prop="doc" theme="light" style="display:block;height:380px" @timeline-select="onSelect"></event-timeline>
      <p class="selected">{{ selected ? 'Selected: ' + selected.title : 'Nothing selected' }}</p>
    </section>`,
  });
  app.config.compilerOptions.isCustomElement = tag => tag === 'event-timeline';
  app.mount(container);
  return app;
}
