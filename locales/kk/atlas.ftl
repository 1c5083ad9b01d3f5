# Қудалау туралы заңдар атласы — интерфейс хабарлары, қазақ тілі.
# Кілттер en/atlas.ftl-мен бірдей (мұны тест тексереді). Мәтіндерді жоба қатысушылары жазған,
# ана тілі иесінің тексеруін күтеді.


## Messages

site-name = Қудалау туралы заңдар атласы
site-description = Әлем елдерінің жыныстық қудалау туралы заңдарын салыстыратын ашық атлас: анықтамалар, жаза сатылары, қайталағанда қатаңдату, қудалау тәртібі және жұмыс берушінің міндеттері — әр дерек дереккөзімен.
site-og-description = Әлемнің жыныстық қудалау туралы заңдары дерек ретінде: жазалар, қатаңдату, қудалау және жұмыс берушінің міндеттері, әр дерек дереккөзімен.
nav-skip = Мазмұнға өту
nav-main = Негізгі мәзір
nav-language = Тіл
nav-search = Іздеу
nav-jurisdictions = Елдер
nav-compare = Салыстыру
nav-topics = Тақырыптар
nav-draft = Заң жобасын талдау
nav-api = API және жүктеу
nav-about = Жоба туралы
footer-data = Деректер:
footer-contributors = «Қудалау туралы заңдар атласы» жобасының қатысушылары.
footer-honesty = Әр деректің дереккөзі көрсетілген; белгісізі белгісіз деп көрсетіледі. Заң кеңесі емес.
footer-report = Қате туралы хабарлау
unknown = белгісіз
home-title = Әлемнің жыныстық қудалау туралы заңдарын салыстырыңыз
home-intro = Әр ел жыныстық қудалауды қалай анықтайды, қандай жаза белгілейді, қайталап жасағанда жаза қатаңдай ма, іс лауазымы бойынша қозғала ма әлде тек жәбірленушінің арызы бойынша ма, қандай салалар қамтылған және жұмыс беруші не істеуге міндетті. Әр дерек құрылымдалған, дереккөзі мен бабы көрсетілген және күні белгіленген. Заң жобасын дайындайтын заң шығарушыларға, елдерді салыстыратын зерттеушілерге және шетел тәжірибесіне сілтеме жасайтын белсенділерге арналған.
home-search-placeholder = мысалы: жұмыстағы қудалау, домогательство
home-map-title = Жыныстық қудалау үшін ең қатаң жауапкершілік
home-no-map = Карта геометриясы (data/map/world-110m.json) бұл деректер қалтасында жоқ.
home-legend = Шартты белгілер
home-legend-nodata = атласта әзірге жоқ
home-map-note = Түс: жыныстық қудалаудың өзі туралы қолданыстағы норма белгілейтін ең қатаң жауапкершілік (тек балаларға қатысты құрамдар есептелмейді). Сұр: дереккөздер бойынша мұндай құқық бұзушылық жоқ. Ашық: деректерден белгісіз. Аралас құрамдар (аңду, бұзақылық, мәжбүрлеу) мұнда есептелмейді; әр елдің профилін қараңыз.
home-latest = Жақында тексерілгендер
home-reviewed = тексерілді: { $date }
home-all = Барлық елдер
home-full-list = Толық тізім
home-topics = Барлық елдер бойынша тақырыптар
home-for-excel = Excel үшін
list-title = Елдер
list-jurisdiction = Ел
list-region = Өңір
list-last-reviewed = Соңғы тексеру
search-label = Атлас бойынша іздеу
search-button = Іздеу
search-form = Заңдарды іздеу
search-words = Іздейтін сөздер
search-placeholder = сөздер, "тіркестер", +міндетті, -алып тастау
search-filters = Сүзгілер
search-penalties-dates = Жазалар мен күндер
search-min-prison = Бас бостандығынан айыру кемінде
search-min-arrest = Қамаққа алу кемінде
search-min-fine = Айыппұл кемінде
search-year-from = Күшіне енген жылы, бастап
search-days = күн
search-sort = Сұрыптау
search-apply = Сүзгілерді қолдану
search-ignored = Сұраудың ескерілмеген бөлігі: { $part }
search-understood = Сұрау қалай түсінілді
search-compare-ticked = Белгіленген елдерді салыстыру
search-two-to-six = 2-ден 6-ға дейін
search-compare-one = салыстыру
search-escalates = қайталағанда қатаңдайды
search-pages = Беттер
search-previous = Алдыңғы
search-next = Келесі
search-page-of = { $pages } беттің { $page }-беті
search-prison-up-to = { $term } дейін бас бостандығынан айыру
search-arrest-up-to = { $term } дейін қамаққа алу
search-fine-up-to = { $amount } АҚШ долларына дейін айыппұл
topics-intro = Атластағы барлық елдер бойынша бір өлшем.
topic-escalation = Қайталағанда қатаңдату
topic-escalation-about = екінші және одан кейінгі құқық бұзушылықта жаза арта ма немесе жауапкершілік басқа түрге ауыса ма
topic-prosecution = Қудалау және татуласу
topic-prosecution-about = лауазымы бойынша ма әлде жәбірленушінің арызы бойынша ма, және тараптар татуласа ала ма
topic-street = Көшедегі қудалау
topic-street-about = қоғамдық орындар, көлік және көшеде жабысу туралы нормалар
topic-online = Интернеттегі қудалау
topic-online-about = интернеттегі әрекет пен бейнелерді теріс пайдалану туралы нормалар
topic-workplace = Жұмыс орны және жұмыс берушінің міндеттері
topic-workplace-about = жұмыс орнының қамтылуы және жұмыс берушілердің міндеттері
topic-penalties = Жазалар
topic-penalties-about = жыныстық қудалау үшін бас бостандығынан айырудың, қамаққа алудың ең жоғары мерзімдері және айыппұлдар, диаграммалармен
compare-title = Елдерді салыстыру
compare-with-title = { $name } елін салыстыру…
compare-heading = Салыстыру: { $names }
compare-og-description = Жыныстық қудалау туралы заңдар қатар: алғашқы және қайталанған құқық бұзушылық үшін жазалар, қатаңдату, қудалау, татуласу, салалар және жұмыс берушінің міндеттері — бабына сілтемемен.
compare-choose-more = { $name } елімен салыстыру үшін төменнен тағы бір-бес елді таңдаңыз немесе атауларын жазыңыз.
compare-neighbours = Көршілер:
compare-bar-note = Жолақ елдер тек сандармен емес, мәні бойынша ерекшеленетін жолдарды белгілейді (қылмыстық немесе әкімшілік, жария немесе арыз бойынша қудалау, айыппұл немесе бас бостандығынан айыру жылдары). Сандар жыныстық қудалаудың өзі туралы қолданыстағы нормаларға қатысты; аралас құрамдардың жеке жолы бар.
list-and = { $init } және { $last }
compare-dimension = Өлшем
compare-differs = ерекшеленеді
compare-as-json = Бұл салыстыру JSON пішімінде
compare-change = Салыстыруды өзгерту
compare-choose = Елдерді таңдаңыз
compare-names-label = Атаулары немесе кодтары, үтір арқылы (барлығы 2-ден 6-ға дейін)
compare-names-placeholder = Қазақстан, Өзбекстан, PH
compare-by-region = Немесе өңірлер бойынша белгілеңіз:
error-home = Басты бет
error-all = Барлық елдер
error-no-page = Бұл мекенжайда бет жоқ.
error-bad-request = Қате сұрау
error-not-found = Табылмады
error-too-large = Тым үлкен
error-busy = Сервер бос емес
error-something-went-wrong = Бірдеңе дұрыс болмады
draft-title = Заң жобасын талдау
draft-intro = Атлас деректер файлдарымен бірдей пішімде жазылған жобаны қойыңыз немесе жүктеңіз (proposed мәртебесі бар бір акт, оның нормалары мен жаза сатылары). Есеп оны атластағы заңдармен және халықаралық стандарттармен салыстырады. Серверде ештеңе сақталмайды.
draft-examples = Мысалдан бастау:
draft-text-label = Жоба (TOML, ең көбі { $kb } КБ)
draft-upload = …немесе файл жүктеңіз
draft-against = Салыстыру
draft-against-in-force = қолданыстағы заңдармен
draft-against-all = қолданыстағы заңдармен және басқа жобалармен
draft-all-regions = барлық өңірлер
draft-analyse = Талдау
report-title = Жобаны талдау: { $name }
report-compared-with = Салыстырылғаны:
report-in-force = қолданыстағы
report-in-force-and-proposed = қолданыстағы және жобалар
report-another = Басқа жобаны талдау
report-coverage = Қамту
report-coverage-note = Әр өлшем бойынша: жоба нені көздейді және салыстырылған заңдардың (осы өлшем бойынша деректері барлардың) қанша үлесі дәл солай істейді.
report-value = Мәні
report-draft = Жоба
report-laws-that-do = Мұны көздейтін заңдар
report-for-example = Мысалы
report-not-stated = көрсетілмеген
report-n-of = { $known } ішінен { $count }
report-gaps = Олқылықтар
report-no-gaps = Жоқ: жоба салыстырылған заңдардың кемінде жартысы көздейтіннің бәрін көздейді.
report-share = салыстырылған заңдардың { $share }%
report-nearest = Ең жақын заңдар
report-similarity = ұқсастық { $value }
report-agree = Сәйкес:
report-standards = Халықаралық стандарттар
report-requirement = Талап
report-outcome = Нәтиже
report-met = Орындалды
report-missing = Жетіспейді
report-not-verified = бап тексерілмеген
profile-title = { $name }: жыныстық қудалау туралы заңнама
profile-languages = ресми тілдері: { $list }
profile-last-reviewed = Соңғы тексеру
profile-current-to = құқық { $date } жағдайы бойынша
profile-compare-with = Салыстыру…
profile-at-a-glance = Қысқаша
profile-glance-caption = { $name }: қысқаша
profile-on-this-page = Осы бетте
profile-overview = Шолу
profile-laws = Заңдар мен нормалар
profile-statistics = Статистика
profile-sources = Дереккөздер
profile-cite-this = Дәйексөз келтіру
profile-how-researched = Бұл қалай зерттелді
profile-no-offence = Жыныстық қудалау құрамы жоқ.
profile-commitments = Халықаралық міндеттемелер
profile-instrument = Құжат
profile-official-text = ресми мәтін
profile-proposal = Ұсыныс:
profile-permalink-to = { $article } тұрақты сілтемесі
profile-settings = Салалар
profile-protected = Кім қорғалады
profile-definition = Анықтаманың негізі
profile-penalties = Жазалар
profile-no-ladder = Жаза сатылары жазылмаған.
profile-ladder-caption = Жаза сатылары, { $article }
profile-notes-on = { $article } бойынша ескертпелер
profile-cite-article = { $article } дәйексөзі
profile-report-in = { $article } ішіндегі қате туралы хабарлау
profile-not-recorded = Жазылмаған.
profile-none-recorded = Ештеңе жазылмаған.
profile-evidence = Дәлелдер және рәсім
profile-remedies = Қорғау құралдары
profile-accessed = қаралған күні { $date }
profile-c190 = ХЕҰ-ның зорлық-зомбылық және қудалау туралы конвенциясы (№ 190)
profile-cedaw = ӘКЖ (CEDAW)
profile-reconciliation = татуласу: { $rule }
profile-withdrawal = арызды кері қайтарып алу: { $rule }
profile-limitation = ескіру мерзімі { $term }
profile-escalation = Қайталанған құқық бұзушылық: { $target }.
profile-escalation-within = { $term } ішінде қайталанған құқық бұзушылық: { $target }.
profile-proposal-by = { $kind }; авторы: { $proposer }
profile-stage = сатысы: { $stage }
profile-description = Жыныстық қудалау, { $name }: { $liability }.
profile-description-sources = Әр деректің дереккөзі бар.
employer-required = міндетті
employer-not-required = міндетті емес
employer-prevention-policy = Алдын алу саясаты
employer-training = Оқыту
employer-complaint-procedure = Шағымдарды қарау тәртібі
employer-investigation-deadline = Тергеу мерзімі
employer-liability = Жұмыс берушінің жауапкершілігі
employer-sanctions = Жұмыс берушілерге санкциялар
ladder-tier = Саты
ladder-offence = Құқық бұзушылық
ladder-sanctions = Заң мәтіні бойынша санкциялар
ladder-prison-days = Бас бостандығынан айыру (күн)
ladder-arrest-days = Қамаққа алу (күн)
ladder-fine-local = Айыппұл (жергілікті валютада)
ladder-fine-usd = Айыппұл (АҚШ доллары)
cite-copy = Көшіру
cite-copied = Көшірілді
cite-selected = Белгіленді: Ctrl+C басыңыз
cite-the-law = Заң:
cite-with-atlas = Құрылымдалған деректердің дереккөзі ретінде атласты көрсетіп
cite-permalink = Тұрақты сілтеме:
cite-plain = Қарапайым мәтін
cite-one-law = Бір заңға сілтеме жасайсыз ба? Жоғарыдағы әр норманың өз «Дәйексөзі» бар, онда алдымен заңның өзіне сілтеме берілген.
about-title = Жоба және әдістеме туралы
about-intro = Атлас әлемнің жыныстық қудалау туралы заңдарын дерек ретінде салыстырады. Дүниежүзілік банктің «Әйелдер, бизнес және құқық» баяндамасы «иә/жоқ» көрсеткіштерін, «БҰҰ-Әйелдер» дерекқоры үкіметтердің өз есептерін жазады, Constitute конституцияларды салыстырады. Атлас оларда жоқты жазады: жаза сатылары, қайталағанда қатаңдату, қудалау түрі мен татуласу, қамтылған салалар мен әрекеттер, жұмыс берушінің міндеттері — әрқайсысы дереккөзімен.
about-covered = Не қамтылған
about-sourcing = Деректер қалай алынады және тексеріледі
about-sourcing-1 = Әр акт, норма, статистика және ратификация үшін мекенжайы мен қаралған күні бар кемінде бір дереккөз көрсетілген. Ресми мәтіндерге (ресми басылымдар, құқықтық порталдар, парламенттер, министрліктер) басымдық беріледі, содан кейін соттар, үкіметаралық органдар, ғылыми еңбектер және заң түсіндірмелері; жаңалықтар заң жобалары үшін және екінші дереккөз ретінде пайдаланылады.
about-sourcing-2 = Жаза мөлшерлері мүмкіндігінше екі дереккөз бойынша салыстырылады; қайшылықтар норманың ескертпелерінде жазылады.
about-sourcing-3 = Белгісіз нәрсе бос қалдырылады және белгісіз деп көрсетіледі, ешқашан болжанбайды.
about-sourcing-4 = Қысқаша мазмұндар қатысушылардың өз сөздерімен жазылған; дәйексөздер — заңның ресми мәтінінен қысқа үзінділер.
about-sourcing-5 = Әр ел үшін соңғы тексеру күні көрсетілген; деректердің толықтығы туралы есеп олқылықтарды тізеді.
about-normalised = Келтірілген көрсеткіштер
about-normalised-text = Мерзімдер күнге аударылады (апта — 7 күн, ай — 30, жыл — 365). Есептік бірліктердегі айыппұлдар (мысалы, Қазақстанның айлық есептік көрсеткіші) сол жылғы бірлік мәніне көбейтіліп, сол жылғы орташа бағам бойынша АҚШ долларына аударылады (базалық жыл — { $year } немесе екі шама да бар ең соңғы ерте жыл; ол көрсетіледі). Күндік айыппұлдар мен табысқа негізделген айыппұлдар аударылмайды. Аудару мүмкін болмаса, атлас мұны айтады.
about-translations = Тілдер
about-translations-text = Интерфейс ағылшын, орыс және қазақ тілдерінде қолжетімді. Деректердің өзі (атаулар, мазмұндар, ескертпелер) ағылшын тілінде жазылған, жазылған жерлерде түпнұсқа тіліндегі атаулар мен үзінділер берілген. Интерфейстің орыс және қазақ мәтіндерін жоба қатысушылары жазған, оларды әлі тәуелсіз ана тілі иесі тексерген жоқ; түзетулер құпталады.
about-licence = Лицензия
about-licence-text = Деректер: Creative Commons Attribution 4.0 (CC BY 4.0). Код: MIT немесе Apache-2.0. Карта геометриясы: Natural Earth (қоғамдық игілік), world-atlas (ISC) арқылы.
about-mistakes-text = Әр профильде дереккөздер тізілген. Дерек қате немесе ескірген болса, жоба репозиторийінде елді, норманың тұрақты сілтемесін және түзетудің дереккөзін көрсетіп, тапсырма немесе біріктіру сұрауын ашыңыз; қатысушыларға арналған нұсқаулық (data/README.md) файлдардың қалай тексерілетінін түсіндіреді.
about-not-advice = Атлас — зерттеу құралы, заң кеңесі емес.
api-title = API және жүктеу
api-intro = Барлық әдістер тек оқуға арналған, JSON (немесе CSV) түрінде жауап береді және кілт қажет етпейді. Қате параметрлерге HTTP 400 келеді, денесі:
api-openapi = Машина оқитын сипаттама:
api-downloads = Жүктеу
api-csv = әр норманың әр жаза сатысына бір жол (harassment-atlas export --format csv сияқты);
api-csv-bom = Excel кирилл және басқа латын емес жазуларды дұрыс оқуы үшін байт реті белгісімен басталады (командалық жолда --bom).
api-json = келтірілген көрсеткіштері бар бүкіл атлас (export --format json).
api-endpoints = Әдістер
api-endpoint = Әдіс
api-returns = Қайтарады
api-jurisdictions = Барлық елдер: коды, атауы, өңірі, соңғы тексеру, ең қатаң жауапкершілік.
api-jurisdiction = Бір ел толығымен, келтірілген жаза мөлшерлерімен.
api-compare = 2-ден 6-ға дейін ел, әр өлшемге бір жол, әр мән бабына сілтемемен.
api-search = Елдер бойынша топталған нәтижелер, белгіленген үзінділер және сүзгі санағыштары.
api-draft = Жобаны (деректер файлы пішіміндегі TOML, ең көбі 256 КБ) сұрау денесінде жіберіп, талдау есебін алыңыз. Тексеру қателері 400 кодымен және diagnostics өрісімен қайтарылады (файл, жол, баған, кілт, хабар, кеңес).
api-search-parameters = Іздеу параметрлері
api-parameters-intro = Дәл сол параметрлер — search командасының опциялары; OpenAPI құжаты сол типтен жасалады:
api-parameter = Параметр
api-values = Мәндер
api-meaning = Мағынасы
api-one-or-more = бір немесе бірнеше (үтір арқылы немесе қайталап)
api-one = біреу
api-example = Мысал:
facet-liability = Жауапкершілік
facet-prosecution = Қудалау
facet-offence-kind = Құрам
facet-setting = Сала
facet-conduct = Әрекеттер
facet-status = Мәртебе
facet-region = Өңір
facet-instrument-kind = Акт түрі
facet-repeat-escalation = Қайталағанда қатаңдау
sort-relevance = сәйкестігі бойынша
sort-prison = ең ұзақ бас бостандығынан айыру
sort-arrest = ең ұзақ қамаққа алу
sort-fine = ең жоғары айыппұл
sort-date = ең жаңалары
glance-liability = Жыныстық қудалау —
glance-penalty-first = Алғашқы құқық бұзушылық
glance-penalty-repeat = Қайталанған құқық бұзушылық
glance-penalty-aggravated = Ауырлататын құрам
glance-escalation = Қатаңдату
glance-prosecution = Қудалау
glance-reconciliation = Татуласу
glance-settings = Қамтылған салалар
glance-employer-duties = Жұмыс берушінің міндеттері
glance-c190 = ХЕҰ-ның № 190 конвенциясы
glance-proposals = Заң жобалары мен ұсыныстар
cell-none-recorded = жазылмаған
cell-none-or-not-convertible = жазылмаған немесе аударылмайды
cell-size-unknown = мөлшері жазылмаған немесе аударылмайды
cell-usd = { $amount } АҚШ доллары
cell-repeat = қайталау
cell-within = { $term } ішінде
cell-employer-none-confirmed = жазылған; саясат та, оқыту да, шағым тәртібі де расталмаған
compare-row-liability = Жыныстық қудалау үшін ең қатаң жауапкершілік
compare-row-harassment = Жыныстық қудалау туралы қолданыстағы нормалар
compare-row-penalty-first = Алғашқы құқық бұзушылық үшін жаза (ең қатаңы)
compare-row-penalty-repeat = Қайталанған құқық бұзушылық үшін жаза (ең қатаңы)
compare-row-penalty-aggravated = Ауырлататын құрам үшін жаза (ең қатаңы)
compare-row-max-fine = Ең жоғары айыппұл (АҚШ доллары)
compare-row-escalation = Қайталағанда қатаңдату
compare-row-prosecution = Қудалау
compare-row-reconciliation = Татуласу
compare-row-definition = Анықтаманың негізі
compare-row-conduct = Қамтылған әрекеттер
compare-row-settings = Қамтылған салалар
compare-row-related = Қолданылатын аралас құрамдар (қудалаудың өзі емес)
compare-row-employer-duties = Жұмыс берушінің міндеттері
compare-row-c190 = ХЕҰ-ның № 190 конвенциясы
compare-row-cedaw = ӘКЖ (CEDAW)
compare-row-statistics = Статистика
compare-row-proposals = Ұсыныстар мен заң жобалары

