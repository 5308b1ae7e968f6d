/**
 * Location texts as sellers and sites show them, with the ISO 3166 codes they must read as.
 * Tuple: [text, site, country, subdivision]; country null = no region at all.
 */
export type RegionCase = readonly [
  text: string,
  site: string,
  country: string | null,
  subdivision: string | null,
];

const cases: RegionCase[] = [];
/** Every text reads as `sub` (a CN-xx code) on `site`. */
function cn(site: string, sub: string, ...texts: string[]): void {
  for (const text of texts) cases.push([text, site, 'CN', sub]);
}
function at(site: string, country: string | null, sub: string | null, ...texts: string[]): void {
  for (const text of texts) cases.push([text, site, country, sub]);
}

// --- Every provincial-level division of China: Xianyu's bare province, with suffix, a prefecture
// city alone, "province city", and eBay's English "City, Province, China".
cn('goofish', 'CN-BJ', '北京', '北京市', '北京 海淀', '北京市海淀区', '北京朝阳区');
cn('ebay', 'CN-BJ', 'Beijing, China', 'Located in: Haidian, Beijing, China', 'Peking, China');
cn('goofish', 'CN-TJ', '天津', '天津市', '天津 滨海新区');
cn('ebay', 'CN-TJ', 'Tianjin, China', 'Located in Tianjin, Tianjin, China');
cn(
  'goofish',
  'CN-HE',
  '河北',
  '河北省',
  '石家庄',
  '河北 唐山',
  '河北省保定市',
  '廊坊',
  '张家口',
  '邯郸',
  '沧州市',
);
cn('ebay', 'CN-HE', 'Hebei, China', 'Shijiazhuang, Hebei, China', 'Tangshan, China');
cn('goofish', 'CN-SX', '山西', '山西省', '太原', '山西 大同', '吕梁', '晋城市', '运城');
cn('ebay', 'CN-SX', 'Shanxi, China', 'Taiyuan, Shanxi, China', 'Datong, China');
cn(
  'goofish',
  'CN-NM',
  '内蒙古',
  '内蒙古自治区',
  '内蒙',
  '呼和浩特',
  '内蒙古 呼和浩特',
  '内蒙古 鄂尔多斯',
  '鄂尔多斯',
  '锡林郭勒',
  '锡林郭勒盟',
  '内蒙古呼和浩特市',
  '包头',
  '乌海',
  '赤峰',
  '通辽',
  '呼伦贝尔',
  '巴彦淖尔',
  '乌兰察布',
  '兴安盟',
  '阿拉善盟',
  '呼市',
  '鄂尔多斯市 准格尔旗',
  '内蒙古自治区鄂尔多斯市东胜区',
  '二连浩特',
);
cn(
  'ebay',
  'CN-NM',
  'Located in: Hohhot, Inner Mongolia, China',
  'Hohhot, China',
  'Nei Mongol, China',
  'Ordos, Inner Mongolia, China',
  'Ordos',
  'Inner Mongolia',
  'Neimenggu',
  'Baotou, Nei Mongol, China',
  'Xilinhot, Inner Mongolia, China',
  'Xilingol, China',
  'Huhehaote',
  'from Inner Mongolia, China',
);
cn('goofish', 'CN-LN', '辽宁', '辽宁省', '沈阳', '辽宁 大连', '大连市', '鞍山', '营口', '朝阳');
cn('ebay', 'CN-LN', 'Liaoning, China', 'Dalian, Liaoning, China', 'Shenyang, China');
cn('goofish', 'CN-JL', '吉林', '吉林省', '长春', '吉林 长春', '吉林市', '延边朝鲜族自治州', '延吉', '通化');
cn('ebay', 'CN-JL', 'Jilin, China', 'Changchun, Jilin, China', 'Yanji, China');
cn('goofish', 'CN-HL', '黑龙江', '黑龙江省', '哈尔滨', '黑龙江 大庆', '齐齐哈尔市', '牡丹江', '伊春');
cn('ebay', 'CN-HL', 'Heilongjiang, China', 'Harbin, Heilongjiang, China', 'Daqing, China', 'Qiqihar, China');
cn('goofish', 'CN-SH', '上海', '上海市', '上海 浦东', '上海市闵行区', '松江');
cn('ebay', 'CN-SH', 'Shanghai, China', 'Located in Shanghai, Shanghai, China', 'Pudong, Shanghai, China');
cn(
  'goofish',
  'CN-JS',
  '江苏',
  '江苏省',
  '南京',
  '江苏 苏州',
  '苏州市',
  '无锡',
  '昆山',
  '江苏省徐州市',
  '常州',
);
cn(
  'ebay',
  'CN-JS',
  'Jiangsu, China',
  'Suzhou, Jiangsu, China',
  'Nanjing, China',
  'Kunshan, China',
  'Wuxi, Jiangsu, China',
);
cn(
  'goofish',
  'CN-ZJ',
  '浙江',
  '浙江省',
  '杭州',
  '浙江 金华',
  '金华',
  '义乌',
  '宁波市',
  '温州',
  '浙江省杭州市西湖区',
  '台州',
);
cn(
  'ebay',
  'CN-ZJ',
  'Zhejiang, China',
  'Yiwu, Zhejiang, China',
  'Hangzhou, China',
  'Ningbo, China',
  'Taizhou, Zhejiang, China',
);
cn('goofish', 'CN-AH', '安徽', '安徽省', '合肥', '安徽 芜湖', '宿州', '阜阳市', '亳州');
cn('ebay', 'CN-AH', 'Anhui, China', 'Hefei, Anhui, China', 'Wuhu, China', 'Suzhou, Anhui, China');
cn('goofish', 'CN-FJ', '福建', '福建省', '福州', '福建 厦门', '泉州', '晋江', '莆田市');
cn('ebay', 'CN-FJ', 'Fujian, China', 'Xiamen, Fujian, China', 'Quanzhou, China', 'Fuzhou, Fujian, China');
cn('goofish', 'CN-JX', '江西', '江西省', '南昌', '江西 赣州', '抚州', '宜春', '上饶市');
cn('ebay', 'CN-JX', 'Jiangxi, China', 'Nanchang, Jiangxi, China', 'Ganzhou, China', 'Yichun, Jiangxi, China');
cn('goofish', 'CN-SD', '山东', '山东省', '济南', '山东 青岛', '青岛市', '临沂', '潍坊', '济宁');
cn('ebay', 'CN-SD', 'Shandong, China', 'Qingdao, Shandong, China', 'Jinan, China', 'Linyi, China');
cn('goofish', 'CN-HA', '河南', '河南省', '郑州', '河南 洛阳', '河南省郑州市', '南阳', '商丘', '濮阳');
cn('ebay', 'CN-HA', 'Henan, China', 'Zhengzhou, Henan, China', 'Luoyang, China');
cn('goofish', 'CN-HB', '湖北', '湖北省', '武汉', '湖北 宜昌', '襄阳', '十堰市', '恩施土家族苗族自治州');
cn('ebay', 'CN-HB', 'Hubei, China', 'Wuhan, Hubei, China', 'Yichang, China');
cn('goofish', 'CN-HN', '湖南', '湖南省', '长沙', '湖南 长沙', '株洲', '岳阳市', '湘西土家族苗族自治州');
cn('ebay', 'CN-HN', 'Hunan, China', 'Changsha, Hunan, China', 'Zhuzhou, China');
cn(
  'goofish',
  'CN-GD',
  '广东',
  '广东省',
  '广州',
  '广东 深圳',
  '深圳',
  '深圳市宝安区',
  '东莞',
  '佛山',
  '广东省广州市天河区',
  '汕头',
  '中山',
);
cn(
  'ebay',
  'CN-GD',
  'Guangdong, China',
  'Located in: Shenzhen, Guangdong, China',
  'Shenzhen, China',
  'Guangzhou, China',
  'Dongguan, Guangdong, China',
  'from Shenzhen, China',
  'Shenzhen',
);
cn('goofish', 'CN-GX', '广西', '广西壮族自治区', '南宁', '广西 桂林', '柳州', '玉林', '北海');
cn(
  'ebay',
  'CN-GX',
  'Guangxi, China',
  'Nanning, Guangxi, China',
  'Guilin, China',
  'Guangxi Zhuang Autonomous Region, China',
);
cn('goofish', 'CN-HI', '海南', '海南省', '海口', '海南 三亚', '三亚市', '儋州');
cn('ebay', 'CN-HI', 'Hainan, China', 'Haikou, Hainan, China', 'Sanya, China');
cn('goofish', 'CN-CQ', '重庆', '重庆市', '重庆 万州', '重庆市渝北区', '涪陵');
cn('ebay', 'CN-CQ', 'Chongqing, China', 'Chongqing, Chongqing, China', 'Chungking, China');
cn(
  'goofish',
  'CN-SC',
  '四川',
  '四川省',
  '成都',
  '四川 成都',
  '四川省成都市',
  '乐山',
  '雅安',
  '甘孜藏族自治州',
  '阿坝',
  '凉山彝族自治州',
  '康定',
  '西昌',
  '宜宾',
  '绵阳',
);
cn(
  'ebay',
  'CN-SC',
  'Sichuan, China',
  'Chengdu, Sichuan, China',
  'Chengdu, China',
  'Leshan, Sichuan, China',
  'Szechuan, China',
  "Ya'an, China",
  'Yaan, Sichuan, China',
);
cn('goofish', 'CN-GZ', '贵州', '贵州省', '贵阳', '贵州 遵义', '六盘水', '黔东南苗族侗族自治州', '黔南');
cn('ebay', 'CN-GZ', 'Guizhou, China', 'Guiyang, Guizhou, China', 'Zunyi, China');
cn(
  'goofish',
  'CN-YN',
  '云南',
  '云南省',
  '昆明',
  '云南 大理',
  '西双版纳',
  '丽江',
  '红河哈尼族彝族自治州',
  '保山',
);
cn('ebay', 'CN-YN', 'Yunnan, China', 'Kunming, Yunnan, China', 'Dali, China', 'Xishuangbanna, China');
cn('goofish', 'CN-XZ', '西藏', '西藏自治区', '拉萨', '西藏 拉萨', '日喀则', '林芝', '阿里地区');
cn(
  'ebay',
  'CN-XZ',
  'Tibet, China',
  'Lhasa, Tibet, China',
  'Xizang, China',
  'Lhasa, China',
  'Shigatse, China',
);
cn('goofish', 'CN-SN', '陕西', '陕西省', '西安', '陕西 西安', '西安市雁塔区', '榆林', '宝鸡', '咸阳');
cn('ebay', 'CN-SN', 'Shaanxi, China', "Xi'an, Shaanxi, China", 'Xian, China', 'Baoji, China');
cn('goofish', 'CN-GS', '甘肃', '甘肃省', '兰州', '甘肃 天水', '酒泉', '嘉峪关');
cn('ebay', 'CN-GS', 'Gansu, China', 'Lanzhou, Gansu, China', 'Tianshui, China');
cn(
  'goofish',
  'CN-QH',
  '青海',
  '青海省',
  '西宁',
  '青海 西宁',
  '海西蒙古族藏族自治州',
  '格尔木',
  '青海 海南',
  '青海省海南藏族自治州',
  '玉树',
);
cn(
  'ebay',
  'CN-QH',
  'Qinghai, China',
  'Xining, Qinghai, China',
  'Golmud, China',
  'Hainan Prefecture, Qinghai, China',
);
cn('goofish', 'CN-NX', '宁夏', '宁夏回族自治区', '银川', '宁夏 银川', '石嘴山', '中卫');
cn('ebay', 'CN-NX', 'Ningxia, China', 'Yinchuan, Ningxia, China', 'Zhongwei, China');
cn(
  'goofish',
  'CN-XJ',
  '新疆',
  '新疆维吾尔自治区',
  '乌鲁木齐',
  '新疆 乌鲁木齐',
  '克拉玛依',
  '昌吉回族自治州',
  '伊犁',
  '哈密',
  '准东',
  '库尔勒',
  '喀什',
  '博尔塔拉蒙古自治州',
  '巴音郭楞蒙古自治州',
);
cn(
  'ebay',
  'CN-XJ',
  'Xinjiang, China',
  'Urumqi, Xinjiang, China',
  'Urumqi, China',
  'Karamay, China',
  'Kashgar, Xinjiang, China',
  'Hami, China',
  'Wulumuqi',
);
cn('goofish', 'CN-TW', '台湾', '臺灣', '台北', '台湾 高雄');
cn('goofish', 'CN-HK', '香港', '香港特别行政区', '香港 九龙');
cn('goofish', 'CN-MO', '澳门', '澳門');
cn('taobao', 'CN-GD', '广东 深圳', '广东 广州');
cn('taobao', 'CN-ZJ', '浙江 杭州', '浙江 金华');
cn('taobao', 'CN-BJ', '北京');
cn('1688', 'CN-SC', '四川 成都');
cn(
  'goofish',
  'CN-NM',
  'IP属地：内蒙古',
  '发货地 内蒙古 鄂尔多斯',
  '内蒙古·鄂尔多斯',
  '内蒙古/包头',
  '内蒙古, 赤峰',
);
cn('goofish', 'CN-SC', '四川成都 武侯区', '成都市高新区', '四川 成都 双流');

