import { shorten } from './shorten.js';
import type { Problem } from './types.js';

/** Records one problem: `field` ("start", "sources[1].url") and `value` may be undefined. */
export type Report = (severity: Problem['severity'], field: string | undefined, value: unknown, message: string) => void;

/**
 * A Report that appends to `problems`, stamped with an event's `index` and `id` when
 * given (document-level problems have neither). The value is shortened for display and
 * left out when undefined (a missing field has no value to show).
 */
export function reporter(problems: Problem[], index?: number, id?: string | number): Report {
  return (severity, field, value, message) => {
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = { severity, message };
    if (index !== undefined) problem.index = index;
    if (id !== undefined) problem.id = id;
    if (field !== undefined) problem.field = field;
    if (value !== undefined) problem.value = shorten(value);
    problems.push(problem);
  };
}

/**
 * One Report for the items of a list read one after another: `at` stamps the reports
 * that follow with an item's index and id. As `reporter`, without a new function (and
 * its closure) per item: a document of 100,000 events made 100,000 of them.
 */
export function itemReporter(problems: Problem[]): { readonly report: Report; at(index: number, id?: string | number): void } {
  let itemIndex = 0;
  let itemId: string | number | undefined;
  return {
    report: (severity, field, value, message) => reporter(problems, itemIndex, itemId)(severity, field, value, message),
    at(index, id) {
      itemIndex = index;
      itemId = id;
    },
  };
}

const kindNames: Partial<Record<string, string>> = { object: 'an object', undefined: 'nothing' };

/** A value's kind for messages: "null", "an array", "a number", "an object". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return kindNames[type] ?? `a ${type}`;
}