## Plural forms

count-jurisdictions = { $n ->
    [one] ел
   *[other] ел
}
count-instruments = { $n ->
    [one] заң немесе жоба
   *[other] заң және жоба
}
count-provisions = { $n ->
    [one] норма
   *[other] норма
}
count-sources = { $n ->
    [one] дереккөз
   *[other] дереккөз
}
unit-years = { $n ->
    [one] { $n } жыл
   *[other] { $n } жыл
}
unit-months = { $n ->
    [one] { $n } ай
   *[other] { $n } ай
}
unit-weeks = { $n ->
    [one] { $n } апта
   *[other] { $n } апта
}
unit-days = { $n ->
    [one] { $n } күн
   *[other] { $n } күн
}
unit-hours = { $n ->
    [one] { $n } сағат
   *[other] { $n } сағат
}
unit-years-upto = { $n ->
    [one] { $n } жыл
   *[other] { $n } жыл
}
unit-years-upto-last = { $n ->
    [one] { $n } жылға
   *[other] { $n } жылға
}
unit-months-upto = { $n ->
    [one] { $n } ай
   *[other] { $n } ай
}
unit-months-upto-last = { $n ->
    [one] { $n } айға
   *[other] { $n } айға
}
unit-days-upto = { $n ->
    [one] { $n } күн
   *[other] { $n } күн
}
unit-days-upto-last = { $n ->
    [one] { $n } күнге
   *[other] { $n } күнге
}
unit-years-within = { $n ->
    [one] { $n } жыл
   *[other] { $n } жыл
}
unit-years-within-last = { $n ->
    [one] { $n } жыл
   *[other] { $n } жыл
}
unit-months-within = { $n ->
    [one] { $n } ай
   *[other] { $n } ай
}
unit-months-within-last = { $n ->
    [one] { $n } ай
   *[other] { $n } ай
}
unit-days-within = { $n ->
    [one] { $n } күн
   *[other] { $n } күн
}
unit-days-within-last = { $n ->
    [one] { $n } күн
   *[other] { $n } күн
}
unit-weeks-within-last = { $n ->
    [one] { $n } апта
   *[other] { $n } апта
}
unit-hours-within-last = { $n ->
    [one] { $n } сағат
   *[other] { $n } сағат
}
search-filters-set = { $n ->
    [one] { $n } орнатылған
   *[other] { $n } орнатылған
}
search-hits = { $n ->
    [one] { $n } сәйкес құжат
   *[other] { $n } сәйкес құжат
}
search-more = { $n ->
    [one] тағы { $n } —
   *[other] тағы { $n } —
}
draft-problems = { $n ->
    [one] Жобада { $n } қате бар; есеп жасалмады.
   *[other] Жобада { $n } қате бар; есеп жасалмады.
}
report-laws = { $n ->
    [one] жыныстық қудалау туралы заң
   *[other] жыныстық қудалау туралы заң
}
report-warnings = { $n ->
    [one] жобаны тексергенде { $n } ескерту
   *[other] жобаны тексергенде { $n } ескерту
}
report-agree-on = { $n ->
    [one] { $n } дерек сәйкес
   *[other] { $n } дерек сәйкес
}
report-differ-on = { $n ->
    [one] { $n } ерекшеленеді
   *[other] { $n } ерекшеленеді
}
about-covered-text = { $n ->
    [one] { $n } ел: қолданыстағы қылмыстық кодекстер, әкімшілік құқық бұзушылық туралы кодекстер, еңбек кодекстері, теңдік туралы заңдар, арнайы заңдар мен заңға тәуелді актілер, ал бөлек — сатысы мен авторы көрсетілген заң жобалары мен ұсыныстар. Жыныстық қудалаудың өзі оның орнына қолданылатын аралас құрамдардан (аңду, бұзақылық, жыныстық сипаттағы әрекеттерге мәжбүрлеу, сексистік қорлау, әдепсіз қол сұғу, интимдік бейнелерді теріс пайдалану) бөлек сақталады, сондықтан салыстырулар оларды білдірмей араластырмайды. Федеративтік мемлекеттер (АҚШ, Канада, Аустралия, Мексика…) жалпыұлттық деңгейде жазылған; олардың штаттары әртүрлі.
   *[other] { $n } ел: қолданыстағы қылмыстық кодекстер, әкімшілік құқық бұзушылық туралы кодекстер, еңбек кодекстері, теңдік туралы заңдар, арнайы заңдар мен заңға тәуелді актілер, ал бөлек — сатысы мен авторы көрсетілген заң жобалары мен ұсыныстар. Жыныстық қудалаудың өзі оның орнына қолданылатын аралас құрамдардан (аңду, бұзақылық, жыныстық сипаттағы әрекеттерге мәжбүрлеу, сексистік қорлау, әдепсіз қол сұғу, интимдік бейнелерді теріс пайдалану) бөлек сақталады, сондықтан салыстырулар оларды білдірмей араластырмайды. Федеративтік мемлекеттер (АҚШ, Канада, Аустралия, Мексика…) жалпыұлттық деңгейде жазылған; олардың штаттары әртүрлі.
}

