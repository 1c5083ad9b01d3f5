# Атлас законов о домогательствах — сообщения интерфейса, русский язык.
# Ключи совпадают с en/atlas.ftl (это проверяет тест). Тексты написаны участниками проекта
# и ждут проверки носителем языка.


## Messages

site-name = Атлас законов о домогательствах
site-description = Открытый атлас, сравнивающий законы разных стран о сексуальных домогательствах: определения, шкалы наказаний, ужесточение при повторности, порядок уголовного преследования и обязанности работодателей — с источником для каждого факта.
site-og-description = Законы мира о сексуальных домогательствах в виде данных: наказания, ужесточение, преследование и обязанности работодателей, с источником для каждого факта.
nav-skip = Перейти к содержанию
nav-main = Главное меню
nav-language = Язык
nav-search = Поиск
nav-jurisdictions = Страны
nav-compare = Сравнить
nav-topics = Темы
nav-draft = Анализ законопроекта
nav-api = API и выгрузки
nav-about = О проекте
footer-data = Данные:
footer-contributors = участники проекта «Атлас законов о домогательствах».
footer-honesty = У каждого факта указан источник; неизвестное показано как неизвестное. Не является юридической консультацией.
footer-report = Сообщить об ошибке
unknown = неизвестно
home-title = Сравните законы мира о сексуальных домогательствах
home-intro = Как каждая страна определяет сексуальное домогательство, какие наказания устанавливает, ужесточаются ли они при повторном нарушении, возбуждается ли дело по должности или только по заявлению потерпевшего, какие сферы охвачены и что обязан делать работодатель. Каждый факт структурирован, снабжён ссылкой на источник и статью и датирован. Для законодателей, готовящих законопроекты, исследователей, сравнивающих страны, и активистов, ссылающихся на зарубежный опыт.
home-search-placeholder = например: домогательство на работе, повторное нарушение арест
home-map-title = Наиболее строгая ответственность за сексуальное домогательство
home-no-map = Геометрия карты (data/map/world-110m.json) отсутствует в этой папке данных.
home-legend = Легенда
home-legend-nodata = пока нет в атласе
home-map-note = Цвет: наиболее строгая ответственность, которую устанавливает действующая норма о собственно сексуальном домогательстве (составы, касающиеся только детей, не учитываются). Серый: по источникам такого правонарушения нет. Светлый: по данным неизвестно. Смежные составы (преследование, хулиганство, понуждение) здесь не учитываются; см. профиль каждой страны.
home-latest = Недавно проверенные
home-reviewed = проверено { $date }
home-all = Все страны
home-full-list = Полный список
home-topics = Темы по всем странам
home-for-excel = для Excel
list-title = Страны
list-jurisdiction = Страна
list-region = Регион
list-last-reviewed = Последняя проверка
search-label = Поиск по атласу
search-button = Найти
search-form = Поиск законов
search-words = Слова для поиска
search-placeholder = слова, "фразы", +обязательно, -исключить
search-filters = Фильтры
search-penalties-dates = Наказания и даты
search-min-prison = Лишение свободы не менее
search-min-arrest = Арест не менее
search-min-fine = Штраф не менее
search-year-from = Действует с
search-days = дн.
search-sort = Сортировка
search-apply = Применить фильтры
search-ignored = Часть запроса не учтена: { $part }
search-understood = Как был понят запрос
search-compare-ticked = Сравнить отмеченные страны
search-two-to-six = от 2 до 6
search-compare-one = сравнить
search-escalates = ужесточается при повторности
search-pages = Страницы
search-previous = Назад
search-next = Далее
search-page-of = Страница { $page } из { $pages }
search-prison-up-to = лишение свободы до { $term }
search-arrest-up-to = арест до { $term }
search-fine-up-to = штраф до { $amount } долл. США
topics-intro = Один аспект по всем странам атласа.
topic-escalation = Ужесточение при повторности
topic-escalation-about = растут ли наказания при втором и последующих нарушениях или ответственность переходит в другой вид
topic-prosecution = Преследование и примирение
topic-prosecution-about = по должности или по заявлению потерпевшего, и могут ли стороны примириться
topic-street = Уличные домогательства
topic-street-about = нормы об общественных местах, транспорте и уличных приставаниях
topic-online = Домогательства в интернете
topic-online-about = нормы о поведении в интернете и злоупотреблениях с изображениями
topic-workplace = Работа и обязанности работодателя
topic-workplace-about = охват рабочего места и обязанности работодателей
topic-penalties = Наказания
topic-penalties-about = максимальные сроки лишения свободы, ареста и штрафы за сексуальные домогательства, с диаграммами
compare-title = Сравнение стран
compare-with-title = Сравнить { $name } с…
compare-heading = Сравнение: { $names }
compare-og-description = Законы о сексуальных домогательствах рядом: наказания за первое и повторное нарушение, ужесточение, преследование, примирение, сферы и обязанности работодателей — со ссылкой на статью.
compare-choose-more = Выберите ниже ещё от одной до пяти стран для сравнения с { $name } или введите их названия.
compare-neighbours = Соседи:
compare-bar-note = Полосой отмечены строки, где страны различаются по существу (уголовная или административная ответственность, публичное преследование или по заявлению, штраф или годы лишения свободы), а не только цифрами. Цифры относятся к действующим нормам о собственно сексуальном домогательстве; для смежных составов есть отдельная строка.
list-and = { $init } и { $last }
compare-dimension = Аспект
compare-differs = различается
compare-as-json = Это сравнение в формате JSON
compare-change = Изменить сравнение
compare-choose = Выберите страны
compare-names-label = Названия или коды через запятую (всего от 2 до 6)
compare-names-placeholder = Казахстан, Узбекистан, PH
compare-by-region = Или отметьте по регионам:
error-home = Главная
error-all = Все страны
error-no-page = По этому адресу страницы нет.
error-bad-request = Неверный запрос
error-not-found = Не найдено
error-too-large = Слишком большой объём
error-busy = Сервер занят
error-something-went-wrong = Что-то пошло не так
draft-title = Анализ законопроекта
draft-intro = Вставьте или загрузите проект в том же формате, что и файлы данных атласа (один акт со статусом proposed, его нормы и шкалы наказаний). Отчёт сравнит его с законами атласа и с международными стандартами. На сервере ничего не сохраняется.
draft-examples = Начать с примера:
draft-text-label = Проект (TOML, не более { $kb } КБ)
draft-upload = …или загрузите файл
draft-against = Сравнить с
draft-against-in-force = действующими законами
draft-against-all = действующими законами и другими проектами
draft-all-regions = все регионы
draft-analyse = Анализировать
report-title = Анализ проекта: { $name }
report-compared-with = Сравнение с
report-in-force = действующими
report-in-force-and-proposed = действующими и проектами
report-another = Проанализировать другой проект
report-coverage = Охват
report-coverage-note = По каждому аспекту: что предусматривает проект и какая доля сравниваемых законов (с данными по этому аспекту) делает то же.
report-value = Значение
report-draft = Проект
report-laws-that-do = Законы, где это есть
report-for-example = Например
report-not-stated = не указано
report-n-of = { $count } из { $known }
report-gaps = Пробелы
report-no-gaps = Нет: проект предусматривает всё, что есть хотя бы в половине сравниваемых законов.
report-share = { $share }% сравниваемых законов
report-nearest = Ближайшие законы
report-similarity = сходство { $value }
report-agree = Совпадают:
report-standards = Международные стандарты
report-requirement = Требование
report-outcome = Результат
report-met = Выполнено
report-missing = Не хватает
report-not-verified = статья не проверена
profile-title = { $name }: законодательство о сексуальных домогательствах
profile-languages = официальные языки: { $list }
profile-last-reviewed = Последняя проверка
profile-current-to = право по состоянию на { $date }
profile-compare-with = Сравнить с…
profile-at-a-glance = Коротко
profile-glance-caption = { $name }: коротко
profile-on-this-page = На этой странице
profile-overview = Обзор
profile-laws = Законы и нормы
profile-statistics = Статистика
profile-sources = Источники
profile-cite-this = Как цитировать
profile-how-researched = Как это исследовано
profile-no-offence = Состава сексуального домогательства нет.
profile-commitments = Международные обязательства
profile-instrument = Документ
profile-official-text = официальный текст
profile-proposal = Предложение:
profile-permalink-to = Постоянная ссылка на { $article }
profile-settings = Сферы
profile-protected = Кто защищён
profile-definition = Определение основано на
profile-penalties = Наказания
profile-no-ladder = Шкала наказаний не записана.
profile-ladder-caption = Шкала наказаний, { $article }
profile-notes-on = Примечания к { $article }
profile-cite-article = Цитировать { $article }
profile-report-in = Сообщить об ошибке в { $article }
profile-not-recorded = Не записано.
profile-none-recorded = Ничего не записано.
profile-evidence = Доказательства и процедура
profile-remedies = Средства защиты
profile-accessed = дата обращения { $date }
profile-c190 = Конвенция МОТ о насилии и домогательствах (№ 190)
profile-cedaw = КЛДЖ (CEDAW)
profile-reconciliation = примирение: { $rule }
profile-withdrawal = отзыв заявления: { $rule }
profile-limitation = срок давности { $term }
profile-escalation = Повторное нарушение: { $target }.
profile-escalation-within = Повторное нарушение в течение { $term }: { $target }.
profile-proposal-by = { $kind }; автор: { $proposer }
profile-stage = стадия: { $stage }
profile-description = Сексуальное домогательство, { $name }: { $liability }.
profile-description-sources = Источники для каждого факта.
employer-required = обязательно
employer-not-required = не обязательно
employer-prevention-policy = Политика предотвращения
employer-training = Обучение
employer-complaint-procedure = Порядок рассмотрения жалоб
employer-investigation-deadline = Срок расследования
employer-liability = Ответственность работодателя
employer-sanctions = Санкции для работодателей
ladder-tier = Ступень
ladder-offence = Нарушение
ladder-sanctions = Санкции по тексту закона
ladder-prison-days = Лишение свободы (дни)
ladder-arrest-days = Арест (дни)
ladder-fine-local = Штраф (в местной валюте)
ladder-fine-usd = Штраф (долл. США)
cite-copy = Копировать
cite-copied = Скопировано
cite-selected = Выделено: нажмите Ctrl+C
cite-the-law = Закон:
cite-with-atlas = С указанием атласа как источника структурированных данных
cite-permalink = Постоянная ссылка:
cite-plain = Простой текст
cite-one-law = Цитируете один закон? У каждой нормы выше есть своя кнопка «Цитировать», где первой идёт ссылка на сам закон.
about-title = О проекте и методология
about-intro = Атлас сравнивает законы мира о сексуальных домогательствах в виде данных. Доклад Всемирного банка «Женщины, бизнес и право» фиксирует ответы «да/нет», база данных «ООН-женщины» — сведения, представленные самими правительствами, Constitute сравнивает конституции. Атлас фиксирует то, чего нет у них: шкалы наказаний, ужесточение при повторности, вид преследования и примирение, охваченные сферы и действия, обязанности работодателей — каждый факт с источником.
about-covered = Что охвачено
about-sourcing = Как подбираются и проверяются факты
about-sourcing-1 = Для каждого акта, нормы, статистического показателя и ратификации указан хотя бы один источник с адресом и датой обращения. Предпочтение отдаётся официальным текстам (официальные издания, правовые порталы, парламенты, министерства), затем судам, межправительственным органам, научным работам и юридическим комментариям; новости используются для законопроектов и как второй источник.
about-sourcing-2 = Размеры наказаний по возможности сверяются по двум источникам; расхождения отмечаются в примечаниях к норме.
about-sourcing-3 = Неизвестное остаётся пустым и показывается как неизвестное, а не угадывается.
about-sourcing-4 = Краткие изложения написаны участниками своими словами; цитаты — короткие выдержки из официального текста закона.
about-sourcing-5 = Для каждой страны указана дата последней проверки; отчёт о полноте данных перечисляет пробелы.
about-normalised = Приведённые показатели
about-normalised-text = Сроки переводятся в дни (неделя — 7 дней, месяц — 30, год — 365). Штрафы в расчётных единицах (например, в месячных расчётных показателях Казахстана) умножаются на значение единицы за год и переводятся в доллары США по среднему курсу того же года (базовый год — { $year } или последний более ранний год, для которого есть обе величины; он указывается). Дневные штрафы и штрафы, исчисляемые от дохода, не пересчитываются. Если пересчёт невозможен, атлас так и пишет.
about-translations = Языки
about-translations-text = Интерфейс доступен на английском, русском и казахском языках. Сами данные (названия, изложения, примечания) написаны на английском, с названиями и выдержками на языке оригинала, где они записаны. Русские и казахские тексты интерфейса написаны участниками проекта и ещё не проверены независимым носителем языка; исправления приветствуются.
about-licence = Лицензия
about-licence-text = Данные: Creative Commons Attribution 4.0 (CC BY 4.0). Код: MIT или Apache-2.0. Геометрия карты: Natural Earth (общественное достояние) через world-atlas (ISC).
about-mistakes-text = В каждом профиле перечислены источники. Если факт неверен или устарел, откройте задачу или запрос на слияние в репозитории проекта, указав страну, постоянную ссылку на норму и источник исправления; руководство для участников (data/README.md) объясняет, как проверяются файлы.
about-not-advice = Атлас — инструмент для исследований, а не юридическая консультация.
api-title = API и выгрузки
api-intro = Все методы только для чтения, отвечают в JSON (или CSV) и не требуют ключа. На неверные параметры приходит HTTP 400 с телом
api-openapi = Машиночитаемое описание:
api-downloads = Выгрузки
api-csv = одна строка на каждую ступень наказания каждой нормы (то же, что harassment-atlas export --format csv);
api-csv-bom = начинается с метки порядка байтов, чтобы Excel правильно читал кириллицу и другие нелатинские алфавиты (--bom в командной строке).
api-json = весь атлас с приведёнными показателями (export --format json).
api-endpoints = Методы
api-endpoint = Метод
api-returns = Возвращает
api-jurisdictions = Все страны: код, название, регион, последняя проверка, наиболее строгая ответственность.
api-jurisdiction = Одна страна полностью, с приведёнными размерами наказаний.
api-compare = От 2 до 6 стран, по строке на аспект, каждое значение со ссылкой на статью.
api-search = Результаты, сгруппированные по странам, с выделенными фрагментами и счётчиками фильтров.
api-draft = Отправьте проект (TOML в формате файлов данных, не более 256 КБ) в теле запроса и получите отчёт. Ошибки проверки возвращаются с кодом 400 и полем diagnostics (файл, строка, столбец, ключ, сообщение, подсказка).
api-search-parameters = Параметры поиска
api-parameters-intro = Те же параметры — опции команды search; документ OpenAPI создаётся из того же типа:
api-parameter = Параметр
api-values = Значения
api-meaning = Значение
api-one-or-more = одно или несколько (через запятую или повтором)
api-one = одно
api-example = Пример:
facet-liability = Ответственность
facet-prosecution = Преследование
facet-offence-kind = Состав
facet-setting = Сфера
facet-conduct = Действия
facet-status = Статус
facet-region = Регион
facet-instrument-kind = Вид акта
facet-repeat-escalation = Ужесточение при повторности
sort-relevance = по релевантности
sort-prison = наибольший срок лишения свободы
sort-arrest = наибольший срок ареста
sort-fine = наибольший штраф
sort-date = самые новые
glance-liability = Сексуальное домогательство —
glance-penalty-first = Первое нарушение
glance-penalty-repeat = Повторное нарушение
glance-penalty-aggravated = Квалифицированный состав
glance-escalation = Ужесточение
glance-prosecution = Преследование
glance-reconciliation = Примирение
glance-settings = Охваченные сферы
glance-employer-duties = Обязанности работодателя
glance-c190 = Конвенция МОТ № 190
glance-proposals = Законопроекты и предложения
cell-none-recorded = не записано
cell-none-or-not-convertible = не записано или не пересчитывается
cell-size-unknown = размер не записан или не пересчитывается
cell-usd = { $amount } долл. США
cell-repeat = повторное нарушение
cell-within = в течение { $term }
cell-employer-none-confirmed = записано; ни политика, ни обучение, ни порядок жалоб не подтверждены
compare-row-liability = Наиболее строгая ответственность за сексуальное домогательство
compare-row-harassment = Действующие нормы о сексуальном домогательстве
compare-row-penalty-first = Наказание за первое нарушение (наиболее строгое)
compare-row-penalty-repeat = Наказание за повторное нарушение (наиболее строгое)
compare-row-penalty-aggravated = Наказание за квалифицированный состав (наиболее строгое)
compare-row-max-fine = Наибольший штраф (долл. США)
compare-row-escalation = Ужесточение при повторности
compare-row-prosecution = Преследование
compare-row-reconciliation = Примирение
compare-row-definition = Определение основано на
compare-row-conduct = Охваченные действия
compare-row-settings = Охваченные сферы
compare-row-related = Применяемые смежные составы (не собственно домогательство)
compare-row-employer-duties = Обязанности работодателя
compare-row-c190 = Конвенция МОТ № 190
compare-row-cedaw = КЛДЖ (CEDAW)
compare-row-statistics = Статистика
compare-row-proposals = Предложения и законопроекты

