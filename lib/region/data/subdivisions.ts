/**
 * Subdivisions (ISO 3166-2) of the countries whose sellers RigScout reads most: the US, Canada,
 * Australia, the UK, Germany, Russia and Kazakhstan. One line per country:
 * `CC|SUB=English display/other names#ABBR/ABBR,...`. Abbreviations (after `#`) count only next
 * to a city or a country, never alone ("CA" alone is not certain).
 * Russian oblasts are written with `обл` (the parser folds "область"/"обл." to it).
 * Kazakhstan uses the numeric codes ISO 3166-2:KZ adopted in 2021-2022.
 */
export const SUBDIVISION_DATA = `US|AL=Alabama#AL,AK=Alaska#AK,AZ=Arizona#AZ,AR=Arkansas#AR,CA=California#CA/Calif,CO=Colorado#CO,CT=Connecticut#CT,DE=Delaware#DE,FL=Florida#FL,GA=Georgia#GA,HI=Hawaii#HI,ID=Idaho#ID,IL=Illinois#IL,IN=Indiana#IN,IA=Iowa#IA,KS=Kansas#KS,KY=Kentucky#KY,LA=Louisiana#LA,ME=Maine#ME,MD=Maryland#MD,MA=Massachusetts#MA,MI=Michigan#MI,MN=Minnesota#MN,MS=Mississippi#MS,MO=Missouri#MO,MT=Montana#MT,NE=Nebraska#NE,NV=Nevada#NV,NH=New Hampshire#NH,NJ=New Jersey#NJ,NM=New Mexico#NM,NY=New York/New York State#NY,NC=North Carolina#NC,ND=North Dakota#ND,OH=Ohio#OH,OK=Oklahoma#OK,OR=Oregon#OR,PA=Pennsylvania#PA,RI=Rhode Island#RI,SC=South Carolina#SC,SD=South Dakota#SD,TN=Tennessee#TN,TX=Texas#TX,UT=Utah#UT,VT=Vermont#VT,VA=Virginia#VA,WA=Washington/Washington State#WA,WV=West Virginia#WV,WI=Wisconsin#WI,WY=Wyoming#WY,DC=District of Columbia/Washington DC/Washington D.C.#DC
CA|AB=Alberta#AB,BC=British Columbia/Colombie-Britannique#BC,MB=Manitoba#MB,NB=New Brunswick/Nouveau-Brunswick#NB,NL=Newfoundland and Labrador/Newfoundland/Terre-Neuve-et-Labrador#NL,NS=Nova Scotia/Nouvelle-Écosse#NS,NT=Northwest Territories#NT,NU=Nunavut#NU,ON=Ontario#ON,PE=Prince Edward Island/Île-du-Prince-Édouard#PE/PEI,QC=Quebec/Québec#QC/PQ,SK=Saskatchewan#SK,YT=Yukon#YT
AU|NSW=New South Wales#NSW,VIC=Victoria#VIC,QLD=Queensland#QLD,WA=Western Australia#WA,SA=South Australia#SA,TAS=Tasmania#TAS,ACT=Australian Capital Territory#ACT,NT=Northern Territory#NT
GB|ENG=England/Angleterre/Inghilterra/Inglaterra/Англия/英格兰,SCT=Scotland/Schottland/Écosse/Scozia/Escocia/Шотландия,WLS=Wales/Pays de Galles/Galles/Gales/Уэльс,NIR=Northern Ireland/Nordirland/Irlande du Nord/Irlanda del Nord/Irlanda del Norte
DE|BW=Baden-Württemberg,BY=Bavaria/Bayern/Bavière/Baviera,BE=Berlin,BB=Brandenburg,HB=Bremen,HH=Hamburg,HE=Hesse/Hessen,MV=Mecklenburg-Western Pomerania/Mecklenburg-Vorpommern,NI=Lower Saxony/Niedersachsen,NW=North Rhine-Westphalia/Nordrhein-Westfalen/NRW,RP=Rhineland-Palatinate/Rheinland-Pfalz,SL=Saarland,SN=Saxony/Sachsen,ST=Saxony-Anhalt/Sachsen-Anhalt,SH=Schleswig-Holstein,TH=Thuringia/Thüringen
RU|MOW=Moscow/Москва/Moskva/Moskau/Moscou/Mosca/Moscú/Мск,SPE=Saint Petersburg/St Petersburg/St. Petersburg/Sankt Petersburg/Sankt-Peterburg/Санкт-Петербург/Петербург/СПб/Питер,MOS=Moscow Oblast/Moscow Region/Московская обл/Подмосковье,LEN=Leningrad Oblast/Ленинградская обл,AD=Adygea/Адыгея,AL=Altai Republic/Республика Алтай,BA=Bashkortostan/Башкортостан/Башкирия,BU=Buryatia/Бурятия,CE=Chechnya/Чечня/Чеченская Республика,CU=Chuvashia/Чувашия,DA=Dagestan/Дагестан,IN=Ingushetia/Ингушетия,KB=Kabardino-Balkaria/Кабардино-Балкария,KL=Kalmykia/Калмыкия,KC=Karachay-Cherkessia/Карачаево-Черкесия,KR=Karelia/Карелия,KK=Khakassia/Хакасия,KO=Komi/Коми,ME=Mari El/Марий Эл,MO=Mordovia/Мордовия,SA=Sakha/Yakutia/Якутия/Саха,SE=North Ossetia/Северная Осетия,TA=Tatarstan/Татарстан,TY=Tuva/Тыва/Тува,UD=Udmurtia/Удмуртия,ALT=Altai Krai/Алтайский край,KAM=Kamchatka/Камчатский край,KHA=Khabarovsk Krai/Хабаровский край,KDA=Krasnodar Krai/Краснодарский край/Кубань,KYA=Krasnoyarsk Krai/Красноярский край,PER=Perm Krai/Пермский край,PRI=Primorsky Krai/Приморский край/Приморье,STA=Stavropol Krai/Ставропольский край,ZAB=Zabaykalsky Krai/Забайкальский край,AMU=Amur Oblast/Амурская обл,ARK=Arkhangelsk Oblast/Архангельская обл,AST=Astrakhan Oblast/Астраханская обл,BEL=Belgorod Oblast/Белгородская обл,BRY=Bryansk Oblast/Брянская обл,CHE=Chelyabinsk Oblast/Челябинская обл,IRK=Irkutsk Oblast/Иркутская обл,IVA=Ivanovo Oblast/Ивановская обл,KGD=Kaliningrad Oblast/Калининградская обл,KLU=Kaluga Oblast/Калужская обл,KEM=Kemerovo Oblast/Kuzbass/Кемеровская обл/Кузбасс,KIR=Kirov Oblast/Кировская обл,KOS=Kostroma Oblast/Костромская обл,KGN=Kurgan Oblast/Курганская обл,KRS=Kursk Oblast/Курская обл,LIP=Lipetsk Oblast/Липецкая обл,MAG=Magadan Oblast/Магаданская обл,MUR=Murmansk Oblast/Мурманская обл,NIZ=Nizhny Novgorod Oblast/Нижегородская обл,NGR=Novgorod Oblast/Новгородская обл,NVS=Novosibirsk Oblast/Новосибирская обл,OMS=Omsk Oblast/Омская обл,ORE=Orenburg Oblast/Оренбургская обл,ORL=Oryol Oblast/Орловская обл,PNZ=Penza Oblast/Пензенская обл,PSK=Pskov Oblast/Псковская обл,ROS=Rostov Oblast/Ростовская обл,RYA=Ryazan Oblast/Рязанская обл,SAK=Sakhalin Oblast/Сахалинская обл,SAM=Samara Oblast/Самарская обл,SAR=Saratov Oblast/Саратовская обл,SMO=Smolensk Oblast/Смоленская обл,SVE=Sverdlovsk Oblast/Свердловская обл,TAM=Tambov Oblast/Тамбовская обл,TOM=Tomsk Oblast/Томская обл,TUL=Tula Oblast/Тульская обл,TVE=Tver Oblast/Тверская обл,TYU=Tyumen Oblast/Тюменская обл,ULY=Ulyanovsk Oblast/Ульяновская обл,VLA=Vladimir Oblast/Владимирская обл,VGG=Volgograd Oblast/Волгоградская обл,VLG=Vologda Oblast/Вологодская обл,VOR=Voronezh Oblast/Воронежская обл,YAR=Yaroslavl Oblast/Ярославская обл,YEV=Jewish Autonomous Oblast/Еврейская автономная обл,NEN=Nenets/Ненецкий автономный округ,KHM=Khanty-Mansi/Ханты-Мансийский автономный округ/ХМАО/Югра,CHU=Chukotka/Чукотский автономный округ/Чукотка,YAN=Yamalo-Nenets/Ямало-Ненецкий автономный округ/ЯНАО
KZ|75=Almaty/Алматы/Алма-Ата/Almaty City,71=Astana/Астана/Nur-Sultan/Нур-Султан,79=Shymkent/Шымкент,19=Almaty Region/Алматинская обл,11=Akmola Region/Акмолинская обл,15=Aktobe Region/Актюбинская обл,23=Atyrau Region/Атырауская обл,27=West Kazakhstan Region/Западно-Казахстанская обл,31=Jambyl Region/Жамбылская обл,33=Jetisu Region/Жетысуская обл/обл Жетысу,35=Karaganda Region/Карагандинская обл,39=Kostanay Region/Костанайская обл,43=Kyzylorda Region/Кызылординская обл,47=Mangystau Region/Мангистауская обл,55=Pavlodar Region/Павлодарская обл,59=North Kazakhstan Region/Северо-Казахстанская обл,61=Turkistan Region/Туркестанская обл,62=Ulytau Region/обл Улытау,63=East Kazakhstan Region/Восточно-Казахстанская обл,10=Abai Region/обл Абай`;
/**
 * Cities that settle a subdivision. One line per subdivision: `CC-SUB:city/alias,city,...`.
 * Russian names are as Avito prints them.
 */
