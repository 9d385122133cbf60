/**
 * Category colours when the document gives none: Observable's ten-colour categorical
 * scheme (schemeObservable10 in d3-scale-chromatic), chosen there to stay distinct
 * for common colour-vision deficiencies and readable on light and dark backgrounds.
 */
export const palette: readonly string[] = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
];

/** The colour for the `i`-th category without one of its own. */
export const paletteColor = (i: number): string => palette[i % palette.length];