## Plural forms

count-jurisdictions = { $n ->
    [one] страна
    [few] страны
   *[many] стран
}
count-instruments = { $n ->
    [one] закон или проект
    [few] закона и проекта
   *[many] законов и проектов
}
count-provisions = { $n ->
    [one] норма
    [few] нормы
   *[many] норм
}
count-sources = { $n ->
    [one] источник
    [few] источника
   *[many] источников
}
unit-years = { $n ->
    [one] { $n } год
    [few] { $n } года
   *[many] { $n } лет
}
unit-months = { $n ->
    [one] { $n } месяц
    [few] { $n } месяца
   *[many] { $n } месяцев
}
unit-weeks = { $n ->
    [one] { $n } неделя
    [few] { $n } недели
   *[many] { $n } недель
}
unit-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
unit-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
   *[many] { $n } часов
}
unit-years-upto = { $n ->
    [one] { $n } года
    [few] { $n } лет
   *[many] { $n } лет
}
unit-years-upto-last = { $n ->
    [one] { $n } года
    [few] { $n } лет
   *[many] { $n } лет
}
unit-months-upto = { $n ->
    [one] { $n } месяца
    [few] { $n } месяцев
   *[many] { $n } месяцев
}
unit-months-upto-last = { $n ->
    [one] { $n } месяца
    [few] { $n } месяцев
   *[many] { $n } месяцев
}
unit-days-upto = { $n ->
    [one] { $n } дня
    [few] { $n } дней
   *[many] { $n } дней
}
unit-days-upto-last = { $n ->
    [one] { $n } дня
    [few] { $n } дней
   *[many] { $n } дней
}
unit-years-within = { $n ->
    [one] { $n } года
    [few] { $n } лет
   *[many] { $n } лет
}
unit-years-within-last = { $n ->
    [one] { $n } года
    [few] { $n } лет
   *[many] { $n } лет
}
unit-months-within = { $n ->
    [one] { $n } месяца
    [few] { $n } месяцев
   *[many] { $n } месяцев
}
unit-months-within-last = { $n ->
    [one] { $n } месяца
    [few] { $n } месяцев
   *[many] { $n } месяцев
}
unit-days-within = { $n ->
    [one] { $n } дня
    [few] { $n } дней
   *[many] { $n } дней
}
unit-days-within-last = { $n ->
    [one] { $n } дня
    [few] { $n } дней
   *[many] { $n } дней
}
unit-weeks-within-last = { $n ->
    [one] { $n } недели
    [few] { $n } недель
   *[many] { $n } недель
}
unit-hours-within-last = { $n ->
    [one] { $n } часа
    [few] { $n } часов
   *[many] { $n } часов
}
search-filters-set = { $n ->
    [one] задан { $n }
    [few] задано { $n }
   *[many] задано { $n }
}
search-hits = { $n ->
    [one] { $n } подходящий документ
    [few] { $n } подходящих документа
   *[many] { $n } подходящих документов
}
search-more = { $n ->
    [one] и ещё { $n } в
    [few] и ещё { $n } в
   *[many] и ещё { $n } в
}
draft-problems = { $n ->
    [one] В проекте { $n } ошибка; отчёт не составлен.
    [few] В проекте { $n } ошибки; отчёт не составлен.
   *[many] В проекте { $n } ошибок; отчёт не составлен.
}
report-laws = { $n ->
    [one] законом о сексуальных домогательствах
    [few] законами о сексуальных домогательствах
   *[many] законами о сексуальных домогательствах
}
report-warnings = { $n ->
    [one] { $n } предупреждение при проверке проекта
    [few] { $n } предупреждения при проверке проекта
   *[many] { $n } предупреждений при проверке проекта
}
report-agree-on = { $n ->
    [one] совпадает { $n } факт
    [few] совпадают { $n } факта
   *[many] совпадают { $n } фактов
}
report-differ-on = { $n ->
    [one] различается { $n }
    [few] различаются { $n }
   *[many] различаются { $n }
}
about-covered-text = { $n ->
    [one] { $n } страна: действующие уголовные кодексы, кодексы об административных правонарушениях, трудовые кодексы, законы о равенстве, специальные законы и подзаконные акты, а отдельно — законопроекты и предложения с их стадией и автором. Собственно сексуальное домогательство отделено от смежных составов, применяемых вместо него (преследование, хулиганство, понуждение к действиям сексуального характера, сексистское оскорбление, непристойное посягательство, злоупотребление интимными изображениями), поэтому сравнения никогда не смешивают их незаметно. Федеративные государства (США, Канада, Австралия, Мексика…) записаны на общенациональном уровне; их штаты и провинции различаются.
    [few] { $n } страны: действующие уголовные кодексы, кодексы об административных правонарушениях, трудовые кодексы, законы о равенстве, специальные законы и подзаконные акты, а отдельно — законопроекты и предложения с их стадией и автором. Собственно сексуальное домогательство отделено от смежных составов, применяемых вместо него (преследование, хулиганство, понуждение к действиям сексуального характера, сексистское оскорбление, непристойное посягательство, злоупотребление интимными изображениями), поэтому сравнения никогда не смешивают их незаметно. Федеративные государства (США, Канада, Австралия, Мексика…) записаны на общенациональном уровне; их штаты и провинции различаются.
   *[many] { $n } стран: действующие уголовные кодексы, кодексы об административных правонарушениях, трудовые кодексы, законы о равенстве, специальные законы и подзаконные акты, а отдельно — законопроекты и предложения с их стадией и автором. Собственно сексуальное домогательство отделено от смежных составов, применяемых вместо него (преследование, хулиганство, понуждение к действиям сексуального характера, сексистское оскорбление, непристойное посягательство, злоупотребление интимными изображениями), поэтому сравнения никогда не смешивают их незаметно. Федеративные государства (США, Канада, Австралия, Мексика…) записаны на общенациональном уровне; их штаты и провинции различаются.
}