// --- Name clashes: a province beats a same-named city unless the province is named too;
// English names shared by two prefectures leave only the country.
cn('goofish', 'CN-JS', '江苏 泰州', '泰州');
cn('goofish', 'CN-ZJ', '浙江 台州');
at('ebay', 'CN', null, 'Suzhou, China', 'Taizhou, China', 'Fuzhou, China', 'Yichun, China', 'Yulin, China');
at(
  'ebay',
  'CN',
  null,
  'from China',
  'China',
  'Located in China',
  'Located in: China',
  'aus China',
  'Standort: China',
  'Chine',
  'Cina',
  'Provenance : Chine',
  'da Cina',
  'desde China',
  'Mainland China',
  'P.R. China',
  "People's Republic of China",
  'Somewhere, China',
  'Best Seller Shop, China',
);
at('goofish', 'CN', null, '中国', '中国大陆');

// --- Hong Kong, Taiwan and Macao: their own country on eBay, CN-xx on Xianyu.
at(
  'ebay',
  'HK',
  null,
  'Hong Kong',
  'from Hong Kong',
  'Located in Hong Kong',
  'Kowloon, Hong Kong',
  'Located in: Kowloon, Hong Kong',
  'Hong Kong, Hong Kong',
  'Hongkong',
  'Hong Kong, China',
  'Tsuen Wan, Hong Kong',
  'Mong Kok, Kowloon, Hong Kong',
  '香港',
);
at('ebay', 'TW', null, 'Taiwan', 'from Taiwan', 'Taipei, Taiwan', 'Located in Kaohsiung, Taiwan');
at('ebay', 'MO', null, 'Macau', 'Macao');
cn('goofish', 'CN-HK', 'Hong Kong');

