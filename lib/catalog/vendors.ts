/**
 * How sellers write each vendor (../shared/reference/vendors.md), lower case as the recogniser
 * sees a title after normalisation. `line` is the product-line word the catalog puts before a
 * model code ("Antminer S19"), used to name a model the catalog lacks.
 */
export interface VendorNames {
  /** The vendor as the catalog writes it. */
  vendor: string;
  line: string;
  written: readonly string[];
}

export const VENDORS: readonly VendorNames[] = [
  {
    vendor: 'Bitmain',
    line: 'Antminer',
    written: ['bitmain', 'antminer', 'ant miner', '比特大陆', '蚂蚁矿机', '蚂蚁', 'антмайнер', 'битмайн'],
  },
  {
    vendor: 'MicroBT',
    line: 'Whatsminer',
    written: [
      'microbt',
      'whatsminer',
      'whatminer',
      'watsminer',
      'whatsminer',
      '神马矿机',
      '神马',
      '比特微',
      'ватсмайнер',
      'вотсмайнер',
    ],
  },
  {
    vendor: 'Canaan',
    line: 'AvalonMiner',
    written: ['canaan', 'avalonminer', 'avalon', '阿瓦隆矿机', '阿瓦隆', '嘉楠耘智', '嘉楠', 'авалон'],
  },
  { vendor: 'Innosilicon', line: 'Innosilicon', written: ['innosilicon', '芯动科技', '芯动'] },
  { vendor: 'Ebang', line: 'Ebit', written: ['ebang', 'ebit', '翼比特', '亿邦'] },
  { vendor: 'Goldshell', line: 'Goldshell', written: ['goldshell', '金贝'] },
  { vendor: 'IceRiver', line: 'IceRiver', written: ['iceriver', 'ice river', '冰河'] },
  { vendor: 'Jasminer', line: 'Jasminer', written: ['jasminer', '茉莉'] },
  { vendor: 'iPollo', line: 'iPollo', written: ['ipollo'] },
  { vendor: 'Bitaxe', line: 'Bitaxe', written: ['bitaxe'] },
  // Open-source home miners (NerdQaxe++, NerdMiner): no catalog models, but a vendor all the same.
  { vendor: 'NerdAxe', line: 'NerdQaxe', written: ['nerdqaxe', 'nerdaxe', 'nerdminer'] },
  { vendor: 'StrongU', line: 'StrongU', written: ['strongu', '思创优'] },
  // 雪豹 alone is a snow leopard; only the trade compound names the vendor.
  { vendor: 'SnowPanther', line: 'SnowPanther', written: ['snowpanther', '雪豹矿机'] },
];
