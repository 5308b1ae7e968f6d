/**
 * Dated events that moved second-hand miner prices, marked on the popup's chart. Dates are the
 * days the events took effect (UTC): the State Council's 2021-05-21 statement on cracking down
 * on bitcoin mining, Sichuan's 2021-06-18 order to cut power to mines, and the bitcoin
 * halvings of 2020-05-11 and 2024-04-20.
 */
export type MarketEventId = 'stateCouncil' | 'sichuan' | 'halving2020' | 'halving2024';

export interface MarketEvent {
  id: MarketEventId;
  /** The day, as `YYYY-MM-DD`. */
  date: string;
  /** Epoch seconds at 00:00 UTC of that day (the chart's x unit). */
  at: number;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;

export const MARKET_EVENTS: readonly MarketEvent[] = [
  { id: 'halving2020', date: '2020-05-11', at: day('2020-05-11') },
  { id: 'stateCouncil', date: '2021-05-21', at: day('2021-05-21') },
  { id: 'sichuan', date: '2021-06-18', at: day('2021-06-18') },
  { id: 'halving2024', date: '2024-04-20', at: day('2024-04-20') },
];

/** The events inside [from, to] (epoch seconds), oldest first. */
export function eventsBetween(from: number, to: number): MarketEvent[] {
  return MARKET_EVENTS.filter((event) => event.at >= from && event.at <= to);
}