// --- eBay US: "Located in City, State, Country", "from Country", abbreviations next to a city.
at(
  'ebay',
  'US',
  'US-OK',
  'Located in Tulsa, Oklahoma, United States',
  'Tulsa, Oklahoma, United States',
  'Tulsa, OK',
  'Tulsa, OK, United States',
  'Tulsa, OK 74101',
  'Oklahoma, United States',
);
at(
  'ebay',
  'US',
  'US-TX',
  'Located in Austin, Texas, United States',
  'Houston, TX',
  'Texas, United States',
  'Dallas, Texas, USA',
  'Rockdale, Texas',
);
at(
  'ebay',
  'US',
  'US-CA',
  'Los Angeles, California, United States',
  'San Jose, CA',
  'Located in San Diego, California, United States',
  'California, USA',
);
at(
  'ebay',
  'US',
  'US-NY',
  'Brooklyn, New York, United States',
  'New York, NY',
  'Buffalo, NY 14201, United States',
);
at(
  'ebay',
  'US',
  'US-WA',
  'Seattle, Washington, United States',
  'Spokane, WA, United States',
  'Wenatchee, Washington, USA',
);
at('ebay', 'US', 'US-GA', 'Atlanta, Georgia, United States', 'Dalton, GA');
at('ebay', 'US', 'US-FL', 'Miami, Florida, United States', 'Tampa, FL');
at('ebay', 'US', 'US-NJ', 'Newark, New Jersey, United States');
at('ebay', 'US', 'US-ND', 'Williston, North Dakota, United States');
at('ebay', 'US', 'US-KY', 'Louisville, Kentucky, United States');
at('ebay', 'US', 'US-WY', 'Cheyenne, Wyoming, United States');
at('ebay', 'US', 'US-PA', 'Pittsburgh, Pennsylvania, United States');
at('ebay', 'US', 'US-NV', 'Las Vegas, Nevada, United States');
at('ebay', 'US', 'US-AZ', 'Phoenix, Arizona, United States');
at('ebay', 'US', 'US-OH', 'Columbus, Ohio, United States');
at(
  'ebay',
  'US',
  'US-DC',
  'Washington, District of Columbia, United States',
  'Washington, DC',
  'Washington, DC, United States',
);
at('ebay', 'US', 'US-WA', 'Washington, United States', 'Seattle, Washington');
at(
  'ebay',
  'US',
  null,
  'from United States',
  'United States',
  'Located in United States',
  'USA',
  'Springfield, United States',
  'Vereinigte Staaten',
  'aus Vereinigte Staaten',
  'États-Unis',
  'Stati Uniti',
  'Estados Unidos',
);

