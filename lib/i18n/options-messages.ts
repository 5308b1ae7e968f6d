import type { Lang } from './locale';

/** Every string of the options page, per language; a string missing from one is a type error. */
export interface OptionsText {
  title: string;
  intro: string;
  saved: string;
  saveFailed(reason: string): string;
  sitesTitle: string;
  siteNames: Record<string, string>;
  siteHelp: string;
  markNonRigs: string;
  markNonRigsHelp: string;
  currencyTitle: string;
  displayCurrency: string;
  ownCurrency: string;
  ratesTitle: string;
  ratesHelp(base: string): string;
  ratesAsOf: string;
  ratesBundled(asOf: string): string;
  ratesCustom(asOf: string): string;
  colCurrency: string;
  colRate(base: string): string;
  addRate: string;
  removeRate(currency: string): string;
  saveRates: string;
  resetRates: string;
  rateInvalid(line: string): string;
  trendTitle: string;
  windowDays: string;
  windowHelp: string;
  band: string;
  bandHelp: string;
  historyTitle: string;
  exportJsonl: string;
  exportCsv: string;
  exported(file: string): string;
  importLabel: string;
  working: string;
  imported(added: number, duplicates: number, rejected: number): string;
  rejectedLine(line: number, reason: string): string;
  clear: string;
  clearConfirm: string;
  clearYes: string;
  clearNo: string;
  cleared: string;
  storageTitle: string;
  storageUsed(observations: string, listings: string): string;
  storageBytes(used: string, quota: string | null): string;
  failed(reason: string): string;
}

const en: OptionsText = {
  title: 'RigScout settings',
  intro: 'Everything RigScout keeps stays in this browser. Nothing is sent anywhere.',
  saved: 'Saved',
  saveFailed: (reason) => `Not saved: ${reason}`,
  sitesTitle: 'Sites',
  siteNames: { goofish: 'Xianyu (goofish.com)', ebay: 'eBay' },
  siteHelp: 'RigScout reads listings only on the sites switched on. Reload open pages after a change.',
  markNonRigs: 'Mark listings that are not rigs',
  markNonRigsHelp: 'A quiet grey “Not a rig” mark on parts, services and wanted ads; off hides it.',
  currencyTitle: 'Currency',
  displayCurrency: 'Show prices in',
  ownCurrency: 'Each listing’s own currency',
  ratesTitle: 'Exchange rates',
  ratesHelp: (base) =>
    `Used only to convert what you see; trends are kept in each listing’s own currency. Units of each currency per 1 ${base}.`,
  ratesAsOf: 'Rates as of',
  ratesBundled: (asOf) => `Bundled reference rates of ${asOf}`,
  ratesCustom: (asOf) => `Your rates of ${asOf}`,
  colCurrency: 'Currency',
  colRate: (base) => `Per 1 ${base}`,
  addRate: 'Add a currency',
  removeRate: (currency) => `Remove ${currency}`,
  saveRates: 'Save rates',
  resetRates: 'Restore bundled rates',
  rateInvalid: (line) => `Check this rate: ${line}`,
  trendTitle: 'Trend',
  windowDays: 'Window (days)',
  windowHelp: 'How far back listings count towards a trend (7–730 days).',
  band: 'In-line band (± %)',
  bandHelp: 'A price within this distance of the trend counts as in line (0.5–50 %).',
  historyTitle: 'Price history',
  exportJsonl: 'Export JSON Lines',
  exportCsv: 'Export CSV',
  exported: (file) => `Saved ${file}.`,
  importLabel: 'Import a history file (JSON Lines)',
  working: 'Working…',
  imported: (added, duplicates, rejected) =>
    `Imported ${added} new ${added === 1 ? 'observation' : 'observations'}; ${duplicates} already known; ${rejected} lines rejected.`,
  rejectedLine: (line, reason) => `Line ${line}: ${reason}`,
  clear: 'Clear history…',
  clearConfirm:
    'Delete the whole price history? This cannot be undone. Export it first if you may want it back.',
  clearYes: 'Delete everything',
  clearNo: 'Cancel',
  cleared: 'The price history is empty.',
  storageTitle: 'Storage',
  storageUsed: (observations, listings) => `${observations} observations of ${listings} listings`,
  storageBytes: (used, quota) => (quota ? `${used} used of ${quota} available` : `${used} used`),
  failed: (reason) => `Failed: ${reason}`,
};

const zh: OptionsText = {
  title: 'RigScout 设置',
  intro: 'RigScout 保存的一切都只留在此浏览器中，不会发送到任何地方。',
  saved: '已保存',
  saveFailed: (reason) => `未保存：${reason}`,
  sitesTitle: '网站',
  siteNames: { goofish: '闲鱼 (goofish.com)', ebay: 'eBay' },
  siteHelp: 'RigScout 只在开启的网站上读取商品。更改后请刷新已打开的页面。',
  markNonRigs: '标记非矿机商品',
  markNonRigsHelp: '在配件、服务和求购帖上显示不显眼的灰色“非矿机”标记；关闭则不显示。',
  currencyTitle: '货币',
  displayCurrency: '价格显示为',
  ownCurrency: '各商品自己的货币',
  ratesTitle: '汇率',
  ratesHelp: (base) => `仅用于换算显示；行情按各商品自己的货币保存。表示 1 ${base} 可兑换的各货币数量。`,
  ratesAsOf: '汇率日期',
  ratesBundled: (asOf) => `内置参考汇率（${asOf}）`,
  ratesCustom: (asOf) => `你的汇率（${asOf}）`,
  colCurrency: '货币',
  colRate: (base) => `每 1 ${base}`,
  addRate: '添加货币',
  removeRate: (currency) => `删除 ${currency}`,
  saveRates: '保存汇率',
  resetRates: '恢复内置汇率',
  rateInvalid: (line) => `请检查此汇率：${line}`,
  trendTitle: '行情',
  windowDays: '时间窗口（天）',
  windowHelp: '多久以内的商品计入行情（7–730 天）。',
  band: '符合行情范围（± %）',
  bandHelp: '价格与行情相差在此范围内即视为符合行情（0.5–50 %）。',
  historyTitle: '价格历史',
  exportJsonl: '导出 JSON Lines',
  exportCsv: '导出 CSV',
  exported: (file) => `已保存 ${file}。`,
  importLabel: '导入历史文件（JSON Lines）',
  working: '处理中…',
  imported: (added, duplicates, rejected) =>
    `已导入 ${added} 条新记录；${duplicates} 条已存在；${rejected} 行被拒绝。`,
  rejectedLine: (line, reason) => `第 ${line} 行：${reason}`,
  clear: '清除历史…',
  clearConfirm: '删除全部价格历史？此操作无法撤销。如可能还需要，请先导出。',
  clearYes: '全部删除',
  clearNo: '取消',
  cleared: '价格历史已清空。',
  storageTitle: '存储',
  storageUsed: (observations, listings) => `${listings} 个商品的 ${observations} 条记录`,
  storageBytes: (used, quota) => (quota ? `已用 ${used}，可用 ${quota}` : `已用 ${used}`),
  failed: (reason) => `失败：${reason}`,
};

/** The options page's strings in `lang`. */
export function optionsText(lang: Lang): OptionsText {
  return lang === 'zh' ? zh : en;
}
