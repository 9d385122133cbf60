// Minimal types for the parts of `edtf` (https://github.com/inukshuk/edtf.js) we use.
declare module 'edtf' {
  export interface Bitmask { value: number }
  export interface EdtfValue {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'Set' | 'List';
    /** Earliest instant, epoch ms (may be -Infinity/Infinity for open intervals). */
    min: number;
    /** Latest instant, epoch ms. */
    max: number;
    precision?: number;
    approximate?: Bitmask | boolean;
    uncertain?: Bitmask | boolean;
    unspecified?: Bitmask;
    values?: unknown[];
    lower?: EdtfValue | null | undefined | number;
    upper?: EdtfValue | null | undefined | number;
    level?: number;
  }
  export default function edtf(input: string, constraints?: Record<string, unknown>): EdtfValue;
  export function parse(input: string, constraints?: Record<string, unknown>): unknown;
}