## Data values

value-liability-criminal = қылмыстық
value-liability-administrative = әкімшілік
value-liability-civil = азаматтық
value-liability-labour = еңбек
value-harassment-liability-criminal = қылмыстық құқық бұзушылық
value-harassment-liability-administrative = әкімшілік құқық бұзушылық
value-harassment-liability-civil-labour-only = тек азаматтық немесе еңбек құқығы
value-harassment-liability-none = құрам жоқ
value-harassment-liability-unknown = белгісіз
value-prosecution-public = лауазымы бойынша (жария)
value-prosecution-complaint = тек жәбірленушінің арызы бойынша
value-prosecution-private = жеке айыптау
value-prosecution-not-stated = заңда көрсетілмеген
value-settlement-ends-case = істі тоқтатады
value-settlement-may-end-case = істі тоқтатуы мүмкін
value-settlement-does-not-end-case = істі тоқтатпайды
value-settlement-not-stated = заңда көрсетілмеген
value-offence-kind-sexual-harassment = жыныстық қудалау
value-offence-kind-stalking = аңду
value-offence-kind-hooliganism = бұзақылық
value-offence-kind-sexual-coercion = жыныстық сипаттағы әрекеттерге мәжбүрлеу
value-offence-kind-sexist-insult = сексистік қорлау
value-offence-kind-indecent-exposure = эксгибиционизм
value-offence-kind-image-based-abuse = интимдік бейнелерді теріс пайдалану
value-offence-kind-indecent-assault = әдепсіз қол сұғу
value-offence-kind-other-related = басқа аралас құрам
value-setting-workplace = жұмыс орны
value-setting-education = білім беру
value-setting-public-space = қоғамдық орындар
value-setting-public-transport = қоғамдық көлік
value-setting-online = интернет
value-setting-healthcare = денсаулық сақтау
value-setting-civil-service = мемлекеттік қызмет
value-setting-services-housing = қызметтер және тұрғын үй
value-setting-anywhere = барлық жерде
value-conduct-verbal = ауызша
value-conduct-non-verbal = вербалды емес
value-conduct-physical = физикалық
value-conduct-quid-pro-quo = тәуелділікті пайдаланып қудалау
value-conduct-hostile-environment = дұшпандық орта
value-conduct-stalking = аңду
value-conduct-street = көшедегі
value-conduct-online = интернетте
value-conduct-image-based = бейнелер арқылы
value-conduct-exhibitionism = эксгибиционизм
value-status-in-force = күшінде
value-status-adopted = қабылданған
value-status-pending = қаралуда
value-status-proposed = ұсынылған
value-status-rejected = қабылданбаған
value-status-repealed = күшін жойған
value-region-africa = Африка
value-region-americas = Америка
value-region-asia = Азия
value-region-europe = Еуропа
value-region-oceania = Океания
value-sub-region-australia-and-new-zealand = Аустралия және Жаңа Зеландия
value-sub-region-central-asia = Орталық Азия
value-sub-region-eastern-africa = Шығыс Африка
value-sub-region-eastern-asia = Шығыс Азия
value-sub-region-eastern-europe = Шығыс Еуропа
value-sub-region-latin-america-and-the-caribbean = Латын Америкасы және Кариб бассейні
value-sub-region-northern-africa = Солтүстік Африка
value-sub-region-northern-america = Солтүстік Америка
value-sub-region-northern-europe = Солтүстік Еуропа
value-sub-region-south-eastern-asia = Оңтүстік-Шығыс Азия
value-sub-region-southern-africa = Оңтүстік Африка
value-sub-region-southern-asia = Оңтүстік Азия
value-sub-region-southern-europe = Оңтүстік Еуропа
value-sub-region-western-africa = Батыс Африка
value-sub-region-western-asia = Батыс Азия
value-sub-region-western-europe = Батыс Еуропа
value-sub-region-middle-africa = Орталық Африка
value-sub-region-melanesia = Меланезия
value-sub-region-micronesia = Микронезия
value-sub-region-polynesia = Полинезия
value-instrument-kind-criminal-code = қылмыстық кодекс
value-instrument-kind-administrative-code = әкімшілік құқық бұзушылық туралы кодекс
value-instrument-kind-labour-code = еңбек кодексі
value-instrument-kind-equality-law = теңдік туралы заң
value-instrument-kind-special-law = арнайы заң
value-instrument-kind-civil-code = азаматтық кодекс
value-instrument-kind-regulation = заңға тәуелді акт
value-instrument-kind-bill = заң жобасы
value-repeat-escalation-true = иә
value-repeat-escalation-false = жоқ
value-circumstance-minor-victim = жәбірленуші кәмелетке толмаған
value-circumstance-abuse-of-authority = билікті немесе тәуелділікті теріс пайдалану
value-circumstance-public-official = лауазымды адам жасаған
value-circumstance-group = адамдар тобы жасаған
value-circumstance-vulnerable-victim = осал жәбірленуші
value-circumstance-public-transport = қоғамдық көлікте
value-circumstance-online = интернетте
value-circumstance-other = басқа
value-combine-alternative = балама
value-combine-cumulative = жиынтық
value-combine-either-or-both = біреуі немесе екеуі
value-tradition-civil-law = континенталдық құқық
value-tradition-common-law = жалпы құқық
value-tradition-islamic = ислам құқығы
value-tradition-mixed = аралас жүйе
value-source-kind-official = ресми
value-source-kind-court = сот
value-source-kind-international = халықаралық
value-source-kind-academic = ғылыми
value-source-kind-commentary = түсіндірме
value-source-kind-ngo = ҮЕҰ
value-source-kind-news = жаңалықтар
value-protected-anyone = кез келген адам
value-protected-employees = қызметкерлер
value-protected-job-applicants = жұмысқа үміткерлер
value-protected-students = білім алушылар
value-protected-trainees = тағылымдамашылар
value-protected-dependants = тәуелді адамдар
value-protected-minors = кәмелетке толмағандар
value-protected-women = әйелдер
value-protected-clients = клиенттер
value-employer-liability-strict = шартсыз
value-employer-liability-vicarious-with-defence = қызметкерлердің әрекеттері үшін, қорғану мүмкіндігімен
value-employer-liability-negligence = немқұрайлылық үшін
value-employer-liability-own-duties = өз міндеттері үшін
value-employer-liability-none = жоқ
value-remedy-damages = зиянды өтеу
value-remedy-reinstatement = жұмысқа қайта алу
value-remedy-protection-order = қорғау нұсқамасы
value-remedy-compensation = өтемақы
value-remedy-other = басқа
value-proposal-kind-bill = заң жобасы
value-proposal-kind-government-draft = үкімет жобасы
value-proposal-kind-draft = жоба
value-proposal-kind-statement = мәлімдеме
value-proposal-kind-academic = ғылыми ұсыныс
value-proposal-kind-petition = петиция
value-definition-basis-consent = келісімнің болмауы (қалаусыздық)
value-definition-basis-effect = салдары (қадір-қасиет, дұшпандық орта)
value-definition-basis-both = келісімнің болмауы да, салдары да
value-definition-basis-neither = екеуі де емес (мәжбүрлеу немесе әрекеттің өзі)
value-ratification-ratified = ратификацияланған
value-ratification-signed = қол қойылған
value-ratification-not-ratified = ратификацияланбаған
value-employer-duty-prevention-policy = алдын алу саясаты
value-employer-duty-training = оқыту
value-employer-duty-complaint-procedure = шағымдарды қарау тәртібі
value-measure-prevalence = таралуы
value-measure-reported-cases = тіркелген жағдайлар
value-measure-prosecutions = қудалаулар
value-measure-convictions = айыптау үкімдері