## Data values

value-liability-criminal = уголовная
value-liability-administrative = административная
value-liability-civil = гражданская
value-liability-labour = трудовая
value-harassment-liability-criminal = уголовное преступление
value-harassment-liability-administrative = административное правонарушение
value-harassment-liability-civil-labour-only = только гражданское или трудовое право
value-harassment-liability-none = состава нет
value-harassment-liability-unknown = неизвестно
value-prosecution-public = по должности (публичное)
value-prosecution-complaint = только по заявлению потерпевшего
value-prosecution-private = частное обвинение
value-prosecution-not-stated = в законе не указано
value-settlement-ends-case = прекращает дело
value-settlement-may-end-case = может прекратить дело
value-settlement-does-not-end-case = не прекращает дело
value-settlement-not-stated = в законе не указано
value-offence-kind-sexual-harassment = сексуальное домогательство
value-offence-kind-stalking = преследование
value-offence-kind-hooliganism = хулиганство
value-offence-kind-sexual-coercion = понуждение к действиям сексуального характера
value-offence-kind-sexist-insult = сексистское оскорбление
value-offence-kind-indecent-exposure = эксгибиционизм
value-offence-kind-image-based-abuse = злоупотребление интимными изображениями
value-offence-kind-indecent-assault = непристойное посягательство
value-offence-kind-other-related = иной смежный состав
value-setting-workplace = работа
value-setting-education = образование
value-setting-public-space = общественные места
value-setting-public-transport = общественный транспорт
value-setting-online = интернет
value-setting-healthcare = здравоохранение
value-setting-civil-service = государственная служба
value-setting-services-housing = услуги и жильё
value-setting-anywhere = везде
value-conduct-verbal = словесные
value-conduct-non-verbal = невербальные
value-conduct-physical = физические
value-conduct-quid-pro-quo = домогательство с использованием зависимости
value-conduct-hostile-environment = враждебная обстановка
value-conduct-stalking = преследование
value-conduct-street = уличные
value-conduct-online = в интернете
value-conduct-image-based = с изображениями
value-conduct-exhibitionism = эксгибиционизм
value-status-in-force = действует
value-status-adopted = принят
value-status-pending = на рассмотрении
value-status-proposed = предложен
value-status-rejected = отклонён
value-status-repealed = отменён
value-region-africa = Африка
value-region-americas = Америка
value-region-asia = Азия
value-region-europe = Европа
value-region-oceania = Океания
value-sub-region-australia-and-new-zealand = Австралия и Новая Зеландия
value-sub-region-central-asia = Центральная Азия
value-sub-region-eastern-africa = Восточная Африка
value-sub-region-eastern-asia = Восточная Азия
value-sub-region-eastern-europe = Восточная Европа
value-sub-region-latin-america-and-the-caribbean = Латинская Америка и Карибский бассейн
value-sub-region-northern-africa = Северная Африка
value-sub-region-northern-america = Северная Америка
value-sub-region-northern-europe = Северная Европа
value-sub-region-south-eastern-asia = Юго-Восточная Азия
value-sub-region-southern-africa = Южная Африка
value-sub-region-southern-asia = Южная Азия
value-sub-region-southern-europe = Южная Европа
value-sub-region-western-africa = Западная Африка
value-sub-region-western-asia = Западная Азия
value-sub-region-western-europe = Западная Европа
value-sub-region-middle-africa = Центральная Африка
value-sub-region-melanesia = Меланезия
value-sub-region-micronesia = Микронезия
value-sub-region-polynesia = Полинезия
value-instrument-kind-criminal-code = уголовный кодекс
value-instrument-kind-administrative-code = кодекс об административных правонарушениях
value-instrument-kind-labour-code = трудовой кодекс
value-instrument-kind-equality-law = закон о равенстве
value-instrument-kind-special-law = специальный закон
value-instrument-kind-civil-code = гражданский кодекс
value-instrument-kind-regulation = подзаконный акт
value-instrument-kind-bill = законопроект
value-repeat-escalation-true = да
value-repeat-escalation-false = нет
value-circumstance-minor-victim = потерпевший несовершеннолетний
value-circumstance-abuse-of-authority = злоупотребление властью или зависимостью
value-circumstance-public-official = совершено должностным лицом
value-circumstance-group = совершено группой лиц
value-circumstance-vulnerable-victim = уязвимый потерпевший
value-circumstance-public-transport = в общественном транспорте
value-circumstance-online = в интернете
value-circumstance-other = иное
value-combine-alternative = альтернативно
value-combine-cumulative = совокупно
value-combine-either-or-both = одно или оба
value-tradition-civil-law = романо-германское право
value-tradition-common-law = общее право
value-tradition-islamic = исламское право
value-tradition-mixed = смешанная система
value-source-kind-official = официальный
value-source-kind-court = судебный
value-source-kind-international = международный
value-source-kind-academic = научный
value-source-kind-commentary = комментарий
value-source-kind-ngo = НКО
value-source-kind-news = новости
value-protected-anyone = любое лицо
value-protected-employees = работники
value-protected-job-applicants = соискатели
value-protected-students = учащиеся
value-protected-trainees = стажёры
value-protected-dependants = зависимые лица
value-protected-minors = несовершеннолетние
value-protected-women = женщины
value-protected-clients = клиенты
value-employer-liability-strict = безусловная
value-employer-liability-vicarious-with-defence = за действия работников, с возможностью защиты
value-employer-liability-negligence = за небрежность
value-employer-liability-own-duties = за собственные обязанности
value-employer-liability-none = нет
value-remedy-damages = возмещение вреда
value-remedy-reinstatement = восстановление на работе
value-remedy-protection-order = защитное предписание
value-remedy-compensation = компенсация
value-remedy-other = иное
value-proposal-kind-bill = законопроект
value-proposal-kind-government-draft = правительственный проект
value-proposal-kind-draft = проект
value-proposal-kind-statement = заявление
value-proposal-kind-academic = научное предложение
value-proposal-kind-petition = петиция
value-definition-basis-consent = отсутствии согласия (нежелательность)
value-definition-basis-effect = последствиях (достоинство, враждебная обстановка)
value-definition-basis-both = и отсутствии согласия, и последствиях
value-definition-basis-neither = ни на том, ни на другом (принуждение или само действие)
value-ratification-ratified = ратифицирована
value-ratification-signed = подписана
value-ratification-not-ratified = не ратифицирована
value-employer-duty-prevention-policy = политика предотвращения
value-employer-duty-training = обучение
value-employer-duty-complaint-procedure = порядок рассмотрения жалоб
value-measure-prevalence = распространённость
value-measure-reported-cases = зарегистрированные случаи
value-measure-prosecutions = уголовные преследования
value-measure-convictions = обвинительные приговоры