// --- Canada, Australia, the UK
at(
  'ebay',
  'CA',
  'CA-ON',
  'Toronto, Ontario, Canada',
  'Located in Ottawa, Ontario, Canada',
  'Mississauga, ON, Canada',
  'Toronto, Canada',
  'Ontario, Canada',
);
at('ebay', 'CA', 'CA-QC', 'Montréal, Québec, Canada', 'Montreal, QC, Canada', 'Quebec, Canada');
at('ebay', 'CA', 'CA-BC', 'Vancouver, British Columbia, Canada', 'Kelowna, BC, Canada');
at('ebay', 'CA', 'CA-AB', 'Calgary, Alberta, Canada', 'Edmonton, AB, Canada');
at('ebay', 'CA', 'CA-MB', 'Winnipeg, Manitoba, Canada');
at('ebay', 'CA', null, 'from Canada', 'Canada', 'Kanada');
at(
  'ebay',
  'AU',
  'AU-NSW',
  'Sydney, NSW, Australia',
  'Sydney, New South Wales, Australia',
  'Located in Sydney, Australia',
);
at('ebay', 'AU', 'AU-VIC', 'Melbourne, VIC, Australia', 'Melbourne, Victoria, Australia');
at('ebay', 'AU', 'AU-QLD', 'Brisbane, QLD, Australia', 'Gold Coast, Queensland, Australia');
at('ebay', 'AU', 'AU-WA', 'Perth, WA, Australia', 'Perth, Western Australia, Australia', 'Perth, WA');
at('ebay', 'AU', 'AU-SA', 'Adelaide, SA, Australia');
at('ebay', 'AU', 'AU-TAS', 'Hobart, TAS, Australia');
at('ebay', 'AU', null, 'from Australia', 'Australia');
at(
  'ebay-uk',
  'GB',
  'GB-ENG',
  'London, United Kingdom',
  'Located in Manchester, United Kingdom',
  'Birmingham, West Midlands, United Kingdom',
  'Leeds, UK',
  'Kent, United Kingdom',
  'England',
  'London, England, United Kingdom',
  'Bristol, United Kingdom',
);
at('ebay-uk', 'GB', 'GB-SCT', 'Glasgow, United Kingdom', 'Edinburgh, Scotland', 'Aberdeen, UK');
at('ebay-uk', 'GB', 'GB-WLS', 'Cardiff, United Kingdom', 'Swansea, Wales');
at('ebay-uk', 'GB', 'GB-NIR', 'Belfast, United Kingdom', 'Belfast, Northern Ireland');
at(
  'ebay-uk',
  'GB',
  null,
  'from United Kingdom',
  'United Kingdom',
  'Great Britain',
  'Royaume-Uni',
  'Regno Unito',
  'Vereinigtes Königreich',
);

