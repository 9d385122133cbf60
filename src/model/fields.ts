/**
 * Checks shared by every part of a document: plain objects, unknown fields, text with
 * a length limit, links, colours. Each returns the value to keep (or undefined) and
 * reports what it changed or dropped; none of them throws.
 */
import { kindOf, type Report } from './problems.js';
import { truncate } from './shorten.js';

/** Longest title kept; longer ones are cut. */
export const maxTitleLength = 1000;
/** Longest description kept. */
export const maxDescriptionLength = 20000;
/** Longest other text kept (labels, display dates, source titles, links). */
export const maxTextLength = 2000;

const linkProtocols = new Set(['http:', 'https:']);

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of `object`, never one inherited from Object.prototype ("constructor"); null counts as absent. */
export function field(object: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(object, name) ? (object[name] ?? undefined) : undefined;
}

/** Warns about each field of `object` not in `known`: a typo ("colour") would otherwise be silently ignored. */
export function checkFields(object: Record<string, unknown>, known: ReadonlySet<string>, prefix: string, report: Report): void {
  // for…in, not Object.keys: no array per object (a large document checks one per event).
  // Inherited names are skipped, as Object.keys skips them.
  for (const name in object) {
    if (!known.has(name) && Object.hasOwn(object, name)) {
      report('warning', `${prefix}${name}`, object[name], `unknown field ${JSON.stringify(name)}; known fields are ${[...known].join(', ')}`);
    }
  }
}

/**
 * Optional text: a string is kept (cut to `max` with "…", and a warning, when longer);
 * anything else is dropped with a warning.
 */
export function readText(value: unknown, name: string, max: number, report: Report): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    report('warning', name, value, `${name} must be a string, not ${kindOf(value)}; it was ignored`);
    return undefined;
  }
  if (value.length <= max) return value;
  report('warning', name, value, `${name} is ${value.length} characters long; it was cut to ${max}`);
  return truncate(value, max);
}

/** An optional http(s) link; any other link (javascript:, relative, too long) is dropped with a warning. */
export function readLink(value: unknown, name: string, report: Report): string | undefined {
  if (value === undefined) return undefined;
  const problem = linkProblem(value);
  if (problem === undefined) return value as string;
  report('warning', name, value, `${name} ${problem}; expected an absolute http:// or https:// URL; it was dropped`);
  return undefined;
}

/** An optional CSS colour: kept as given, with a warning when the browser would not understand it. */
export function readColor(value: unknown, name: string, report: Report): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    report('warning', name, value, `${name} must be a CSS colour string, not ${kindOf(value)}; it was ignored`);
    return undefined;
  }
  if (!isColor(value)) report('warning', name, value, `${name} does not look like a CSS colour, such as "#1f77b4" or "steelblue"`);
  return value;
}

function linkProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, not ${kindOf(value)}`;
  if (value.length > maxTextLength) return `is longer than ${maxTextLength} characters`;
  if (!isHttp(value)) return 'is not an http(s) link';
  return undefined;
}

function isHttp(value: string): boolean {
  try {
    return linkProtocols.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

const colors = new Map<string, boolean>();

// Outside a page (a worker, Node) there is no CSS to ask: every colour is accepted.
function isColor(value: string): boolean {
  if (typeof CSS === 'undefined' || typeof CSS.supports !== 'function') return true;
  let known = colors.get(value);
  if (known === undefined) {
    known = CSS.supports('color', value);
    colors.set(value, known);
  }
  return known;
}

const nonBlank = /\S/;

/**
 * Required text (a title, a label): a string with something besides spaces, cut to
 * `max` with a warning when longer. Missing, non-string and blank values are errors.
 */
export function readRequiredText(value: unknown, name: string, max: number, report: Report): string | undefined {
  if (value === undefined) {
    report('error', name, undefined, `${name} is missing; expected a non-empty string`);
  } else if (typeof value !== 'string') {
    report('error', name, value, `${name} must be a string, not ${kindOf(value)}`);
  } else if (!nonBlank.test(value)) {
    report('error', name, value, `${name} is empty; expected a non-empty string`);
  } else {
    return readText(value, name, max, report);
  }
  return undefined;
}
