import { expect } from '@open-wc/testing';
import { readDocument } from '../../src/model/read.js';

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
}
type Schema = { $schema: string; $defs: Record<string, ObjectSchema> };

/** Fields the reader warns about as unknown, for an event with `fields`. */
const unknownFields = (document: unknown): (string | undefined)[] =>
  readDocument(document).problems.filter(p => p.message.startsWith('unknown field')).map(p => p.field);

describe('the JSON schema', () => {
  let schema: Schema;
  before(async () => {
    schema = (await (await fetch('/schema/event-timeline.schema.json')).json()) as Schema;
  });

  it('is draft 2020-12', () => expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema'));

  it('names exactly the fields the reader knows, for every part of a document', () => {
    const names = (part: string): string[] => Object.keys(schema.$defs[part].properties);
    const fill = (part: string): Record<string, null> => Object.fromEntries([...names(part), 'zzz'].map(name => [name, null]));
    expect(unknownFields({ ...fill('document'), events: [] })).to.deep.equal(['zzz']);
    expect(unknownFields([{ ...fill('event'), title: 't', start: '2001' }])).to.deep.equal(['zzz']);
    expect(unknownFields({ categories: [{ ...fill('category'), id: 'c' }], events: [] })).to.deep.equal(['categories[0].zzz']);
    expect(unknownFields({ eras: [{ ...fill('era'), start: '2001', end: '2002', label: 'e' }], events: [] })).to.deep.equal(['eras[0].zzz']);
    expect(unknownFields([{ title: 't', start: '2001', sources: [{ ...fill('source'), title: 's' }] }])).to.deep.equal(['sources[0].zzz']);
  });

  it('requires what the reader requires', () => {
    expect(schema.$defs.event.required).to.deep.equal(['title', 'start']);
    expect(schema.$defs.era.required).to.deep.equal(['start', 'end', 'label']);
    expect(schema.$defs.category.required).to.deep.equal(['id']);
    expect(schema.$defs.document.required).to.deep.equal(['events']);
  });
});