// --- Germany (ebay.de in German), France, Italy, Spain
at(
  'ebay-de',
  'DE',
  'DE-BE',
  'Standort: Berlin, Deutschland',
  'Berlin, Deutschland',
  'Berlin, Germany',
  '10115 Berlin, Deutschland',
  'Berlin',
);
at(
  'ebay-de',
  'DE',
  'DE-BY',
  'München, Deutschland',
  'Muenchen, Deutschland',
  'Munich, Germany',
  'Nürnberg, Bayern, Deutschland',
  'Augsburg, Deutschland',
  'Bayern, Deutschland',
);
at(
  'ebay-de',
  'DE',
  'DE-NW',
  'Köln, Deutschland',
  'Düsseldorf, Nordrhein-Westfalen, Deutschland',
  'Dortmund, Deutschland',
  'Essen, Deutschland',
  'Cologne, Germany',
);
at('ebay-de', 'DE', 'DE-HE', 'Frankfurt am Main, Deutschland', 'Wiesbaden, Hessen, Deutschland');
at('ebay-de', 'DE', 'DE-HH', 'Hamburg, Deutschland', 'Standort: Hamburg, Deutschland');
at('ebay-de', 'DE', 'DE-SN', 'Leipzig, Deutschland', 'Dresden, Sachsen, Deutschland');
at('ebay-de', 'DE', 'DE-BW', 'Stuttgart, Baden-Württemberg, Deutschland', 'Mannheim, Deutschland');
at('ebay-de', 'DE', 'DE-NI', 'Hannover, Niedersachsen, Deutschland');
at('ebay-de', 'DE', 'DE-TH', 'Erfurt, Thüringen, Deutschland');
at(
  'ebay-de',
  'DE',
  null,
  'aus Deutschland',
  'Deutschland',
  'Germany',
  'Allemagne',
  'Germania',
  'Alemania',
  'Artikelstandort: Deutschland',
);
at('ebay-de', 'CN', null, 'aus China', 'Standort: China');
at('ebay-de', 'CN', 'CN-GD', 'Shenzhen, China', 'Standort: Shenzhen, Guangdong, China');
at('ebay-fr', 'FR', null, 'Paris, France', "Lieu où se trouve l'objet : Lyon, France", 'France');
at('ebay-fr', 'CN', null, 'Chine', 'Provenance : Chine');
at('ebay-it', 'IT', null, 'Milano, Italia', 'Italia', 'Roma, Italia');
at('ebay-it', 'CN', 'CN-GD', 'Shenzhen, Cina');
at('ebay-es', 'ES', null, 'Madrid, España', 'España', 'Barcelona, Spain');
at('ebay-es', 'CN', 'CN-GD', 'Shenzhen, China');

