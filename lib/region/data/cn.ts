/**
 * China's provincial-level divisions (ISO 3166-2:CN, current alpha codes) and their prefecture-level
 * cities, plus the county-level cities and districts sellers commonly show.
 *
 * One line per division: `CODE|中文名/别名|English/pinyin/other spelling|cities`. Cities are
 * `中文/别名=English/pinyin` joined by `,`; a leading `~` marks a county-level place or district
 * (it loses to a prefecture of the same name). The English name is the pinyin unless a
 * conventional name exists (Hohhot, Urumqi), in which case both are listed.
 */
export const CN_DATA = `BJ|北京/北京市|Beijing/Peking|~海淀=Haidian,~丰台=Fengtai,~昌平=Changping,~大兴=Daxing,~顺义=Shunyi,~房山=Fangshan,~怀柔=Huairou,~密云=Miyun,~延庆=Yanqing,~门头沟=Mentougou,~平谷=Pinggu,~石景山=Shijingshan,~东城=Dongcheng,~西城=Xicheng,~朝阳区
TJ|天津|Tianjin|~滨海新区=Binhai,~武清=Wuqing,~宝坻=Baodi,~静海=Jinghai,~西青=Xiqing,~津南=Jinnan,~北辰=Beichen
HE|河北|Hebei|石家庄=Shijiazhuang,唐山=Tangshan,秦皇岛=Qinhuangdao,邯郸=Handan,邢台=Xingtai,保定=Baoding,张家口=Zhangjiakou,承德=Chengde,沧州=Cangzhou,廊坊=Langfang,衡水=Hengshui,~雄安=Xiong'an,~定州=Dingzhou,~辛集=Xinji,~三河=Sanhe,~燕郊=Yanjiao,~涿州=Zhuozhou,~任丘=Renqiu
SX|山西|Shanxi|太原=Taiyuan,大同=Datong,阳泉=Yangquan,长治=Changzhi,晋城=Jincheng,朔州=Shuozhou,晋中=Jinzhong,运城=Yuncheng,忻州=Xinzhou,临汾=Linfen,吕梁=Lvliang/Luliang,~孝义=Xiaoyi,~介休=Jiexiu
NM|内蒙古/内蒙|Inner Mongolia/Nei Mongol/Neimenggu/Nei Menggu/Innere Mongolei/Mongolie-Intérieure/Mongolia Interna/Mongolia Interior|呼和浩特/呼市=Hohhot/Huhehaote/Huhhot,包头=Baotou,乌海=Wuhai,赤峰=Chifeng,通辽=Tongliao,鄂尔多斯=Ordos/Eerduosi,呼伦贝尔=Hulunbuir/Hulunbeier,巴彦淖尔=Bayannur/Bayannaoer,乌兰察布=Ulanqab/Wulanchabu,兴安盟=Hinggan/Xing'an League,锡林郭勒=Xilingol/Xilinguole,阿拉善=Alxa/Alashan,~满洲里=Manzhouli,~二连浩特=Erenhot/Erlianhaote,~锡林浩特=Xilinhot/Xilinhaote,~乌兰浩特=Ulanhot/Wulanhaote,~霍林郭勒=Huolinguole/Holingol,~准格尔=Jungar/Zhungeer,~达拉特=Dalad/Dalate,~伊金霍洛=Ejin Horo/Yijinhuoluo,~海拉尔=Hailar/Hailaer,~扎兰屯=Zhalantun,~牙克石=Yakeshi,~额尔古纳=Ergun/Eerguna,~丰镇=Fengzhen,~托克托=Togtoh/Tuoketuo,~和林格尔=Horinger/Helingeer,~乌审=Uxin/Wushen,~鄂托克=Otog/Etuoke,~东胜=Dongsheng,~康巴什=Kangbashi
LN|辽宁|Liaoning|沈阳=Shenyang,大连=Dalian,鞍山=Anshan,抚顺=Fushun,本溪=Benxi,丹东=Dandong,锦州=Jinzhou,营口=Yingkou,阜新=Fuxin,辽阳=Liaoyang,盘锦=Panjin,铁岭=Tieling,朝阳=Chaoyang,葫芦岛=Huludao,~瓦房店=Wafangdian
JL|吉林|Jilin/Kirin|长春=Changchun,吉林=Jilin,四平=Siping,辽源=Liaoyuan,通化=Tonghua,白山=Baishan,松原=Songyuan,白城=Baicheng,延边=Yanbian,~延吉=Yanji,~珲春=Hunchun
HL|黑龙江|Heilongjiang|哈尔滨=Harbin/Haerbin,齐齐哈尔=Qiqihar/Qiqihaer,鸡西=Jixi,鹤岗=Hegang,双鸭山=Shuangyashan,大庆=Daqing,伊春=Yichun,佳木斯=Jiamusi,七台河=Qitaihe,牡丹江=Mudanjiang,黑河=Heihe,绥化=Suihua,大兴安岭=Da Hinggan Ling/Daxinganling,~绥芬河=Suifenhe,~漠河=Mohe
SH|上海/上海市|Shanghai|~浦东=Pudong,~闵行=Minhang,~松江=Songjiang,~嘉定=Jiading,~宝山区,~青浦=Qingpu,~奉贤=Fengxian,~金山区,~崇明=Chongming,~徐汇=Xuhui,~静安=Jing'an,~黄浦=Huangpu,~长宁=Changning,~虹口=Hongkou,~杨浦=Yangpu
JS|江苏|Jiangsu|南京=Nanjing/Nanking,无锡=Wuxi,徐州=Xuzhou,常州=Changzhou,苏州=Suzhou,南通=Nantong,连云港=Lianyungang,淮安=Huai'an,盐城=Yancheng,扬州=Yangzhou,镇江=Zhenjiang,泰州=Taizhou,宿迁=Suqian,~昆山=Kunshan,~江阴=Jiangyin,~常熟=Changshu,~张家港=Zhangjiagang,~宜兴=Yixing,~太仓=Taicang,~丹阳=Danyang,~溧阳=Liyang,~邳州=Pizhou
ZJ|浙江|Zhejiang|杭州=Hangzhou,宁波=Ningbo,温州=Wenzhou,嘉兴=Jiaxing,湖州=Huzhou,绍兴=Shaoxing,金华=Jinhua,衢州=Quzhou,舟山=Zhoushan,台州=Taizhou,丽水=Lishui,~义乌=Yiwu,~慈溪=Cixi,~余姚=Yuyao,~乐清=Yueqing,~瑞安=Rui'an,~诸暨=Zhuji,~海宁=Haining,~桐乡=Tongxiang,~永康=Yongkang,~东阳=Dongyang,~温岭=Wenling,~萧山=Xiaoshan,~余杭=Yuhang
AH|安徽|Anhui|合肥=Hefei,芜湖=Wuhu,蚌埠=Bengbu,淮南=Huainan,马鞍山=Ma'anshan,淮北=Huaibei,铜陵=Tongling,安庆=Anqing,黄山=Huangshan,滁州=Chuzhou,阜阳=Fuyang,宿州=Suzhou,六安=Lu'an,亳州=Bozhou,池州=Chizhou,宣城=Xuancheng
FJ|福建|Fujian|福州=Fuzhou,厦门=Xiamen/Amoy,莆田=Putian,三明=Sanming,泉州=Quanzhou,漳州=Zhangzhou,南平=Nanping,龙岩=Longyan,宁德=Ningde,~晋江=Jinjiang,~石狮=Shishi,~福清=Fuqing,~南安=Nan'an
JX|江西|Jiangxi|南昌=Nanchang,景德镇=Jingdezhen,萍乡=Pingxiang,九江=Jiujiang,新余=Xinyu,鹰潭=Yingtan,赣州=Ganzhou,吉安=Ji'an,宜春=Yichun,抚州=Fuzhou,上饶=Shangrao
SD|山东|Shandong|济南=Jinan,青岛=Qingdao/Tsingtao,淄博=Zibo,枣庄=Zaozhuang,东营=Dongying,烟台=Yantai,潍坊=Weifang,济宁=Jining,泰安=Tai'an,威海=Weihai,日照=Rizhao,临沂=Linyi,德州=Dezhou,聊城=Liaocheng,滨州=Binzhou,菏泽=Heze,~寿光=Shouguang,~即墨=Jimo,~胶州=Jiaozhou,~龙口=Longkou
HA|河南|Henan|郑州=Zhengzhou,开封=Kaifeng,洛阳=Luoyang,平顶山=Pingdingshan,安阳=Anyang,鹤壁=Hebi,新乡=Xinxiang,焦作=Jiaozuo,濮阳=Puyang,许昌=Xuchang,漯河=Luohe,三门峡=Sanmenxia,南阳=Nanyang,商丘=Shangqiu,信阳=Xinyang,周口=Zhoukou,驻马店=Zhumadian,济源=Jiyuan,~巩义=Gongyi,~新郑=Xinzheng
HB|湖北|Hubei|武汉=Wuhan,黄石=Huangshi,十堰=Shiyan,宜昌=Yichang,襄阳/襄樊=Xiangyang/Xiangfan,鄂州=Ezhou,荆门=Jingmen,孝感=Xiaogan,荆州=Jingzhou,黄冈=Huanggang,咸宁=Xianning,随州=Suizhou,恩施=Enshi,仙桃=Xiantao,潜江=Qianjiang,天门=Tianmen,神农架=Shennongjia
HN|湖南|Hunan|长沙=Changsha,株洲=Zhuzhou,湘潭=Xiangtan,衡阳=Hengyang,邵阳=Shaoyang,岳阳=Yueyang,常德=Changde,张家界=Zhangjiajie,益阳=Yiyang,郴州=Chenzhou,永州=Yongzhou,怀化=Huaihua,娄底=Loudi,湘西=Xiangxi,~浏阳=Liuyang
GD|广东|Guangdong/Kwangtung|广州=Guangzhou/Canton,韶关=Shaoguan,深圳=Shenzhen,珠海=Zhuhai,汕头=Shantou,佛山=Foshan,江门=Jiangmen,湛江=Zhanjiang,茂名=Maoming,肇庆=Zhaoqing,惠州=Huizhou,梅州=Meizhou,汕尾=Shanwei,河源=Heyuan,阳江=Yangjiang,清远=Qingyuan,东莞=Dongguan,中山=Zhongshan,潮州=Chaozhou,揭阳=Jieyang,云浮=Yunfu,~顺德=Shunde,~南海区=Nanhai,~番禺=Panyu,~宝安=Bao'an,~龙岗=Longgang,~龙华=Longhua,~南山区,~福田=Futian,~罗湖=Luohu,~普宁=Puning,~台山=Taishan
GX|广西|Guangxi/Guangxi Zhuang|南宁=Nanning,柳州=Liuzhou,桂林=Guilin,梧州=Wuzhou,北海=Beihai,防城港=Fangchenggang,钦州=Qinzhou,贵港=Guigang,玉林=Yulin,百色=Baise,贺州=Hezhou,河池=Hechi,来宾=Laibin,崇左=Chongzuo
HI|海南|Hainan|海口=Haikou,三亚=Sanya,三沙=Sansha,儋州=Danzhou,~琼海=Qionghai,~文昌=Wenchang,~万宁=Wanning,~五指山=Wuzhishan,~澄迈=Chengmai
CQ|重庆|Chongqing/Chungking|~万州=Wanzhou,~涪陵=Fuling,~渝中=Yuzhong,~沙坪坝=Shapingba,~九龙坡=Jiulongpo,~北碚=Beibei,~渝北=Yubei,~巴南=Banan,~永川=Yongchuan,~合川=Hechuan,~江津=Jiangjin,~綦江=Qijiang,~黔江=Qianjiang
SC|四川|Sichuan/Szechuan/Szechwan|成都=Chengdu,自贡=Zigong,攀枝花=Panzhihua,泸州=Luzhou,德阳=Deyang,绵阳=Mianyang,广元=Guangyuan,遂宁=Suining,内江=Neijiang,乐山=Leshan,南充=Nanchong,眉山=Meishan,宜宾=Yibin,广安=Guang'an,达州=Dazhou,雅安=Ya'an,巴中=Bazhong,资阳=Ziyang,阿坝=Aba/Ngawa,甘孜=Garze/Ganzi,凉山=Liangshan,~康定=Kangding,~西昌=Xichang,~都江堰=Dujiangyan,~马尔康=Barkam/Maerkang,~丹巴=Danba,~泸定=Luding,~九寨沟=Jiuzhaigou,~汶川=Wenchuan,~木里=Muli,~冕宁=Mianning,~石棉=Shimian,~彭州=Pengzhou,~双流=Shuangliu
GZ|贵州|Guizhou|贵阳=Guiyang,六盘水=Liupanshui,遵义=Zunyi,安顺=Anshun,毕节=Bijie,铜仁=Tongren,黔西南=Qianxinan,黔东南=Qiandongnan,黔南=Qiannan,~凯里=Kaili,~都匀=Duyun,~兴义=Xingyi
YN|云南|Yunnan|昆明=Kunming,曲靖=Qujing,玉溪=Yuxi,保山=Baoshan,昭通=Zhaotong,丽江=Lijiang,普洱=Pu'er,临沧=Lincang,楚雄=Chuxiong,红河=Honghe,文山=Wenshan,西双版纳=Xishuangbanna,大理=Dali,德宏=Dehong,怒江=Nujiang,迪庆=Diqing,~景洪=Jinghong,~瑞丽=Ruili,~香格里拉=Shangri-La,~个旧=Gejiu,~蒙自=Mengzi,~芒市=Mangshi,~腾冲=Tengchong
XZ|西藏|Tibet/Xizang|拉萨=Lhasa/Lasa,日喀则=Shigatse/Rikaze,昌都=Qamdo/Changdu,林芝=Nyingchi/Linzhi,山南=Shannan,那曲=Nagqu/Naqu,阿里地区=Ngari
SN|陕西|Shaanxi|西安=Xi'an,铜川=Tongchuan,宝鸡=Baoji,咸阳=Xianyang,渭南=Weinan,延安=Yan'an,汉中=Hanzhong,榆林=Yulin,安康=Ankang,商洛=Shangluo,~杨凌=Yangling,~神木=Shenmu
GS|甘肃|Gansu|兰州=Lanzhou,嘉峪关=Jiayuguan,金昌=Jinchang,白银=Baiyin,天水=Tianshui,武威=Wuwei,张掖=Zhangye,平凉=Pingliang,酒泉=Jiuquan,庆阳=Qingyang,定西=Dingxi,陇南=Longnan,临夏=Linxia,甘南=Gannan,~敦煌=Dunhuang
QH|青海|Qinghai|西宁=Xining,海东=Haidong,海北=Haibei,黄南=Huangnan,海南=Hainan Prefecture,果洛=Golog/Guoluo,玉树=Yushu,海西=Haixi,~格尔木=Golmud/Geermu,~德令哈=Delingha
NX|宁夏|Ningxia/Ningxia Hui|银川=Yinchuan,石嘴山=Shizuishan,吴忠=Wuzhong,固原=Guyuan,中卫=Zhongwei
XJ|新疆|Xinjiang/Sinkiang/Xinjiang Uyghur/Xinjiang Uygur|乌鲁木齐=Urumqi/Wulumuqi/Urumchi,克拉玛依=Karamay/Kelamayi,吐鲁番=Turpan/Tulufan,哈密=Hami/Kumul,昌吉=Changji,博尔塔拉=Bortala/Boertala,巴音郭楞=Bayingolin/Bayinguoleng,阿克苏=Aksu/Akesu,克孜勒苏=Kizilsu/Kezilesu,喀什=Kashgar/Kashi,和田=Hotan/Hetian,伊犁=Ili/Yili,塔城=Tacheng,阿勒泰=Altay/Aletai,~石河子=Shihezi,~库尔勒=Korla/Kuerle,~奎屯=Kuytun/Kuitun,~伊宁=Yining/Ghulja,~五家渠=Wujiaqu,~准东=Zhundong,~博乐=Bole,~阜康=Fukang,~北屯=Beitun
TW|台湾/臺灣/台灣|Taiwan|台北/臺北=Taipei,新北=New Taipei,桃园=Taoyuan,台中/臺中=Taichung,台南/臺南=Tainan,高雄=Kaohsiung,基隆=Keelung,新竹=Hsinchu
HK|香港|Hong Kong/Hongkong|~九龙/九龍=Kowloon,~新界=New Territories,~香港岛=Hong Kong Island,~旺角=Mong Kok,~铜锣湾=Causeway Bay,~尖沙咀=Tsim Sha Tsui,~荃湾=Tsuen Wan,~沙田=Sha Tin
MO|澳门/澳門|Macao/Macau|~氹仔=Taipa`;
