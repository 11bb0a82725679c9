"""Names drawn from the field for the demo registry: partner regions, forums, people."""

PARTNER_COUNTRIES = ("CN", "BY", "KZ", "MN", "UZ", "KG", "TJ", "AM", "AZ", "IN", "IR", "TR", "VN")
OTHER_COUNTRIES = ("DE", "FR", "IT", "RS", "AE", "EG", "CU", "VE", "KR", "JP", "TH", "ID")

CITIES = {
    "CN": [
        ("Харбин", "哈尔滨"),
        ("Хэйхэ", "黑河"),
        ("Суйфэньхэ", "绥芬河"),
        ("Далянь", "大连"),
        ("Шэньян", "沈阳"),
        ("Чанчунь", "长春"),
        ("Урумчи", "乌鲁木齐"),
        ("Чэнду", "成都"),
    ],
    "BY": [
        ("Брест", "Брэст"),
        ("Гродно", "Гродна"),
        ("Витебск", "Віцебск"),
        ("Гомель", "Гомель"),
        ("Могилёв", "Магілёў"),
    ],
    "KZ": [
        ("Павлодар", "Павлодар"),
        ("Костанай", "Қостанай"),
        ("Петропавловск", "Петропавл"),
        ("Усть-Каменогорск", "Өскемен"),
    ],
    "MN": [("Эрдэнэт", "Эрдэнэт"), ("Дархан", "Дархан"), ("Чойбалсан", "Чойбалсан")],
    "UZ": [("Самарканд", "Samarqand"), ("Бухара", "Buxoro"), ("Наманган", "Namangan")],
    "TR": [("Бурса", "Bursa"), ("Измир", "İzmir"), ("Анталья", "Antalya")],
    "IN": [("Ченнаи", "Chennai"), ("Мумбаи", "Mumbai"), ("Бангалор", "Bengaluru")],
    "IR": [("Решт", "Rasht"), ("Тебриз", "Tabriz"), ("Исфахан", "Esfahan")],
    "VN": [("Хюэ", "Huế"), ("Нячанг", "Nha Trang"), ("Вунгтау", "Vũng Tàu")],
}

OUR_BODIES = (
    "Правительство области",
    "Министерство экономического развития области",
    "Министерство образования области",
    "Министерство культуры области",
    "Министерство сельского хозяйства области",
    "Торгово-промышленная палата области",
    "Администрация города Северск",
    "Администрация города Заречный",
    "Администрация Каменского района",
    "Государственный университет области",
)

# International organisations our municipalities belong to: (name, original, country, since)
INTERNATIONAL_BODIES = (
    (
        "Ассоциация региональных администраций стран Северо-Восточной Азии",
        "Association of North East Asia Regional Governments",
        "KR",
        "1996",
    ),
    (
        "Всемирная организация «Объединённые города и местные власти»",
        "United Cities and Local Governments",
        "ES",
        "2004",
    ),
    (
        "Международная ассамблея столиц и крупных городов",
        "International Assembly of Capitals and Major Cities",
        "RU",
        "2011-05",
    ),
)

FOREIGN_ORG_PATTERNS = (
    ("regional_government", "Народное правительство: {region}", "Government of {original}"),
    ("ministry", "Департамент коммерции: {region}", "Department of Commerce, {original}"),
    ("ministry", "Департамент образования: {region}", "Department of Education, {original}"),
    ("university", "Университет: {region}", "University of {original}"),
    ("business_association", "Торговая палата: {region}", "Chamber of Commerce, {original}"),
    ("company", "Компания «{company}» ({region})", "{company} Co., Ltd."),
    ("consulate", "Генеральное консульство: {country}", "Consulate General of {country_en}"),
    ("honorary_consul", "Почётное консульство: {country}", "Honorary Consulate of {country_en}"),
    ("ngo", "Общество дружбы: {region}", "Friendship Society, {original}"),
)

COMPANIES = (
    "Хуавэй",
    "Синотранс",
    "Белшина",
    "Казтелеком",
    "Эрдэнэс",
    "Артель",
    "Тата",
    "Вингруп",
    "Коч",
    "Сапфир",
    "Агропром",
    "Логистик-Транс",
    "Ферромет",
)

