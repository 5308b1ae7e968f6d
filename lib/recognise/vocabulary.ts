/**
 * The words that decide what a title is about (../shared/reference/vendors.md, marketplaces.md
 * §10), in Chinese, English and Russian. All patterns run on normalised (lower-case) text, are
 * compiled once, and are linear: alternations of literals, no nested quantifiers.
 */

/** Words that tie a title to crypto mining at all. */
export const MINING_CONTEXT =
  /矿机|矿场|矿池|挖矿|算力|miner|mining|asic|асик|майнер|майнинг|btc|比特币|ltc|莱特币|doge|狗狗币|以太|卡斯帕|零币|kaspa|\bkas\b|\bkda\b|kadena|\bckb\b|\bzec\b|\balph\b|scrypt|sha-?256|etchash|kheavyhash|equihash|hashrate|hash rate|bitcoin|litecoin|dogecoin|хешрейт/;

/** A complete machine; cancels accessory words like "PSU" in "S19 整机 电源". */
export const WHOLE_MACHINE =
  /整机|complete (?:unit|machine|miner)|full (?:unit|machine)|mining rig|ready to mine/;

/** Words that make a bare model code ("S21", "M50") mean a phone, a camera, ... rather than a miner. */
export const OTHER_PRODUCT =
  /手机|phone|galaxy|三星|samsung|相机|camera|canon|佳能|镜头|lens|nikon|尼康|索尼|sony|富士|fujifilm|耳机|手表|watch|汽车|\bcar\b|平板|tablet|笔记本|laptop|内存|\bssd\b|显示器|monitor|路由器|router|(?<![静隔噪])音箱|speaker|телефон|смартфон|фотоаппарат|摩托|motorcycle|bike|自行车|鼠标|键盘|keyboard|gaming|游戏|игров|台式|desktop|电脑|компьютер|\bpc\b/;

/** Other meanings of 矿 / mining (mineral water, miner's lamp, gold pans, Minecraft, merchandise). */
export const OTHER_MEANING =
  /矿泉水|矿灯|矿石|矿物|矿山|矿用|矿工帽|矿业|采矿|选矿|破碎机|挖掘机|excavator|drill bit|rock drill|钻头|mining truck|安全帽|gold pan|gold mining|panning|pickaxe|minecraft|我的世界|t-?shirt|tee shirt|t恤|卫衣|hoodie|\bhat\b|\bcaps?\b|embroider|jacket|apparel|socks|футболк|толстовк|\bmug\b|马克杯|sticker|贴纸|keychain|钥匙扣|纪念币|commemorative|手办|poster|海报|\bbook\b|书籍|模型|model kit|miniature|figurine|lego|乐高|костюм|cosplay|儿童|玩具|\btoy\b|helmet|headlamp|头灯|каска|lamp|lantern|coal|gold miner|miner'?s (?:hat|lamp|helmet)|simulator|模拟器/;

/** Wanted ads: someone buying. 收 alone is handled by {@link WANTED_SHOU}. */
export const WANTED =
  /回收|求购|收购|诚收|高价收|大量收|长期收|专业收|现金收|上门收|批量收|常年收|全国收|急收|[都全]收|想买|想收|高价求|大量求|诚求|急求|we buy|(?:^|\s)iso[\s:]|in search of|seeking|\bin need of|\bbuying\b|\bwtb\b|(?<!buyers? )\bwanted\b|want to buy|looking to buy|looking for|we purchase|purchasing|cash for|we pay|pay top|top price paid|top dollar|куплю|покупаю|покупаем|скупка|скупаем|выкуп|купим|приобрету|приобретём|ищу|нужн[аоы](?![а-я])/;

// 收 as "buy" stands at the start of a phrase; inside 收藏, 收到, 收益, 收货 ... it means something else.
/** A standalone 收 or 求 (we buy, looking for) at the start of the title or a phrase. */
export const WANTED_SHOU =
  /(?:^|[\s,，、。.!！|/【】[\]()（）:：;；])(?:收(?![藏到货款费益入纳拾缩音银据割官尾听件益取录回本])|求(?![职学助救婚租]))/;

