import { checkOrder, readDate } from './date-field.js';
import { checkFields, field, isRecord, maxTextLength, readColor, readRequiredText } from './fields.js';
import { kindOf, type Report } from './problems.js';
import type { Era } from './types.js';

const eraFields: ReadonlySet<string> = new Set(['start', 'end', 'label', 'color']);

/**
 * Background periods ("The Cold War", 1947–1991). An era needs a start, an end not
 * before it, and a label; one that lacks any of them is skipped with an error.
 */
export function readEras(value: unknown, report: Report): Era[] {
  const eras: Era[] = [];
  if (value === undefined) return eras;
  if (!Array.isArray(value)) {
    report('error', 'eras', value, `eras must be an array of { start, end, label, color }, not ${kindOf(value)}; they were ignored`);
    return eras;
  }
  for (let i = 0; i < value.length; i++) {
    const era = readEra(value[i], `eras[${i}]`, report);
    if (era) eras.push(era);
  }
  return eras;
}

function readEra(item: unknown, name: string, report: Report): Era | undefined {
  if (!isRecord(item)) {
    report('error', name, item, `${name} must be an object with a start, an end and a label, not ${kindOf(item)}; it was skipped`);
    return undefined;
  }
  checkFields(item, eraFields, `${name}.`, report);
  const start = readDate(field(item, 'start'), `${name}.start`, true, report);
  const end = readDate(field(item, 'end'), `${name}.end`, true, report);
  const label = readRequiredText(field(item, 'label'), `${name}.label`, maxTextLength, report);
  const color = readColor(field(item, 'color'), `${name}.color`, report);
  if (!start || !end || !checkOrder(start, end, `${name}.end`, report) || label === undefined) return undefined;
  return color === undefined ? { start, end, label } : { start, end, label, color };
}
