/** Defines `<event-timeline>`. Import this module (or load dist/event-timeline.js) to use the tag. */
import { EventTimeline } from './element/event-timeline.js';

export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);