/** "For parts": a broken or stripped machine is priced like its parts. */
export const FOR_PARTS =
  /for parts|parts only|parts or repair|needs? repair|not working|не работает|non-working|untested|на запчасти|не ?рабоч|неисправ|配件机|拆件|坏机|故障机|不开机|报废/;

/** Services: hosting, repair, rental, cloud hashrate, tutorials. */
export const SERVICE =
  /托管|hosting|维修|修理|repair|ремонт|租赁|出租|rental|for rent|\brent\b|\blease\b|cloud mining|云算力|算力合约|教程|tutorial|хостинг|размещение|аренд|代挂|运维|维护|代刷|刷机服务|矿场建设|colocation|\bcolo\b|firmware|固件升级|\bservices?\b|清灰|保养(?!得|良好|很好)|代运|运输服务|矿机运输|矿机物流|logistics|оформлени|setup guide|\bguides?\b|\bcourses?\b|课程|обучени|mining contract|setup service|installation service|maintenance|обслуживание|настройк|прошивк/;

/** Phrases that mention a service word but describe a machine for sale ("可托管", "no repairs"). */
export const SERVICE_DESCRIPTOR =
  /可托管|支持托管|包托管|送托管|免费托管|托管中|在托管|可代托管|可以托管|托管机|托管的|托管在|hosting available|hosting included|with hosting|free hosting|hosted|[无未没不]维修|维修过|维修好|修好|[无未没不]修|no repairs?|never repaired|repaired|保修|after-?sales? service|warranty service|售后服务|包售后/g;

