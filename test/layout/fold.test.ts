import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold } from '../../src/layout/filter.js';

/** Folding spelled out, without the shortcut for plain ASCII. */
const reference = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđħıßæœþ]/g, letter => ({ ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' })[letter]!);

describe('fold', () => {
  it('drops case and accents: "Łódź" and "ŁÓDŹ" fold to "lodz", "Straße" to "strasse"', () => {
    expect(fold('Łódź')).to.equal('lodz');
    expect(fold('ŁÓDŹ')).to.equal('lodz');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('Minsk 2023\nVisit')).to.equal('minsk 2023\nvisit');
  });

  it('folds any text, ASCII or not, as the full decomposition does', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map(code => String.fromCharCode(code)), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 })), text => {
        expect(fold(text)).to.equal(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
