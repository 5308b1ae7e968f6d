/**
 * How many machines a title offers and how many the shown price buys: "10台 打包" (ten for the
 * price), "10台 单价5200" (one for the price, ten offered), "lot of 5", "x5", "5台一起走".
 */

/** Units offered and units the price buys. */
export interface Quantity {
  quantity: number;
  unitsOffered: number;
  perUnit: boolean;
}

const CN_DIGIT: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// Counts: "10台", "十台", "5 pcs", "5 units", "5 шт", "lot of 5", "x5", "5x", "5-pack".
const COUNT_RE =
  /(?<!\d[.,]?)(\d{1,4})\s?(?:台|pcs|pieces|units?|шт|штук|асик|machines|miners|available|in stock|left)(?![a-z])|([一两二三四五六七八九十]{1,3})台|(?:lot of|set of|bundle of|pack of|партия)\s?(\d{1,4})|(?<![a-z0-9])[x×*]\s?(\d{1,3})(?!\d|[.,]\d|\s?(?:t|g|m|k|w)h?\b)|(?<![a-z]|\d[.,]?)(\d{1,3})\s?[x×](?![a-z0-9])|(?<!\d[.,]?)(\d{1,3})\s?-?\s?(?:pack|lot)\b|(?:qty|quantity|数量|кол-во|количество)\.?\s?[:：]?\s?(\d{1,4})|^\s?\((\d{1,3})\)(?!\s?[\d.])|^\s?(\d{1,2})\s?(?:x\s?)?(?=\u0001|antminer|whatsminer|avalon|bitmain|canaan|asic|[a-z]{1,2}\d)/;

/** The price covers one unit: 单价, 每台, /台, each, per unit, за шт. */
const PER_UNIT =
  /单价|每台|台起|起卖|起售|起批|\bmoq\b|min(?:imum)? order|一台价|[/／]台|台价|价格为单台|单台|each|\bea\b|per unit|price for one|for one\b|за одн|sold individually|sold separately|per piece|per miner|\/unit|\/pc|price per|за шт|за 1 шт|за штуку|за единицу|цена за 1/;

/** The price covers the whole lot. */
const BUNDLE =
  /打包|一起走|一起出|一起卖|整批|一批|全部|合计|总价|\blot\b|lot of|bundle|together|for all|all for|for both|both for|за оба|за обе|всё вместе|все вместе|партией|комплектом|за все/;

/** "In stock: 10" reads as a unit price for one of them. */
const STOCK =
  /现货|库存|有货|有\s?[\d一两二三四五六七八九十]+\s?台|多台|批量|大量|in stock|available|в наличии/;

function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten === -1) return CN_DIGIT[text] ?? 1;
  const tens = ten === 0 ? 1 : (CN_DIGIT[text.slice(0, ten)] ?? 1);
  const ones = CN_DIGIT[text.slice(ten + 1)] ?? 0;
  return tens * 10 + ones;
}

/** Read the quantity words of normalised text (model and GPU-count spans blanked with U+0001). */
export function readQuantity(s: string): Quantity {
  const m = COUNT_RE.exec(s);
  let units = 1;
  if (m) {
    const digits = m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9];
    units = digits ? Number(digits) : chineseNumber(m[2] as string);
  }
  if (!(units >= 1 && units <= 10_000)) units = 1;
  if (units === 1) return { quantity: 1, unitsOffered: 1, perUnit: true };
  // Twenty or more units with no bundle word is stock on hand, priced per unit.
  const perUnit = PER_UNIT.test(s) || (!BUNDLE.test(s) && (units >= 20 || STOCK.test(s)));
  return { quantity: perUnit ? 1 : units, unitsOffered: units, perUnit };
}
