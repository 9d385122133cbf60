import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TextMeasure, fitText } from '../../src/element/measure.js';

const measure = new TextMeasure();
measure.setFont('normal 400 12px sans-serif');
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('Li Shangfu arrives in Minsk', 'Łódź 👩‍👩‍👧‍👦 Минск 北京', 'a\uD800', '\uDC00b'));

describe('TextMeasure and fitText', () => {
  it('measures Latin text close to the canvas, never short of it', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = '400 12px sans-serif';
    for (const sample of ['Li Shangfu arrives in Minsk', 'Polonez rocket artillery developed with China', 'WWWWW iiiii']) {
      const real = canvas.measureText(sample).width;
      expect(measure.width(sample)).to.be.at.least(real).and.at.most(real * 1.1 + 2);
    }
  });

  it('fits any text into any width with the longest prefix that fits, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 400 }), (input, maxWidth) => {
        const fitted = fitText(measure, input, maxWidth);
        if (measure.width(input) <= maxWidth) {
          expect(fitted).to.equal(input);
          return;
        }
        expect(fitted.endsWith('…')).to.equal(true);
        const kept = fitted.slice(0, -1);
        expect(input.startsWith(kept)).to.equal(true);
        // Within the width, unless even the ellipsis alone does not fit.
        if (kept.length > 0) expect(measure.width(fitted)).to.be.at.most(maxWidth + 0.001);
        // No lone half of a pair at the cut.
        const last = kept.charCodeAt(kept.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).to.equal(false);
        // Longest: one more character (or pair) would not fit.
        const next = input.slice(0, kept.length + (input.charCodeAt(kept.length) >= 0xd800 && input.charCodeAt(kept.length) <= 0xdbff ? 2 : 1));
        if (next.trimEnd().length > kept.length) expect(measure.width(next.trimEnd() + '…')).to.be.greaterThan(maxWidth - 0.001);
      }),
      { numRuns: 300 },
    );
  });
});