// --- Russia: Avito as it prints addresses, and eBay in English
at(
  'avito',
  'RU',
  'RU-MOW',
  'Москва',
  'Москва, м. Щукинская',
  'г. Москва',
  'Москва, ул. Ленина, 5',
  'Зеленоград',
);
at('avito', 'RU', 'RU-SPE', 'Санкт-Петербург', 'Санкт-Петербург, Невский р-н', 'СПб', 'Питер', 'Колпино');
at(
  'avito',
  'RU',
  'RU-MOS',
  'Московская область, Химки',
  'Химки',
  'Балашиха',
  'Подольск',
  'Московская обл.',
  'Мытищи',
);
at(
  'avito',
  'RU',
  'RU-IRK',
  'Иркутск',
  'Иркутская область, Братск',
  'Братск',
  'Ангарск',
  'Иркутская обл., Усолье-Сибирское',
  'Иркутская область',
);
at('avito', 'RU', 'RU-KYA', 'Красноярск', 'Красноярский край, Норильск', 'Норильск');
at('avito', 'RU', 'RU-NVS', 'Новосибирск', 'Новосибирская область, Бердск');
at('avito', 'RU', 'RU-SVE', 'Екатеринбург', 'Свердловская область, Нижний Тагил');
at('avito', 'RU', 'RU-TA', 'Казань', 'Набережные Челны', 'Республика Татарстан', 'Татарстан, Казань');
at('avito', 'RU', 'RU-KDA', 'Краснодар', 'Сочи', 'Краснодарский край, Новороссийск');
at('avito', 'RU', 'RU-KK', 'Абакан', 'Саяногорск', 'Республика Хакасия, Абакан');
at('avito', 'RU', 'RU-KEM', 'Кемерово', 'Новокузнецк');
at('avito', 'RU', 'RU-BA', 'Уфа');
at('avito', 'RU', 'RU-NIZ', 'Нижний Новгород');
at('avito', 'RU', 'RU-ROS', 'Ростов-на-Дону');
at('avito', 'RU', 'RU-PRI', 'Владивосток');
at('avito', 'RU', 'RU-CHE', 'Челябинск', 'Магнитогорск');
at('avito', 'RU', 'RU-SAM', 'Самара', 'Тольятти');
at('avito', 'RU', 'RU-PER', 'Пермь');
at('avito', 'RU', 'RU-KHM', 'Сургут');
at('avito', 'RU', 'RU-ORL', 'Орёл', 'Орел');
at('ebay', 'RU', 'RU-MOW', 'Moscow, Russia', 'Moscow, Russian Federation', 'Located in Moscow, Russia');
at(
  'ebay',
  'RU',
  'RU-SPE',
  'Saint Petersburg, Russia',
  'St. Petersburg, Russian Federation',
  'St Petersburg, Russia',
);
at('ebay', 'RU', 'RU-IRK', 'Irkutsk, Russia', 'Bratsk, Irkutsk Oblast, Russia');
at('ebay', 'RU', null, 'from Russia', 'Russian Federation', 'Russland', 'Россия');

