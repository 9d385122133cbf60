import { checkFields, field, isRecord, maxTextLength, readColor, readText } from './fields.js';
import { kindOf, type Report } from './problems.js';
import { truncate } from './shorten.js';
import type { Category } from './types.js';

/** The category of events that name none. */
export const defaultCategory = '';

const categoryFields: ReadonlySet<string> = new Set(['id', 'label', 'color']);

/**
 * The declared categories by id, in document order. A category without a usable id is
 * skipped (error); a repeated id keeps the first declaration (warning); the label
 * defaults to the id.
 */
export function readCategories(value: unknown, report: Report): Map<string, Category> {
  const categories = new Map<string, Category>();
  if (value === undefined) return categories;
  if (!Array.isArray(value)) {
    report('error', 'categories', value, `categories must be an array of { id, label, color }, not ${kindOf(value)}; they were ignored`);
    return categories;
  }
  for (let i = 0; i < value.length; i++) {
    const category = readCategory(value[i], `categories[${i}]`, report);
    if (!category) continue;
    if (categories.has(category.id)) {
      report('warning', `categories[${i}].id`, category.id, `duplicate category id ${JSON.stringify(category.id)}; the first declaration is kept`);
    } else {
      categories.set(category.id, category);
    }
  }
  return categories;
}

function readCategory(item: unknown, name: string, report: Report): Category | undefined {
  if (!isRecord(item)) {
    report('error', name, item, `${name} must be an object with an id, not ${kindOf(item)}; it was skipped`);
    return undefined;
  }
  checkFields(item, categoryFields, `${name}.`, report);
  const id = field(item, 'id');
  if (typeof id !== 'string' || id === '') {
    report('error', `${name}.id`, id, `${name}.id must be a non-empty string; the category was skipped`);
    return undefined;
  }
  const label = readText(field(item, 'label'), `${name}.label`, maxTextLength, report) || id;
  const color = readColor(field(item, 'color'), `${name}.color`, report);
  return color === undefined ? { id, label } : { id, label, color };
}

/**
 * The category id an event names (`defaultCategory` for none). An id that was not
 * declared gets an automatic category labelled with the id, and one warning, at the
 * first event that uses it.
 */
export function categoryFor(value: unknown, categories: Map<string, Category>, report: Report): string {
  if (value === undefined || value === defaultCategory) return defaultCategory;
  if (typeof value !== 'string') {
    report('warning', 'category', value, `category must be a category id (a string), not ${kindOf(value)}; the event was put in the default category`);
    return defaultCategory;
  }
  if (!categories.has(value)) {
    categories.set(value, { id: value, label: truncate(value, maxTextLength), automatic: true });
    report('warning', 'category', value, `unknown category ${JSON.stringify(value)}; a category labelled with its id was added (declare it in "categories" to give it a label and a colour)`);
  }
  return value;
}