## Search parameters (API page)

param-q = Свободный текст: слова, "фразы", +обязательно, -исключить, title:слово. Пусто — всё.
param-liability = Ответственность: criminal, administrative, civil, labour.
param-prosecution = Кто преследует: public, complaint, private, not_stated.
param-setting = Охваченные сферы: workplace, education, public_space, public_transport, online, …
param-conduct = Охваченные действия: verbal, physical, quid_pro_quo, street, online, …
param-region = Регионы ООН M49: Africa, Americas, Asia, Europe, Oceania.
param-status = Статус акта: in_force, adopted, pending, proposed, rejected, repealed.
param-offence-kind = Вид состава: sexual_harassment, stalking, hooliganism, …
param-instrument-kind = Вид акта: criminal_code, administrative_code, labour_code, …
param-jurisdiction = Коды стран (ISO 3166), например KZ,RU.
param-repeat-escalation = true — только шкалы, ужесточающиеся при повторности; false — только не ужесточающиеся.
param-min-prison-days = Максимальный срок лишения свободы не менее указанного числа дней.
param-max-prison-days = Максимальный срок лишения свободы не более указанного числа дней.
param-min-arrest-days = Максимальный срок ареста не менее указанного числа дней.
param-max-arrest-days = Максимальный срок ареста не более указанного числа дней.
param-min-fine-usd = Максимальный штраф не менее указанной суммы в долларах США.
param-max-fine-usd = Максимальный штраф не более указанной суммы в долларах США.
param-year-from = Действует с этого года или позже.
param-year-to = Действует до этого года.
param-sort = Порядок: relevance, prison, arrest, fine, date.
param-page = Страница стран, начиная с 1 (по 10 на странице).
