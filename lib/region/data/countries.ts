/**
 * Country names as marketplaces print them, in the languages of the eBay domains (en, de, fr,
 * it, es), Russian (Avito) and Chinese. One line per country:
 * `CODE|English display|中文 display|other names/...`.
 * Two-letter codes are not names here ("CA" alone is not certain); "Georgia" is left out in
 * English because it is also a US state.
 */
export const COUNTRY_DATA = `US|United States|美国|USA/U.S.A./U.S./United States of America/Vereinigte Staaten/Etats-Unis/États-Unis/Stati Uniti/Estados Unidos/США/Соединенные Штаты/美國
CA|Canada|加拿大|Kanada/Canadá/Канада
AU|Australia|澳大利亚|Australien/Australie/Австралия/澳洲
GB|United Kingdom|英国|UK/U.K./Great Britain/Britain/Vereinigtes Königreich/Großbritannien/Grossbritannien/Royaume-Uni/Regno Unito/Reino Unido/Великобритания/英國
DE|Germany|德国|Deutschland/Allemagne/Germania/Alemania/Германия/德國
RU|Russia|俄罗斯|Russian Federation/Russland/Russische Föderation/Russie/Fédération de Russie/Federazione Russa/Rusia/Federación de Rusia/Россия/Российская Федерация/РФ
KZ|Kazakhstan|哈萨克斯坦|Kasachstan/Kazakistan/Kazajistán/Kazajstán/Казахстан/Qazaqstan
CN|China|中国|People's Republic of China/PRC/P.R. China/Mainland China/China Mainland/Volksrepublik China/Chine/Cina/Китай/中国大陆/中華人民共和國/中华人民共和国
HK|Hong Kong|香港|Hongkong/Hong Kong SAR/Hong Kong S.A.R./Гонконг
TW|Taiwan|台湾|Taïwan/Taiwán/Тайвань
MO|Macao|澳门|Macau/Makau/Макао
JP|Japan|日本|Japon/Giappone/Japón/Япония
KR|South Korea|韩国|Korea/Republic of Korea/Südkorea/Corée du Sud/Corea del Sud/Corea del Sur/Южная Корея/Корея
FR|France|法国|Frankreich/Francia/Франция
IT|Italy|意大利|Italien/Italie/Italia/Италия
ES|Spain|西班牙|Spanien/Espagne/Spagna/España/Испания
NL|Netherlands|荷兰|The Netherlands/Holland/Niederlande/Pays-Bas/Paesi Bassi/Países Bajos/Нидерланды
BE|Belgium|比利时|Belgien/Belgique/Belgio/Bélgica/Бельгия
AT|Austria|奥地利|Österreich/Oesterreich/Autriche/Австрия
CH|Switzerland|瑞士|Schweiz/Suisse/Svizzera/Suiza/Швейцария
PL|Poland|波兰|Polen/Pologne/Polonia/Польша
CZ|Czechia|捷克|Czech Republic/Tschechien/Tschechische Republik/République tchèque/Repubblica Ceca/República Checa/Чехия
IE|Ireland|爱尔兰|Irland/Irlande/Irlanda/Ирландия
SE|Sweden|瑞典|Schweden/Suède/Svezia/Suecia/Швеция
NO|Norway|挪威|Norwegen/Norvège/Norvegia/Noruega/Норвегия
DK|Denmark|丹麦|Dänemark/Danemark/Danimarca/Dinamarca/Дания
FI|Finland|芬兰|Finnland/Finlande/Finlandia/Финляндия
PT|Portugal|葡萄牙|Portogallo/Португалия
GR|Greece|希腊|Griechenland/Grèce/Grecia/Греция
HU|Hungary|匈牙利|Ungarn/Hongrie/Ungheria/Hungría/Венгрия
RO|Romania|罗马尼亚|Rumänien/Roumanie/Rumania/Румыния
BG|Bulgaria|保加利亚|Bulgarien/Bulgarie/Болгария
LT|Lithuania|立陶宛|Litauen/Lituanie/Lituania/Литва
LV|Latvia|拉脱维亚|Lettland/Lettonie/Lettonia/Letonia/Латвия
EE|Estonia|爱沙尼亚|Estland/Estonie/Эстония
UA|Ukraine|乌克兰|Ucraina/Ucrania/Украина
BY|Belarus|白俄罗斯|Weißrussland/Biélorussie/Bielorussia/Bielorrusia/Беларусь/Белоруссия
KG|Kyrgyzstan|吉尔吉斯斯坦|Kirgisistan/Kirghizistan/Kirghizistan/Kirguistán/Кыргызстан/Киргизия
UZ|Uzbekistan|乌兹别克斯坦|Usbekistan/Ouzbékistan/Uzbekistán/Узбекистан
MN|Mongolia|蒙古国|Mongolei/Mongolie/Монголия
TR|Turkey|土耳其|Türkiye/Türkei/Turquie/Turchia/Turquía/Турция
IL|Israel|以色列|Israël/Israele/Израиль
AE|United Arab Emirates|阿联酋|UAE/Vereinigte Arabische Emirate/Émirats arabes unis/Emirati Arabi Uniti/Emiratos Árabes Unidos/ОАЭ
SG|Singapore|新加坡|Singapur/Singapour/Сингапур
MY|Malaysia|马来西亚|Malaisie/Malesia/Malasia/Малайзия
TH|Thailand|泰国|Thaïlande/Tailandia/Таиланд
VN|Vietnam|越南|Viet Nam/Viêt Nam/Вьетнам
PH|Philippines|菲律宾|Philippinen/Filippine/Filipinas/Филиппины
ID|Indonesia|印度尼西亚|Indonesien/Indonésie/Индонезия
IN|India|印度|Indien/Inde/Индия
NZ|New Zealand|新西兰|Neuseeland/Nouvelle-Zélande/Nuova Zelanda/Nueva Zelanda/Новая Зеландия
MX|Mexico|墨西哥|Mexiko/Mexique/Messico/México/Мексика
BR|Brazil|巴西|Brasilien/Brésil/Brasile/Brasil/Бразилия
AR|Argentina|阿根廷|Argentinien/Argentine/Аргентина
PY|Paraguay|巴拉圭|Парагвай
ZA|South Africa|南非|Südafrika/Afrique du Sud/Sudafrica/Sudáfrica/ЮАР
ET|Ethiopia|埃塞俄比亚|Äthiopien/Éthiopie/Etiopia/Etiopía/Эфиопия
IS|Iceland|冰岛|Islande/Islanda/Islandia/Исландия
IR|Iran|伊朗|Иран
PK|Pakistan|巴基斯坦|Пакистан`;
