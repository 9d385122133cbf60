/**
 * TimelineJS3 documents (Knight Lab's JSON format) read as ours:
 * `{ title, events: [slide], eras, scale }`, where a slide has `start_date` and
 * `end_date` objects (`year`, `month`, `day`, `hour`, `minute`, `second`,
 * `millisecond`, `display_date`), `text.headline` and `text.text` (HTML), `group`,
 * `display_date`, `unique_id`, `media` and `background`.
 *
 * Choices, each where TimelineJS is silent or lossy:
 * - Years: TimelineJS shows a negative year without a year 0 ("-500" reads
 *   "500 BCE"), so that is what its authors mean; the EDTF year is one more
 *   (-0499 is 500 BCE). A year 0 does not exist there and is reported.
 * - Dates are as precise as the parts given: `{ year: 1993, month: 5 }` is May 1993,
 *   not 1 May 1993 at midnight (TimelineJS fills in the rest and shows "May 1993").
 * - Markup in text is reduced to its text (we never render markup from data).
 * - `media.url` with its `credit` (or `caption`) becomes the event's source; other
 *   parts we cannot show (backgrounds, media other than a link, `autolink`, `scale`)
 *   are reported as warnings, never dropped silently.
 */
import { field, isRecord } from '../fields.js';
import { reporter } from '../problems.js';
import type { Problem } from '../types.js';
import { markupText } from './markup-text.js';
import type { Imported } from './imported.js';

const slideFields = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const dateParts = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'];

/**
 * Whether `input` looks like a TimelineJS3 document: a `title.text`, or slides dated
 * by `start_date` objects. The first event that gives a start decides (a `start_date`
 * object: TimelineJS; a `start`: ours), so that one of our documents is told by its
 * first event, not by looking through all of them: at 100,000 events that look cost
 * a few ms of every load.
 */
export function isTimelineJS(input: unknown): boolean {
  if (!isRecord(input)) return false;
  const events = field(input, 'events');
  if (Array.isArray(events)) {
    for (const event of events) {
      if (!isRecord(event)) continue;
      if (isRecord(field(event, 'start_date'))) return true;
      if (field(event, 'start') !== undefined) break;
    }
  }
  const title = field(input, 'title');
  return isRecord(title) && isRecord(field(title, 'text'));
}

export function fromTimelineJS(input: Record<string, unknown>): Imported {
  const problems: Problem[] = [];
  const document: Record<string, unknown> = {};
  const report = reporter(problems);
  const title = field(input, 'title');
  if (isRecord(title)) {
    const text = field(title, 'text');
    const headline = isRecord(text) ? plain(field(text, 'headline')) : undefined;
    const body = isRecord(text) ? plain(field(text, 'text')) : undefined;
    if (headline) document.title = headline;
    if (body) document.description = body;
    if (field(title, 'media') !== undefined) report('warning', 'title.media', field(title, 'media'), 'the title slide\'s media is not shown by event-timeline; it was ignored');
  }
  const scale = field(input, 'scale');
  if (scale !== undefined && scale !== 'human') {
    report('warning', 'scale', scale, 'scale is not needed: event-timeline reads years far into the past and future itself (as "Y-170000"); it was ignored');
  }
  const eras = field(input, 'eras');
  if (Array.isArray(eras)) {
    document.eras = eras.map((era, i) => {
      if (!isRecord(era)) return era;
      const text = field(era, 'text');
      const label = isRecord(text) ? (plain(field(text, 'headline')) ?? plain(field(text, 'text'))) : undefined;
      return { start: dateOf(field(era, 'start_date'), report, `eras[${i}].start_date`), end: dateOf(field(era, 'end_date'), report, `eras[${i}].end_date`), label };
    });
  }
  const events = field(input, 'events');
  document.events = Array.isArray(events) ? events.map((slide, index) => eventOf(slide, index, problems)) : events;
  return { document, problems };
}

