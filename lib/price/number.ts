/**
 * Reading a written number whatever the locale: "1,029.00", "1.049,00", "10,79", "20 000 000",
 * "1'299.50". A separator followed by exactly three digits groups thousands; one followed by one
 * or two digits is the decimal mark. Before a magnitude word ("1.234万") the mark is decimal.
 */

/** Matches one written number (the grouped form first, so "1,029" is not read as 1.029). */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?<sep>[ ,.'’])\d{3}(?:\k<sep>\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;

const GROUPED_RE = /^(\d{1,3})([ ,.'’])(\d{3}(?:\2\d{3})*)(?:[.,](\d{1,2}))?$/;

/** The value of a string matched by {@link NUMBER_SOURCE}; NaN when it is not one. */
export function readNumber(raw: string, beforeMagnitude: boolean): number {
  const grouped = GROUPED_RE.exec(raw);
  if (grouped) {
    const [, head, sep, rest, decimals] = grouped as unknown as [string, string, string, string, string?];
    const single = rest.length === 3 && decimals === undefined;
    // "1.234万" and "0.999" are decimals, not thousands.
    if (single && (sep === '.' || sep === ',') && (beforeMagnitude || head === '0')) {
      return Number(`${head}.${rest}`);
    }
    const whole = head + rest.split(sep).join('');
    return Number(decimals === undefined ? whole : `${whole}.${decimals}`);
  }
  return Number(raw.replace(',', '.'));
}