/** Parts and accessories sold on their own. */
export const PART =
  /电源|psu|apw\s?\d+|power suppl(?:y|ies)|блок питания|(?<![а-я])бп(?![а-я])|算力板|hash\s?boards?|хеш\s?плат|хэш\s?плат|хешборд|хэшборд|控制板|control\s?boards?|controller|контрольн[а-я]* плат|плата управления|风扇|\bfans?\b|кулер|вентилятор|散热器|散热片|heatsink|机箱|架子|矿架|机架|\bframe\b|chassis|housing|корпус|静音箱|隔音箱|降噪箱|静音柜|隔音柜|机柜|enclosure|soundproof|silent box|silencer|noise reduction|静音罩|隔音罩|шумобокс|шумоизол|(?<![а-я])бокс|包装箱|纸箱|box only|empty box|коробка|芯片|\bchips?\b|配件|spare parts|\bparts\b|запчаст|主板|motherboard|riser|转接卡|网线|电源线|power cord|\bcables?\b|\bpdu\b|测试架|tester|导风罩|shroud|\brack\b|shelf|shelving|стеллаж|стойка|\btank\b|dry cooler|radiator|water block|冷板|油冷箱|浸没箱|排线|转接板|数据线|beaglebone|dust filter|防尘网|传感器|\bsensors?\b|说明书|\bmanuals?\b|螺丝|\bscrews?\b|thermal paste|\bgrease\b|硅脂|导热|散热膏|\bgrill\b|fan guard|shipping box|box\s?\(?empty|外包装/g;

/** Before a part word: it comes with the machine ("带电源", "w/ PSU", "+ APW12", "с БП"). */
export const ACCESSORY_BEFORE =
  /(?:带|含|配|送|附|加|连|包括|包含|自带|有|和|及|无|没有|缺|少|换|(?<![+a-z0-9])[+&]|with|w\/o?|incl(?:\.|uded|udes|uding)?\s?:?|plus|and|\bno|without|(?:^|\s)с|(?:^|\s)и|без)\s*(?:\d+\s?个|[\u4e00-\u9fff]{1,3})?\s*[(（]?\s*$/;

/** After a part word: a state or "included", so the part describes the machine ("电源正常"). */
export const STATE_AFTER =
  /^\s*(?:正常|完好|齐全|全好|都好|良好|好|没问题|无问题|好用|在内|一体|已换|新换|另配|另购|另算|单独|not included|included|incl|в комплекте|включ)/;

/** A part's fault, said of the machine it sits in ("one hashboard weak", "一块板掉算力"). */
export const FAULT_AFTER =
  /^\s*(?:weak|dead|down|missing|not hashing|bad|faulty|坏|掉|不亮|异常|не работает)/;

/** English states that only a loose accessory takes ("fans replaced"); a "hashboard, working" is sold. */
export const SOFT_STATE_AFTER = /^\s*(?:ok\b|working|good|replaced|new\b)/;

/** Accessories that come with a machine as often as alone (PSU, fans, cables). */
export const SOFT_PART =
  /^(?:电源|psu|apw|power supply|блок питания|бп|风扇|fans?|кулер|вентилятор|cables?|power cord|电源线|网线|parts|配件|запчаст)/;

/** A part word followed by what it fits is the item itself ("frame for 8 GPU", "风扇 适用S19"). */
export const PART_HEAD_FOR = /^\s*(?:for\b(?!\s*sale)|для|适用|适配|用于)/;

/**
 * Anything sold *for* a miner is not the miner ("Cover for Antminer S9", "Stand for S19",
 * "适用于蚂蚁S19", "для асика"); "for sale", "for Bitcoin", "for home" name no machine.
 */
export const ACCESSORY_FOR =
  /(?:^|[\s,(（])(?:for|для|适用于?|适配|专用于?)\s?(?:the\s|your\s)?(?:bitmain|antminer|whatsminer|avalon|canaan|innosilicon|goldshell|iceriver|蚂蚁|神马|阿瓦隆|асик|asic|майнер|miners?\b|矿机|[a-z]{1,2}\d)/;

/** Buying a part *for* a machine ("APW12 for Antminer", "适用于蚂蚁S19"). */
export const PART_FOR =
  /(?:\bfor|适用于?|适配|用于|专用|для)\s*(?:antminer|whatsminer|avalon|bitmain|蚂蚁|神马|阿瓦隆|s\d|m\d|l\d)/;

/** Graphics-card words (a single card is a part; several in one machine are a GPU rig). */
export const GPU_WORD =
  /显卡|矿卡|rtx\s?\d|gtx\s?\d|\brx\s?\d{3,4}|radeon|geforce|nvidia|\bgpus?\b|graphics card|video card|видеокарт|\bcmp\s?\d{2,3}|\bp10[246]\b|\d{4}\s?ti\b|[an]卡/;

/** How many cards a GPU machine holds: "6卡", "8 GPU", "6x RTX 3070", "3070 x6", "6 видеокарт". */
export const GPU_COUNT =
  /(\d{1,2})\s?(?:卡|路|gpus?\b|карт|видеокарт|x\s?(?:rtx|gtx|rx|radeon|geforce|nvidia|cmp|p10|[1-9]\d{3}\b|显卡)|[×*]\s?(?:rtx|gtx|rx|[1-9]\d{3}\b))|(?:rtx|gtx|rx|(?<![\d.])[1-9]\d{2})\s?\d{0,4}(?:\s?ti)?\s?[x×*]\s?(\d{1,2})(?!\d)/;

/** With a card count, a GPU machine rather than loose cards ("6卡矿机", "8 GPU rig"). */
export const GPU_RIG_WORD = /矿机|整机|主机|\brigs?\b|mining machine|ферма|(?<![а-я])риг/;

/** Even without a count, a complete GPU machine ("3060ti 显卡 整机", "RTX mining rig"). */
export const GPU_COMPLETE = /整机|mining rig|\brig\b|ферма|(?<![а-я])риг/;

/** A part named by compound with 矿机 ("矿机电源", "显卡矿机主板", "矿机架子"). */
export const RIG_PART_COMPOUND =
  /矿机(?:电源|主板|风扇|机箱|机架|架子|控制板|算力板|配件|静音箱|隔音箱|静音柜|芯片|散热)|(?:rig|mining)\s(?:frame|case|chassis)/;