function eventOf(slide: unknown, index: number, problems: Problem[]): unknown {
  if (!isRecord(slide)) return slide;
  const id = field(slide, 'unique_id');
  const report = reporter(problems, index, typeof id === 'string' || typeof id === 'number' ? id : undefined);
  for (const name of Object.keys(slide)) {
    if (!slideFields.has(name)) report('warning', name, slide[name], `unknown TimelineJS field ${JSON.stringify(name)}; it was ignored`);
  }
  const event: Record<string, unknown> = {};
  if (id !== undefined) event.id = id;
  const text = field(slide, 'text');
  const headline = isRecord(text) ? plain(field(text, 'headline')) : undefined;
  const body = isRecord(text) ? plain(field(text, 'text')) : undefined;
  // TimelineJS allows a slide without a headline; our events need a title, so its text's first line stands in.
  event.title = headline ?? body?.split('\n')[0]?.slice(0, 120);
  if (!headline && body) report('warning', 'text.headline', undefined, 'the slide has no headline; the first line of its text is the title');
  if (body && body !== event.title) event.description = body;
  const start = field(slide, 'start_date');
  event.start = dateOf(start, report, 'start_date');
  const end = field(slide, 'end_date');
  if (end !== undefined) event.end = dateOf(end, report, 'end_date');
  const display = field(slide, 'display_date') ?? (isRecord(start) ? field(start, 'display_date') : undefined);
  if (typeof display === 'string' && display.trim()) event.displayDate = markupText(display);
  const group = field(slide, 'group');
  if (group !== undefined) event.category = group;
  const media = field(slide, 'media');
  if (isRecord(media)) {
    const url = field(media, 'url');
    const credit = plain(field(media, 'credit')) ?? plain(field(media, 'caption'));
    if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) event.sources = [{ url: url.trim(), ...(credit ? { title: credit } : {}) }];
    else if (credit) event.sources = [{ title: credit }];
    if (typeof url === 'string' && !/^https?:\/\//i.test(url.trim())) {
      report('warning', 'media.url', url, 'only http(s) media links are kept, as the event\'s source; this media is not shown');
    } else report('warning', 'media', undefined, 'media are not shown by event-timeline; the link and credit were kept as the event\'s source');
  }
  if (field(slide, 'background') !== undefined) report('warning', 'background', field(slide, 'background'), 'slide backgrounds are not shown by event-timeline; it was ignored');
  if (field(slide, 'autolink') !== undefined) report('warning', 'autolink', field(slide, 'autolink'), 'text is shown as plain text, so addresses in it are not made into links either way; put links in sources or url');
  return event;
}

/** Text of a TimelineJS text field (HTML allowed), or undefined when it has none. */
function plain(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = markupText(value);
  return plain || undefined;
}

/**
 * The EDTF string of a TimelineJS date object, as precise as the parts it gives. An
 * object we cannot read is passed on as it is, so the reader reports it with its field.
 */
function dateOf(value: unknown, report: ReturnType<typeof reporter>, name: string): unknown {
  if (!isRecord(value)) return value;
  for (const key of Object.keys(value)) {
    if (key === 'format') report('warning', `${name}.format`, value[key], 'a TimelineJS date format is not used: dates are labelled as precisely as they are given, in the locale; set displayDate for your own wording');
    else if (!dateParts.includes(key)) report('warning', `${name}.${key}`, value[key], `unknown part ${JSON.stringify(key)} of a TimelineJS date; it was ignored`);
  }
  const parts: number[] = [];
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond']) {
    const raw = field(value, key);
    if (raw === undefined || raw === '') break;
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(number)) return value;
    parts.push(number);
  }
  if (parts.length === 0) return value;
  const [year, month, day, hour, minute, second, ms] = parts;
  if (year === 0) {
    report('warning', `${name}.year`, 0, 'TimelineJS has no year 0; it was read as 1 BCE');
  }
  // Shown by TimelineJS as "500 BCE" for -500: the EDTF (astronomical) year is one more.
  const edtfYear = year < 0 ? year + 1 : year;
  const yearText = Math.abs(edtfYear) > 9999 ? `Y${edtfYear}` : `${edtfYear < 0 ? '-' : ''}${String(Math.abs(edtfYear)).padStart(4, '0')}`;
  if (Math.abs(edtfYear) > 9999) return parts.length > 1 ? value : yearText;
  const two = (n: number) => String(n).padStart(2, '0');
  let out = yearText;
  if (month !== undefined) out += `-${two(month)}`;
  if (day !== undefined) out += `-${two(day)}`;
  if (hour !== undefined) out += `T${two(hour)}:${two(minute ?? 0)}`;
  if (second !== undefined) out += `:${two(second)}`;
  if (ms !== undefined) out += `.${String(ms).padStart(3, '0')}`;
  return out;
}