# (surname, first name) pairs of one gender each.
RUSSIAN_NAMES = (
    (
        ("Иванов", "Петров", "Кузнецов", "Волков", "Лебедев", "Новиков", "Павлов", "Орлов"),
        ("Алексей", "Сергей", "Дмитрий", "Андрей", "Игорь", "Виктор"),
    ),
    (
        ("Иванова", "Смирнова", "Попова", "Соколова", "Козлова", "Морозова", "Фёдорова"),
        ("Мария", "Ольга", "Елена", "Наталья", "Татьяна", "Анна"),
    ),
)
FOREIGN_NAMES = {
    "CN": [
        ("Ван Лэй", "Wang Lei 王磊"),
        ("Ли На", "Li Na 李娜"),
        ("Чжан Вэй", "Zhang Wei 张伟"),
        ("Лю Ян", "Liu Yang 刘洋"),
        ("Чэнь Цзин", "Chen Jing 陈静"),
    ],
    "BY": [("Александр Ковалёв", "Aliaksandr Kavaliou"), ("Ирина Жук", "Iryna Zhuk")],
    "KZ": [("Ерлан Сапаров", "Yerlan Saparov"), ("Айгуль Нурланова", "Aigul Nurlanova")],
    "MN": [("Батбаяр Ганзориг", "Batbayar Ganzorig"), ("Оюун Эрдэнэ", "Oyuun Erdene")],
    "IN": [("Раджеш Кумар", "Rajesh Kumar"), ("Прия Шарма", "Priya Sharma")],
    "TR": [("Мехмет Йылмаз", "Mehmet Yılmaz"), ("Айше Кая", "Ayşe Kaya")],
    "IR": [("Али Резаи", "Ali Rezaei"), ("Захра Ахмади", "Zahra Ahmadi")],
    "VN": [("Нгуен Ван Ан", "Nguyễn Văn An"), ("Чан Тхи Ха", "Trần Thị Hà")],
}
POSITIONS = (
    ("governor", "Губернатор"),
    ("governor", "Председатель правительства провинции"),
    ("minister", "Министр"),
    ("deputy", "Заместитель губернатора"),
    ("head_of_department", "Начальник управления внешних связей"),
    ("specialist", "Главный специалист"),
    ("ambassador", "Генеральный консул"),
    ("mayor", "Мэр"),
    ("business", "Генеральный директор"),
)

AGREEMENT_TITLES = (
    "Соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве",
    "Меморандум о взаимопонимании в области образования",
    "Протокол о намерениях по развитию сотрудничества в сфере туризма",
    "План мероприятий по реализации Соглашения о сотрудничестве на {years} годы",
    "Соглашение об установлении побратимских связей",
    "Дорожная карта сотрудничества в сфере сельского хозяйства на {years} годы",
    "Программа сотрудничества в области здравоохранения на {years} годы",
    "Соглашение о сотрудничестве в сфере логистики и транспорта",
)

# (name, series, kind, the countries it is held in)
FORUMS = (
    ("Форум регионов России и Беларуси", "Форум регионов России и Беларуси", "forum", ("RU", "BY")),
    ("Российско-Китайское ЭКСПО", "Российско-Китайское ЭКСПО", "exhibition", ("RU", "CN")),
    (
        "Форум межрегионального сотрудничества России и Казахстана",
        "Форум межрегионального сотрудничества",
        "forum",
        ("RU", "KZ"),
    ),
    ("Международный форум побратимских городов", "Форум побратимских городов", "forum", ("RU",)),
    ("Совещание глав регионов Волга – Янцзы", "Волга – Янцзы", "meeting", ("RU", "CN")),
    ("Восточный экономический форум", "ВЭФ", "forum", ("RU",)),
    ("Иннопром. Центральная Азия", "Иннопром", "exhibition", ("UZ", "KZ")),
    ("Конференция по образованию и науке ШОС", "ШОС", "conference", ("RU", "CN", "KZ", "KG")),
)

DELEGATION_PURPOSES = (
    "Переговоры о расширении торгово-экономического сотрудничества",
    "Участие в форуме и подписание соглашения",
    "Презентация инвестиционного потенциала региона",
    "Обмен опытом в сфере образования",
    "Деловая миссия предпринимателей",
    "Визит вежливости и обсуждение плана мероприятий",
    "Культурная программа: дни региона",
)

# pycountry's subdivision types -> our region kinds
REGION_KINDS_BY_TYPE = {
    "province": "province",
    "state": "state",
    "oblast": "oblast",
    "region": "oblast",
    "city": "city",
    "municipality": "city",
    "autonomous region": "autonomous_region",
    "autonomous republic": "autonomous_region",
    "autonomous province": "autonomous_region",
    "union territory": "state",
    "rayon": "municipality",
    "capital city": "city",
    "capital territory": "city",
    "republic": "autonomous_region",
    "special administrative region": "other",
}