export const CITY_DATA = `GB-ENG:London/Лондон,Birmingham,Manchester,Liverpool,Leeds,Sheffield,Bristol,Newcastle upon Tyne,Nottingham,Leicester,Coventry,Bradford,Southampton,Portsmouth,Brighton,Plymouth,Reading,Oxford,Cambridge,York,Norwich,Derby,Wolverhampton,Stoke-on-Trent,Greater London,Greater Manchester,West Midlands,West Yorkshire,South Yorkshire,Kent,Essex,Surrey,Hampshire,Lancashire,Merseyside,Devon,Cornwall
GB-SCT:Glasgow,Edinburgh,Aberdeen,Dundee,Fife,Lanarkshire,Aberdeenshire
GB-WLS:Cardiff,Swansea,Wrexham
GB-NIR:Belfast,Derry,Londonderry
DE-BE:Berlin/Берлин
DE-HH:Hamburg/Гамбург
DE-HB:Bremen
DE-BY:München/Munich/Muenchen/Мюнхен,Nürnberg/Nuremberg/Nuernberg,Augsburg,Regensburg,Ingolstadt,Würzburg/Wuerzburg
DE-NW:Köln/Koeln/Cologne/Кёльн,Düsseldorf/Duesseldorf/Дюссельдорф,Dortmund,Essen,Duisburg,Bochum,Wuppertal,Bielefeld,Bonn,Münster/Muenster,Aachen
DE-HE:Frankfurt am Main/Frankfurt/Франкфурт-на-Майне,Wiesbaden,Kassel,Darmstadt,Gießen/Giessen
DE-BW:Stuttgart/Штутгарт,Mannheim,Karlsruhe,Freiburg im Breisgau,Heidelberg,Ulm,Heilbronn,Pforzheim
DE-NI:Hannover/Hanover,Braunschweig,Oldenburg,Osnabrück/Osnabrueck,Wolfsburg,Göttingen/Goettingen
DE-SN:Leipzig/Лейпциг,Dresden/Дрезден,Chemnitz
DE-ST:Magdeburg,Halle (Saale)/Halle
DE-TH:Erfurt,Jena
DE-BB:Potsdam,Cottbus,Frankfurt (Oder)
DE-MV:Rostock,Schwerin
DE-SH:Kiel,Lübeck/Luebeck,Flensburg
DE-RP:Mainz,Ludwigshafen am Rhein/Ludwigshafen,Koblenz
DE-SL:Saarbrücken/Saarbruecken
US-NY:New York City/NYC
US-DC:Washington
AU-NSW:Sydney,Newcastle NSW
AU-VIC:Melbourne,Geelong
AU-QLD:Brisbane,Gold Coast,Cairns,Townsville
AU-WA:Perth
AU-SA:Adelaide
AU-TAS:Hobart
AU-ACT:Canberra
AU-NT:Darwin
CA-ON:Toronto,Ottawa,Mississauga,Hamilton,London ON,Kitchener,Windsor ON
CA-QC:Montreal/Montréal,Quebec City/Québec City/Ville de Québec,Laval,Gatineau
CA-BC:Vancouver,Burnaby,Kelowna
CA-AB:Calgary,Edmonton,Fort McMurray
CA-MB:Winnipeg
CA-SK:Saskatoon,Regina
CA-NS:Halifax
CA-NB:Moncton,Saint John,Fredericton
CA-NL:St. John's
CA-PE:Charlottetown
CA-YT:Whitehorse
CA-NT:Yellowknife
CA-NU:Iqaluit
RU-MOW:Зеленоград/Zelenograd
RU-SPE:Колпино
RU-MOS:Химки/Khimki,Балашиха,Подольск,Королёв,Мытищи,Люберцы,Красногорск,Одинцово,Домодедово
RU-LEN:Гатчина,Выборг,Всеволожск
RU-NVS:Новосибирск/Novosibirsk,Бердск
RU-SVE:Екатеринбург/Yekaterinburg/Ekaterinburg,Нижний Тагил
RU-TA:Казань/Kazan,Набережные Челны
RU-NIZ:Нижний Новгород/Nizhny Novgorod
RU-CHE:Челябинск/Chelyabinsk,Магнитогорск
RU-SAM:Самара/Samara,Тольятти
RU-OMS:Омск/Omsk
RU-ROS:Ростов-на-Дону/Rostov-on-Don/Ростов на Дону
RU-BA:Уфа/Ufa,Стерлитамак
RU-KYA:Красноярск/Krasnoyarsk,Норильск/Norilsk
RU-VOR:Воронеж/Voronezh
RU-PER:Пермь/Perm
RU-VGG:Волгоград/Volgograd
RU-KDA:Краснодар/Krasnodar,Сочи/Sochi,Новороссийск
RU-SAR:Саратов
RU-TYU:Тюмень/Tyumen
RU-UD:Ижевск
RU-ALT:Барнаул/Barnaul
RU-ULY:Ульяновск
RU-IRK:Иркутск/Irkutsk,Братск/Bratsk,Ангарск/Angarsk,Усолье-Сибирское,Усть-Илимск,Саянск,Черемхово,Тайшет,Усть-Кут
RU-KHA:Хабаровск/Khabarovsk
RU-YAR:Ярославль
RU-PRI:Владивосток/Vladivostok
RU-DA:Махачкала
RU-TOM:Томск/Tomsk
RU-ORE:Оренбург
RU-KEM:Кемерово/Kemerovo,Новокузнецк/Novokuznetsk,Междуреченск
RU-RYA:Рязань
RU-AST:Астрахань
RU-PNZ:Пенза
RU-KIR:Киров
RU-LIP:Липецк
RU-CU:Чебоксары,Новочебоксарск
RU-KGD:Калининград/Kaliningrad
RU-TUL:Тула
RU-KRS:Курск
RU-STA:Ставрополь
RU-BU:Улан-Удэ
RU-TVE:Тверь
RU-IVA:Иваново
RU-BRY:Брянск
RU-BEL:Белгород
RU-KHM:Сургут/Surgut,Нижневартовск,Ханты-Мансийск
RU-YAN:Новый Уренгой,Салехард
RU-VLA:Владимир
RU-ARK:Архангельск
RU-ZAB:Чита
RU-KLU:Калуга
RU-SMO:Смоленск
RU-KGN:Курган
RU-VLG:Вологда,Череповец
RU-ORL:Орёл/Орел
RU-MO:Саранск
RU-SE:Владикавказ
RU-SA:Якутск/Yakutsk
RU-MUR:Мурманск/Murmansk
RU-TAM:Тамбов
RU-CE:Грозный
RU-KR:Петрозаводск
RU-KOS:Кострома
RU-ME:Йошкар-Ола
RU-KK:Абакан/Abakan,Саяногорск/Sayanogorsk
RU-KB:Нальчик
RU-KO:Сыктывкар
RU-AMU:Благовещенск
RU-NGR:Великий Новгород
RU-PSK:Псков
RU-SAK:Южно-Сахалинск
RU-KAM:Петропавловск-Камчатский
RU-MAG:Магадан
RU-AL:Горно-Алтайск
RU-TY:Кызыл
RU-KL:Элиста
RU-AD:Майкоп
RU-KC:Черкесск
RU-IN:Магас,Назрань
RU-YEV:Биробиджан
RU-CHU:Анадырь
RU-NEN:Нарьян-Мар
KZ-75:Алма Ата
KZ-55:Павлодар/Pavlodar,Экибастуз/Ekibastuz
KZ-35:Караганда/Karaganda/Qaraghandy,Темиртау/Temirtau
KZ-15:Актобе/Aktobe/Aqtobe
KZ-63:Усть-Каменогорск/Ust-Kamenogorsk/Oskemen/Öskemen/Өскемен
KZ-10:Семей/Semey/Семипалатинск/Semipalatinsk
KZ-31:Тараз/Taraz
KZ-39:Костанай/Kostanay/Рудный
KZ-23:Атырау/Atyrau
KZ-47:Актау/Aktau/Жанаозен
KZ-43:Кызылорда/Kyzylorda
KZ-27:Уральск/Uralsk/Oral
KZ-59:Петропавловск/Petropavl/Petropavlovsk
KZ-61:Туркестан/Turkistan
KZ-33:Талдыкорган/Taldykorgan
KZ-11:Кокшетау/Kokshetau
KZ-62:Жезказган/Zhezkazgan
KZ-19:Конаев/Konaev/Капчагай/Kapchagay`;
