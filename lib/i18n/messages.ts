import { ALL_REGIONS } from './all-regions';
import type { Lang } from './locale';

/**
 * Every user-visible string, in English and Simplified Chinese. A key missing from one
 * language is a type error, so no string ships untranslated.
 */
const en = {
  'verdict.above': 'Above trend',
  'verdict.below': 'Below trend',
  'verdict.in-line': 'In line',
  'verdict.unknown': 'No trend yet',
  'verdict.none': 'Not a rig',
  'badge.vs': '{deviation} vs {region}',
  'badge.allRegions': ALL_REGIONS.en,
  'badge.pending': 'RigScout…',
  'badge.failed': 'Not saved',
  'panel.failed': 'RigScout could not save this listing: {error}',
  'panel.unreachable': 'RigScout’s background did not answer. Reload the page to try again.',
  'badge.aria': 'RigScout: {verdict}. {detail}',
  'panel.expected': 'Expected: {price}',
  'panel.unitPrice': 'Unit price: {price}',
  'panel.basis': 'Based on {points} listings in {region}, last {days} days',
  'panel.noTrend': 'No {model} listings seen yet to compare with.',
  'panel.changes': 'Price changes: {changes}',
  'panel.notRig': 'Not counted: {reason}',
  'exclusion.part': 'a part or accessory',
  'exclusion.service': 'a service (hosting, repair, rental)',
  'exclusion.wanted': 'a wanted ad',
  'exclusion.not-mining': 'not a mining machine',
  'exclusion.advert': 'an advert',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  'verdict.above': '高于行情',
  'verdict.below': '低于行情',
  'verdict.in-line': '符合行情',
  'verdict.unknown': '暂无行情',
  'verdict.none': '非矿机',
  'badge.vs': '{deviation} 对比 {region}',
  'badge.allRegions': ALL_REGIONS.zh,
  'badge.pending': 'RigScout…',
  'badge.failed': '未保存',
  'panel.failed': 'RigScout 无法保存此商品：{error}',
  'panel.unreachable': 'RigScout 后台没有响应。请刷新页面重试。',
  'badge.aria': 'RigScout：{verdict}。{detail}',
  'panel.expected': '行情价：{price}',
  'panel.unitPrice': '单价：{price}',
  'panel.basis': '依据 {region} 最近 {days} 天的 {points} 个在售商品',
  'panel.noTrend': '还没有见过 {model} 的其他商品，无法比较。',
  'panel.changes': '历史价格：{changes}',
  'panel.notRig': '不计入行情：{reason}',
  'exclusion.part': '配件',
  'exclusion.service': '服务（托管、维修、租赁）',
  'exclusion.wanted': '求购/回收',
  'exclusion.not-mining': '不是矿机',
  'exclusion.advert': '广告',
};

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = TABLES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