// --- Kazakhstan
at('ebay', 'KZ', 'KZ-75', 'Almaty, Kazakhstan', 'Алматы');
at('ebay', 'KZ', 'KZ-71', 'Astana, Kazakhstan', 'Астана');
at('ebay', 'KZ', 'KZ-55', 'Ekibastuz, Kazakhstan', 'Экибастуз', 'Pavlodar, Kazakhstan');
at('ebay', 'KZ', 'KZ-35', 'Karaganda, Kazakhstan');
at('ebay', 'KZ', 'KZ-79', 'Shymkent, Kazakhstan');
at('ebay', 'KZ', null, 'from Kazakhstan', 'Kazakhstan', 'Казахстан', 'Kasachstan');
at('avito', 'KZ', 'KZ-75', 'Алматы');

// --- Other countries: the country alone is certain
at('ebay', 'JP', null, 'Tokyo, Japan', 'from Japan', 'Japan');
at('ebay', 'KR', null, 'Seoul, South Korea', 'Korea, South');
at('ebay', 'UA', null, 'Kyiv, Ukraine');
at('ebay', 'NL', null, 'Amsterdam, Netherlands');
at('ebay', 'PY', null, 'Asunción, Paraguay');
at('ebay', 'ET', null, 'Addis Ababa, Ethiopia');
at('ebay', 'MY', null, 'Kuala Lumpur, Malaysia');

// --- Nothing certain: nicknames, shop names, bare abbreviations, junk
at(
  'ebay',
  null,
  null,
  'CA',
  'WA',
  'NSW',
  'GA',
  'cryptoking88',
  'BigMiner Store',
  'Worldwide',
  'Free returns',
  'Located in',
  'from',
  '',
);
at(
  'goofish',
  null,
  null,
  '老王',
  '矿机小王',
  '成都小王',
  '北京哥',
  '闲鱼用户',
  '矿工之家',
  '芝麻信用极好',
  '12人想要',
  '东方',
  '阿里',
  '兴安',
  '未知',
  'abc',
  '🙂',
  '   ',
);
at('avito', null, null, 'м. Щукинская', 'Иван', 'Частное лицо', 'Компания');

// --- Texts without commas, labels with typographic apostrophes, handles that contain a place name
cn(
  'ebay',
  'CN-GD',
  'Shenzhen China',
  'Item location: Shenzhen, Guangdong, China',
  'Ships from Shenzhen, Guangdong, China',
);
cn(
  'ebay',
  'CN-NM',
  'Hohhot Inner Mongolia China',
  'Inner Mongolia Autonomous Region, China',
  'Hohhot City, Inner Mongolia, China',
);
cn('ebay', 'CN-SC', 'Chengdu Shi, Sichuan Sheng, China', 'Sichuan Province, China');
at('ebay-de', 'DE', 'DE-BE', 'Berlin Deutschland');
at('avito', 'RU', 'RU-MOW', 'Москва Россия', 'Россия, Москва');
at('ebay-fr', 'FR', null, 'Lieu où se trouve l’objet : Lyon, France');
at('ebay-it', 'IT', null, 'Luogo in cui si trova l’oggetto: Milano, Italia');
at('ebay', 'GB', 'GB-SCT', 'Perth, Scotland');
at('ebay', 'CA', 'CA-ON', 'London, Ontario, Canada');
at('ebay', 'US', 'US-ID', 'Moscow, Idaho, United States');
at('ebay', 'US', 'US-AL', 'Birmingham, Alabama, United States');
at('ebay', null, null, 'Shenzhen888', 'China Miner Shop', 'Moscow2024', 'BerlinMiner');
at('goofish', null, null, '深圳888', '内蒙古矿工');

export const REGION_CASES: readonly RegionCase[] = cases;