## Search parameters (API page)

param-q = Еркін мәтін: сөздер, "тіркестер", +міндетті, -алып тастау, title:сөз. Бос — бәрі.
param-liability = Жауапкершілік: criminal, administrative, civil, labour.
param-prosecution = Кім қудалайды: public, complaint, private, not_stated.
param-setting = Қамтылған салалар: workplace, education, public_space, public_transport, online, …
param-conduct = Қамтылған әрекеттер: verbal, physical, quid_pro_quo, street, online, …
param-region = БҰҰ M49 өңірлері: Africa, Americas, Asia, Europe, Oceania.
param-status = Акт мәртебесі: in_force, adopted, pending, proposed, rejected, repealed.
param-offence-kind = Құрам түрі: sexual_harassment, stalking, hooliganism, …
param-instrument-kind = Акт түрі: criminal_code, administrative_code, labour_code, …
param-jurisdiction = Ел кодтары (ISO 3166), мысалы KZ,RU.
param-repeat-escalation = true — тек қайталағанда қатаңдайтын сатылар; false — тек қатаңдамайтындар.
param-min-prison-days = Бас бостандығынан айырудың ең жоғары мерзімі кемінде осынша күн.
param-max-prison-days = Бас бостандығынан айырудың ең жоғары мерзімі ең көбі осынша күн.
param-min-arrest-days = Қамаққа алудың ең жоғары мерзімі кемінде осынша күн.
param-max-arrest-days = Қамаққа алудың ең жоғары мерзімі ең көбі осынша күн.
param-min-fine-usd = Ең жоғары айыппұл кемінде осынша АҚШ доллары.
param-max-fine-usd = Ең жоғары айыппұл ең көбі осынша АҚШ доллары.
param-year-from = Осы жылдан немесе одан кейін күшінде.
param-year-to = Осы жылға дейін күшінде.
param-sort = Реті: relevance, prison, arrest, fine, date.
param-page = Елдер беті, 1-ден бастап (бетте 10).
