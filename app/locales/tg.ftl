# Луғати истилоҳҳо (барои тарҷумаи якхела):
# ҷой — место, site (дармонгоҳ, марказ, нуқта)
# навбат — запись, booking; навбат гирифтан — записаться
# вақт, вақти қабул — слот, slot
# лақаб — никнейм, nickname
# коди навбат — код записи, booking code
# аутрич-корманд — аутрич-работник, outreach worker
# кормандон, корманди дармонгоҳ — сотрудники, staff
# ҳамоҳангсоз — координатор, coordinator; маъмур — администратор
# Маркази БПНМ (СПИД) — Центр СПИД, AIDS centre
# ВНМО — ВИЧ, HIV; санҷиши ВНМО — ВИЧ-тест, HIV test
# худсанҷӣ — самотестирование, self-test
# кам кардани зарар — снижение вреда, harm reduction
# ПрЕП (пешгирии ВНМО пеш аз тамос) — ДКП, PrEP
# ПЕП (пас аз хатари эҳтимолии сироят) — ПКП, PEP
# бемориҳои сироятии ҷинсӣ (БСҶ) — ИППП, STI
# табобати ивазкунандаи опиоидӣ — ОЗТ, opioid substitution therapy
# шахси боэътимод — доверенное лицо, trusted contact
# баромади зуд — быстрый выход, quick exit
# роҳхат — направление, referral; мизоҷ — клиент, client
# бе навбат — без записи, walk-in; ҳисоб — учётная запись, account
# беном — анонимно, anonymous; ройгон — бесплатно, free

page-title = Senim
skip-to-content = Гузаштан ба матни асосӣ
quick-exit = Баромади зуд
language-switcher = Забон
footer-privacy = Senim ҷустуҷӯҳои Шуморо нигоҳ намедорад ва cookie намегузорад. Ҷойи дақиқи Шумо аз телефонатон берун намеравад.
footer-credits = Маҳалҳои аҳолинишин: GeoNames (CC BY 4.0). Дар ҳар сабт манбаъ ва санаи санҷиш нишон дода шудааст.
not-found-title = Саҳифа ёфт нашуд
not-found-back = Бозгашт ба ҷустуҷӯ

search-title = Хизматрасонии дӯстонаро дар наздикӣ ёбед
search-lead = Санҷиш, табобат ва дастгирии ройгон ва беном. Ном лозим нест.
search-place-label = Ҷойи ман…
search-place-placeholder = Шаҳр ё деҳа, масалан Тароз
locate-button = Ҷойи маро муайян кунед (тақрибан то 1 км дақиқ)
locate-failed = Ҷойи Шуморо муайян карда натавонистем. Номи шаҳрро нависед.
filters-legend = Барои Шумо чӣ муҳим аст
filter-service = Хизматрасонӣ
filter-any = Ҳар кадом
filter-kind = Навъи ҷой
filter-language = Забони кормандон
filter-open-now = Ҳозир кушода
filter-evening = Бегоҳ кор мекунад (баъд аз 18:00)
filter-weekend = Дар рӯзҳои истироҳат кор мекунад
filter-no-id = Бе ҳуҷҷати шахсият
filter-free = Ройгон
search-submit = Ёфтан
results-near-place = { $count ->
    [0] { $place }: дар наздикӣ ҳеҷ чиз ёфт нашуд
    [one] { $place }: { $count } ҷойи наздиктарин
   *[other] { $place }: { $count } ҷойи наздиктарин
}
results-near-you = { $count ->
    [0] Дар наздикии Шумо ҳеҷ чиз ёфт нашуд
    [one] Дар наздикии Шумо: { $count } ҷойи наздиктарин
   *[other] Дар наздикии Шумо: { $count } ҷойи наздиктарин
}
results-none = Ҳеҷ ҷой ба ҳамаи филтрҳо мувофиқ нест. Баъзе филтрҳоро бардоред.
place-unknown = Мо чунин маҳалро намедонем. Навиштани номро санҷед ё аз рӯйхати поён интихоб кунед.
place-suggestions = Шояд Шумо инро дар назар доштед:

error-missing-coordinates = Ҳам арзи ҷуғрофӣ ва ҳам тӯли ҷуғрофӣ лозим аст.
error-not-a-number = Координата рақам нест.
error-latitude-range = Арзи ҷуғрофӣ бояд аз -90 то 90 бошад.
error-longitude-range = Тӯли ҷуғрофӣ бояд аз -180 то 180 бошад.
error-bad-limit = Шумораи натиҷаҳо бояд аз 1 то 100 бошад.
error-unknown-service = Чунин хизматрасонӣ дар рӯйхати мо нест.
error-unknown-kind = Чунин навъи ҷой дар рӯйхати мо нест.
error-unknown-language = Чунин забон дар рӯйхати мо нест.
error-bad-flag = Филтр қимати ғайричашмдошт дорад.

kind-aids_centre = Маркази БПНМ (СПИД)
kind-friendly_cabinet = Кабинети дӯстона
kind-trust_point = Нуқтаи эътимод (кам кардани зарар)
kind-ost_site = Нуқтаи табобати ивазкунандаи опиоидӣ
kind-ngo = Ташкилоти ҷамъиятӣ
kind-mobile = Дармонгоҳи сайёр

service-hiv_rapid_test = Санҷиши зуди ВНМО
service-hiv_self_test = Маҷмӯа барои худсанҷии ВНМО
service-sti_testing = Санҷиш барои бемориҳои сироятии ҷинсӣ (БСҶ)
service-sti_treatment = Табобати бемориҳои сироятии ҷинсӣ (БСҶ)
service-gynaecology = Гинеколог, саломатии ҷинсӣ ва репродуктивӣ
service-prep = ПрЕП (пешгирии ВНМО пеш аз тамос)
service-pep = ПЕП (пас аз хатари эҳтимолии сироят)
service-art = Табобати ВНМО (АРТ)
service-ost = Табобати ивазкунандаи опиоидӣ
service-condoms = Рифола (презерватив) ва лубрикант
service-needles_syringes = Сӯзанҳо ва шприсҳо
service-legal = Машварати ҳуқуқӣ
service-psychological = Дастгирии равонӣ
service-violence_support = Кӯмак пас аз зӯроварӣ

language-ru = Русӣ
language-kk = Қазоқӣ
language-en = Англисӣ
language-uz = Ӯзбекӣ
language-ky = Қирғизӣ
language-tg = Тоҷикӣ

badge-open-now = Ҳозир кушода
badge-evening = Бегоҳӣ
badge-weekend = Рӯзҳои истироҳат
badge-no-id = Бе ҳуҷҷат
badge-free = Ройгон
badge-anonymous = Санҷиши беном

hours-today = Имрӯз
hours-unknown = соатҳои корӣ маълум нест — пеш аз омадан занг занед
hours-unknown-call = Соатҳои корӣ маълум нестанд. Пеш аз омадан занг занед ё аз аутрич-корманд пурсед.
hours-closed = баста
hours-evening-mark = (бегоҳ)
unit-km = км
address-not-verified = суроға санҷида нашудааст — занг занед ё аз аутрич-корманд пурсед
demo-label = ДЕМО
name-in-russian = (бо забони русӣ)
demo-note = Ин сабти намоишӣ аст, на ҷойи воқеӣ.

answer-yes = Ҳа
answer-no = Не
answer-unknown = Маълум нест
services-unknown = Хизматрасониҳо ҳанӯз санҷида нашудаанд — пеш аз омадан занг занед.
price-free = ройгон
price-paid = пулакӣ

back-to-search = ← Бозгашт ба ҷустуҷӯ
site-address = Суроға
site-phone = Рақами телефон
site-requires-id = Ҳуҷҷати шахсият талаб мекунанд
site-anonymous-testing = Санҷиши беном
site-languages = Забони кормандон
site-services = Хизматрасониҳо
site-hours = Соатҳои корӣ
site-hours-caption = Ҳафтаи наздик, вақти маҳаллӣ
site-source = Манбаъ
site-source-none = Манбаъ: маълумоти намоишӣ
site-checked-on = Санҷида шуд: { $date }

weekday-1 = Душанбе
weekday-2 = Сешанбе
weekday-3 = Чоршанбе
weekday-4 = Панҷшанбе
weekday-5 = Ҷумъа
weekday-6 = Шанбе
weekday-7 = Якшанбе
weekend-mark = (рӯзи истироҳат)

slots-title = Навбат гирифтан
slots-lead = Танҳо лақаб лозим аст. Вақтро интихоб кунед:
slots-none = Дар ҳафтаи наздик вақти холӣ нест. Занг занед ё баъдтар боз бубинед.
find-link = Бо код навбатро ёфтан ё бекор кардан
booking-title = Навбат барои ҳамин вақт
booking-when = { $date }, { $value }
booking-nickname-label = Лақаб
booking-nickname-hint = Ҳар номе, ки бо он Шуморо ҷеғ зананд: аз 2 то 40 ҳарф ё рақам. Номи аслии худро нанависед.
booking-service-label = Барои чӣ меоед (ихтиёрӣ)
booking-service-none = Гуфтан намехоҳам
booking-confirm = Навбатро тасдиқ кардан
booking-slot-gone-title = Барои ин вақт навбат гирифтан мумкин нест
booking-error-not-a-slot = Ин вақт аллакай банд аст. Бозгардед ва вақти дигар интихоб кунед.
booking-error-not-bookable = Дар ин ҷо навбати онлайн қабул намекунанд. Занг занед.
booking-error-full = Ҷойи охирини ин вақтро ҳозир каси дигар гирифт. Вақти дигар интихоб кунед.
booking-error-nickname-short = Лақаб бояд ақаллан 2 аломат дошта бошад.
booking-error-nickname-long = Лақаб бояд на зиёда аз 40 аломат дошта бошад.
booking-error-nickname-characters = Дар лақаб танҳо ҳарф, рақам, фосила ва - _ . истифода баред.
booking-error-service = Хизматрасониро аз рӯйхат интихоб кунед.
error-internal = Дар системаи мо хато рух дод. Ҳеҷ чиз нигоҳ дошта нашуд. Лутфан боз кӯшиш кунед.
booking-confirmed-title = Шумо навбат гирифтед
booking-code-label = Коди навбати Шумо:
booking-code-note = Ин код танҳо як бор нишон дода мешавад. Онро нависед ё сурат гиред: он барои ёфтан ё бекор кардани навбат лозим аст.
booking-site = Ҷой
booking-time = Вақт
booking-at-reception = Дар қабулгоҳ
booking-say-at-reception = Гӯед: «Ман бо номи { $value } навбат гирифтаам» ва ин кодро нишон диҳед: { $place }.
booking-ics = Ба тақвим илова кардан (дар он танҳо «Appointment» навишта мешавад)
booking-cancelled = Навбат бекор шуд, лақаби Шумо нест карда шуд.
booking-status = Ҳолат
booking-cancel = Навбатро бекор кардан
status-booked = навбат дорад
status-arrived = омад
status-fulfilled = қабул шуд
status-cancelled = бекор шуд
status-noshow = наомад
find-title = Навбатро ёфтан ё бекор кардан
find-code-label = Коди навбат
find-submit = Ёфтан
find-not-found = Навбати фаъол бо ин код нест. Кодро санҷед ва боз кӯшиш кунед.
find-too-many = Кӯшишҳо аз ҳад зиёд шуданд. Даҳ дақиқа сабр кунед.
find-bad-code = Коди навбат 8 ҳарф ва рақам дорад, масалан 7KQ2-M9XD.
booking-moved = Тайёр: вақти навбат иваз шуд. Код ҳамон аст.
booking-reschedule-label = Вақти дигар
booking-reschedule = Навбатро ба вақти дигар гузарондан

help-link = Кӯмаки фаврӣ
help-title = Кӯмаки фаврӣ
help-emergency-title = Ҳозир Шумо дар хатар ҳастед?
help-emergency = Ба 112 занг занед: ройгон ва шабонарӯзӣ.
help-call-112 = Ба 112 занг задан
help-lead = Наздиктарин ҷойҳое, ки пас аз зӯроварӣ кӯмак мекунанд, машварати ҳуқуқӣ медиҳанд ё дастгирии равонӣ мерасонанд. Нишон диҳед, ки Шумо дар куҷо ҳастед.
help-near-place = Дар наздикии { $place }
help-none = Дар наздикӣ ҳоло чунин ҷой дар маълумотнома нест.
map-title = Харитаи Қазоқистон: ҷойи ҷустуҷӯ ва ҷойҳои ёфтшуда, бо ҳамон рақамҳое, ки дар рӯйхат ҳастанд
map-caption = Харита: Natural Earth (моликияти умумӣ). Рақамҳо бо рӯйхат мувофиқанд.

date-long = { $day } { $month } { $year }
month-1 = январи
month-2 = феврали
month-3 = марти
month-4 = апрели
month-5 = майи
month-6 = июни
month-7 = июли
month-8 = августи
month-9 = сентябри
month-10 = октябри
month-11 = ноябри
month-12 = декабри

portal-login-title = Воридшавии кормандон
portal-username = Номи корбар
portal-password = Парол
portal-login = Ворид шудан
portal-login-failed = Номи корбар ё парол нодуруст аст.
portal-login-locked = Кӯшишҳо аз ҳад зиёд шуданд. 15 дақиқа сабр кунед ва боз кӯшиш кунед.
portal-home-title = Саҳифаи корманд
portal-signed-in-as = Шумо ҳамчун { $name } ({ $role }) ворид шудед.
portal-role-admin = маъмур
portal-role-staff = корманди дармонгоҳ
portal-role-outreach = аутрич-корманд
portal-your-sites = Ҷойҳои Шумо
portal-no-sites = Ба Шумо ягон ҷой вобаста нашудааст.
portal-edit-hours = Соатҳои корӣ ва навбат
portal-logout = Баромадан
portal-back = ← Саҳифаи корманд
portal-hours-saved = Нигоҳ дошта шуд. Соатҳои нав ва вақтҳои навбат аллакай дар сомона намоёнанд.
portal-hours-help = Барои ҳар рӯз то се фосилаи кориро нишон диҳед. Рӯзи холӣ рӯзи истироҳат аст.
portal-from = аз
portal-to = то
portal-booking-rules = Навбат
portal-slot-minutes = Давомнокии қабул, дақиқа
portal-capacity = Шумораи одамон барои як вақт
portal-notice-hours = Навбат ақаллан чанд соат пеш аз қабул, соат
portal-days-ahead = Навбат ҳадди аксар чанд рӯз пеш аз қабул, рӯз
portal-save = Нигоҳ доштан
portal-opening-hours-text = Бо формати OpenStreetMap:
portal-hours-bad-time = вақт бояд чунин навишта шавад: 09:30.
portal-hours-bad-interval = фосила бояд оғоз ва анҷом дошта бошад, анҷом баъд аз оғоз.
portal-hours-overlap = фосилаҳо якдигарро мепӯшонанд.
portal-rules-bad = Рақамҳоро дар қисми «Навбат» санҷед.
portal-csrf = Шакл кӯҳна шудааст. Саҳифаро аз нав кушоед.

portal-bookings = Навбатҳо аз рӯи рӯз
portal-day-previous = ← Рӯзи пешина
portal-day-next = Рӯзи оянда →
portal-day-empty = Дар ин рӯз навбат нест.
portal-day-caption = Навбатҳо бо вақти маҳаллӣ
portal-day-mark = Қайд кардан
portal-mark-arrived = Омад
portal-mark-fulfilled = Қабул анҷом ёфт
portal-mark-noshow = Наомад
portal-status-saved = Қайд шуд.
portal-status-refused = Ин навбатро ин тавр қайд кардан мумкин нест.
portal-mark-cancelled = Навбатро бекор кардан
booking-referral-by = Роҳхат: ин навбатро ташкилоти { $org } барои мизоҷ гирифтааст. Ин саҳифаро нишон диҳед ё чоп кунед.
portal-code-label = Коде, ки мизоҷ нишон медиҳад
portal-code-check = Кодро санҷидан
portal-code-found = Навбат бо ин код
portal-code-unknown = Дар ин ҷой навбат бо чунин код нест.
portal-walk-ins = Бе навбат
portal-walk-ins-today = Дар ин рӯз ба ҳисоб гирифта шуд:
portal-walk-in-add = Як нафари бе навбатро ба ҳисоб гирифтан
portal-walk-in-counted = Як нафари бе навбат ба ҳисоб гирифта шуд.
portal-indicators = Нишондиҳандаҳо
portal-ind-scope-all = Ҳамаи ҷойҳо.
portal-ind-scope-sites = Ҷойҳои Шумо.
portal-ind-scope-organisation = Роҳхатҳои ташкилоти Шумо.
portal-ind-no-names = Танҳо рақамҳо: бе лақаб ва бе код.
portal-ind-by-week = Аз рӯи ҳафта
portal-ind-by-month = Аз рӯи моҳ
portal-ind-csv = Боргирии CSV
portal-ind-empty = Ҳоло ҳеҷ чиз ба ҳисоб гирифта нашудааст.
portal-ind-period = Аз
portal-ind-site = Ҷой
portal-ind-service = Хизматрасонӣ
portal-ind-service-none = нишон дода нашудааст
portal-ind-bookings = Навбатҳо
portal-ind-arrived = Омаданд
portal-ind-noshow = Наомаданд
portal-ind-cancelled = Бекор шуданд
portal-ind-evening-weekend = Бегоҳ ё рӯзи истироҳат
portal-ind-referred = Бо роҳхат → омаданд
portal-ind-walk-ins = Бе навбат
portal-ind-evening-weekend-help = «Бегоҳ ё рӯзи истироҳат» — ҳиссаи навбатҳои бекорнашуда, ки вақташон баъд аз 18:00 тамом мешавад ё ба шанбе ё якшанбе рост меояд.
portal-referrals = Роҳхатҳо
portal-referrals-of = Навбатҳое, ки ташкилоти { $org } барои мизоҷон гирифтааст. Лақабҳо пас аз гузаштани мӯҳлати нигоҳдорӣ нест мешаванд.
portal-book-for-client = Барои мизоҷ навбат гирифтан
portal-book-for-client-help = То вақте ки Шумо дар саҳифаи корманд ворид ҳастед, навбате, ки тавассути ҷустуҷӯи умумӣ мегиред (бо лақабе, ки якҷоя бо мизоҷ интихоб кардед), роҳхати ташкилоти Шумо ҳисоб мешавад, ва саҳифаи тасдиқ — корти роҳхат.
portal-referrals-empty = Ҳоло роҳхат нест.
portal-referrals-caption = Роҳхатҳо, аввал навтаринҳо
portal-accounts = Ҳисобҳои корбарон
portal-account-role = Нақш
portal-account-scope-label = Ҷойҳо ё ташкилот
portal-account-on = фаъол
portal-account-off = хомӯш
portal-account-enable = Фаъол кардан
portal-account-disable = Хомӯш кардан
portal-account-new = Ҳисоби нав
portal-account-username-hint = Аз 3 то 40 аломат: ҳарфҳои хурди лотинӣ, рақамҳо, нуқта, нимтире ё зерхат. Бе номҳои аслӣ.
portal-account-sites = Ҷойҳо (кормандони дармонгоҳ)
portal-account-sites-hint = Барои интихоби якчанд ҷой тугмаи Ctrl-ро пахш карда нигоҳ доред.
portal-account-organisation = Ташкилот (аутрич-кормандон)
portal-account-organisation-hint = Номи ташкилот; кормандони он роҳхатҳои онро мебинанд.
portal-account-first-password = Пароли аввал (ақаллан 12 аломат); онро ба худи шахс диҳед, ӯ пас аз ворид шудан онро иваз мекунад
portal-account-create = Сохтан
portal-account-created = Ҳисоб сохта шуд.
portal-account-saved = Нигоҳ дошта шуд.
portal-account-not-changed = Ҳеҷ чиз иваз нашуд: ҳисоби худро хомӯш кардан мумкин нест.
portal-account-taken = Ин номи корбар аллакай банд аст.
portal-account-bad-username = Номи корбар аз 3 то 40 аломат дорад: ҳарфҳои хурди лотинӣ, рақамҳо, нуқта, нимтире ё зерхат.
portal-account-needs-site = Ба корманди дармонгоҳ ақаллан як ҷой лозим аст.
portal-account-needs-org = Ба аутрич-корманд ташкилот лозим аст.
portal-account-scope = Ҷойҳо — танҳо барои кормандони дармонгоҳ, ташкилот — танҳо барои аутрич-кормандон.
portal-password-change = Иваз кардани парол
portal-password-current = Пароли ҳозира
portal-password-new = Пароли нав (ақаллан 12 аломат)
portal-password-repeat = Пароли навро боз як бор нависед
portal-password-short = Парол бояд ақаллан 12 аломат дошта бошад.
portal-password-wrong = Пароли ҳозира нодуруст аст.
portal-password-mismatch = Паролҳои нав якхела нестанд.
portal-password-changed = Парол иваз шуд. Воридшавиҳои дигари Шумо қатъ карда шуданд.
portal-audit = Дафтари амалҳо
portal-audit-empty = Ҳоло амали кормандон нест.
portal-audit-caption = Амалҳои кормандон, аввал навтаринҳо (вақт бо UTC)
portal-audit-when = Кай
portal-audit-action = Амал
portal-audit-detail = Тафсилот
audit-hours = соатҳои корӣ ва қоидаҳои навбат иваз шуданд
audit-booking-status = навбат қайд шуд
audit-walk-in = як нафари бе навбат ба ҳисоб гирифта шуд
audit-account-created = ҳисоб сохта шуд
audit-account-disabled = ҳисоб хомӯш карда шуд
audit-account-enabled = ҳисоб фаъол карда шуд
audit-password-changed = пароли худ иваз карда шуд
portal-week = Ҳафта
portal-week-previous = ← Ҳафтаи пешина
portal-week-next = Ҳафтаи оянда →
portal-day-closed = Дар ин рӯз ҷой баста аст (нигаред ба «Рӯзҳои ғайрикорӣ» дар соатҳои корӣ).
portal-slots-caption = Вақтҳои наздиктарини қабул
portal-slot-seats = Навбат гирифтаанд / ҷойҳо
portal-slot-block = Бастан
portal-slot-unblock = Кушодан
portal-slot-is-blocked = баста
portal-slot-refused = Ин вақтро бастан ё кушодан мумкин нест (он гузаштааст ё вақти қабул нест).
portal-slot-blocked = Баста шуд: барои ин вақт дигар навбат гирифтан мумкин нест.
portal-slot-unblocked = Кушода шуд: барои ин вақт боз навбат гирифтан мумкин аст.
portal-closures = Рӯзҳои ғайрикорӣ
portal-closures-help = Идҳо ва рӯзҳои дигаре, ки ҷой баста аст, новобаста аз соатҳои корӣ. Дар ин рӯзҳо навбат гирифтан мумкин нест.
portal-closure-add = Ин рӯзҳоро бастан
portal-closure-remove = Боз кушодан
portal-closure-bad = Рӯзи аввалро на пештар аз имрӯз ва рӯзи охиринро на дертар аз 62 рӯз баъд нишон диҳед.
portal-closure-added = Баста шуд. Барои ин рӯзҳо дигар навбат гирифтан мумкин нест.
portal-closure-removed = Боз кушода шуд.
audit-slot-blocked = вақт баста шуд
audit-slot-unblocked = вақт кушода шуд
audit-closure-added = рӯзҳо баста шуданд
audit-closure-removed = рӯз боз кушода шуд
site-notes = Аз кормандон
site-staff-checked-on = Кормандон { $date } тасдиқ карданд
portal-profile = Маълумоти ҷой
portal-profile-saved = Нигоҳ дошта шуд. Саҳифаи ҷой аллакай тағйиротро нишон медиҳад.
portal-profile-check = Ин майдонҳоро санҷед:
portal-profile-names = Номҳо
portal-profile-place = Дар куҷо
portal-profile-access = Дастрасӣ
portal-profile-not-offered = пешниҳод намешавад
portal-profile-precision-street = суроғаи дақиқ
portal-profile-precision-city = танҳо шаҳр (суроға тасдиқ нашудааст)
portal-profile-field-name_ru = Ном бо забони русӣ
portal-profile-field-name_kk = Ном бо забони қазоқӣ
portal-profile-field-name_en = Ном бо забони англисӣ
portal-profile-field-address = Суроға
portal-profile-field-lat = Арзи ҷуғрофӣ (масалан, 43.2389)
portal-profile-field-lon = Тӯли ҷуғрофӣ (масалан, 76.8897)
portal-profile-field-precision = Ҷой то чӣ андоза дақиқ нишон дода шудааст
portal-profile-field-services = Хизматрасониҳо
portal-profile-field-requires_id = Ҳуҷҷат лозим аст
portal-profile-field-anonymous_testing = Санҷиши беном
portal-profile-field-languages = Забонҳо
portal-profile-field-phone = Рақами телефон
portal-profile-field-notes = Ёддошт барои муроҷиаткунандагон (то 500 аломат; бе номи кормандон ва мизоҷон)
audit-profile = маълумоти ҷой иваз шуд
portal-walk-in-service = Хизматрасонӣ (ихтиёрӣ)

# Help now: national lines, online self-test, alert someone you trust
kind-online = Хизматрасонии онлайн
service-hiv_self_test_online = Худсанҷии ВНМО бо фармоиши онлайн
online-title = Онлайн фармоиш додан
online-self-test-note = Ройгон ва беном. Шумо худ интихоб мекунед, ки маҷмӯаро аз куҷо гиред; нуқтаҳои гирифтан дар сомона нишон дода шудаанд.
helplines-title = Рақамҳои телефони кӯмак
helplines-lead = Хатҳо ва хадамоти ройгони миллӣ. Дар ин ҷо танҳо рақамҳои телефон ҳастанд: суроғаи паноҳгоҳҳо пинҳон нигоҳ дошта мешавад.
helpline-police = Милитсия: 102
helpline-police-for = Агар ба Шумо таҳдид кунанд ё пас аз зӯроварӣ. Нозири минтақавии милитсия метавонад ордери ҳимоявиро ба мӯҳлати 30 рӯз диҳад ва вазифадор аст аризаи Шуморо қабул кунад.
helpline-ambulance = Ёрии таъҷилӣ: 103
helpline-ambulance-for = Ҷароҳатҳо пас аз зӯроварӣ: ёрии тиббӣ ва сабти тиббӣ, ки баъдтар ба кор меояд.
helpline-contact-centre-111 = 111: маркази тамос оид ба ҳифзи оила, занон ва кӯдакон
helpline-contact-centre-111-for = Шабонарӯзӣ, ройгон ва беном: равоншиносон ва ҳуқуқшиносон пас аз зӯроварии хонаводагӣ ё таъқиб кӯмак мерасонанд. Бо паёмаки матнӣ низ метавонед муроҷиат кунед.
helpline-trust-line-150 = 150: телефони эътимод
helpline-trust-line-150-for = Дастгирӣ ва маслиҳат аз Иттиҳоди марказҳои бӯҳронӣ, пеш аз ҳама барои кӯдакон ва ҷавонон.
helpline-legal-aid = Кӯмаки ройгони ҳуқуқӣ аз давлат
helpline-legal-aid-for = Агар Шумо ба ҳуқуқшинос пул дода натавонед, давлат маълумоти ҳуқуқӣ ва машваратро ройгон медиҳад. Чӣ тавр муроҷиат кардан: манбаъро бинед.
helpline-reactor = РЕАктор: агар ҳуқуқҳои Шумо поймол шуда бошанд
helpline-reactor-for = Параҳуқуқшиносон аз ҷомеа вайронкунии ҳуқуқҳоро, ки ба ВНМО вобастаанд, сабт мекунанд ва дар вокуниш ба онҳо кӯмак мерасонанд, мисли як ҳолат дар Қазоқистон, ки касеро бо сабаби вазъи ВНМО аз манзил берун карданд.
alert-title = Ба шахси боэътимод хабар додан
alert-lead = Бо як зер кардан барномаи SMS бо паёми дархости кӯмак кушода мешавад. Гирандаро дар он ҷо интихоб кунед.
alert-lead-saved = Рақами шахси боэътимоди худро нигоҳ доред. Он танҳо дар ҳамин телефон мемонад: Senim онро намегирад ва баромади зуд онро пок мекунад.
alert-number-label = Рақами телефони ӯ
alert-save = Дар ҳамин телефон нигоҳ доштан
alert-forget = Рақамро пок кардан
alert-saved = Танҳо дар ҳамин телефон нигоҳ дошта шуд.
alert-bad-number = Рақами телефонро ворид кунед: танҳо рақамҳо, дар аввал + гузоштан мумкин аст.
alert-location = Ҷойи маро илова кунед (тақрибан 100 м)
alert-location-added = Ҷойи Шумо бо дақиқии тақрибан 100 м ба паём илова шуд.
alert-location-failed = Ҷойи Шуморо муайян карда натавонистем. Паём бе он фиристода мешавад.
alert-send = Фиристодани паёми изтирорӣ тавассути SMS
alert-message = Ба ман кӯмак лозим аст. Ба ман занг зан ё биё.
alert-message-location = Ба ман кӯмак лозим аст. Ба ман занг зан ё биё. Ман дар наздикии { $lat }, { $lon } ҳастам (тақрибан 100 м).
offline-saved = Нусхаи захирашуда, бе интернет нишон дода мешавад. Вақти захира:
site-not-checked-since = Санҷиши охирин: { $date }. Аз он вақт шояд тағйир ёфта ё баста шуда бошад.
report-title = Дар ин ҷо чизе нодуруст аст?
report-what = Чӣ нодуруст аст?
report-problem-closed = Ҷой баста шудааст
report-problem-moved = Ҷой ба ҷои дигар кӯчидааст
report-problem-hours = Соатҳои корӣ нодурустанд
report-problem-phone = Рақами телефон нодуруст аст
report-problem-other = Чизи дигар
report-note = Ёддошт (ихтиёрӣ, то 300 аломат). Лутфан номи худ ва рақами телефонатонро нанависед.
report-private = Мо дар бораи Шумо ҳеҷ чиз нигоҳ намедорем: на суроғаи IP, на cookie, на ҳисоб. Маълумоти ҷойро ҳамоҳангсоз месанҷад.
report-send = Фиристодан
report-sent = Ташаккур. Ҳамоҳангсоз маълумоти ин ҷойро месанҷад.
report-error-problem = Интихоб кунед, ки чӣ нодуруст аст.
report-error-note = Ёддошт хеле дароз аст: ҳадди аксар 300 аломат.
report-error-too-many = Аз ин ҷо хабарҳо аз ҳад зиёд фиристода шуданд: пас аз як соат боз кӯшиш кунед.
report-reported-closed = Хабар доданд, ки ҷой баста шудааст: { $date }. Ҳоло санҷида мешавад.
portal-site-reports = Хабарҳои муроҷиаткунандагон
portal-site-reports-lead = Хатогиҳое, ки муроҷиаткунандагон дар маълумоти ҷой нишон додаанд, аввал кӯҳнатаринҳо. Кӣ онҳоро фиристодааст, маълум нест. Маълумоти ҷойро ислоҳ кунед, баъд хабарро ҳалшуда қайд кунед ё рад кунед.
portal-site-reports-empty = Хабари баррасинашуда нест.
portal-site-reports-caption = Хабарҳои баррасинашуда, аввал кӯҳнатаринҳо
portal-site-reports-when = Санаи хабар
portal-site-reports-problem = Мушкилот
portal-site-reports-note = Ёддошт
portal-site-reports-resolve = Ҳал шуд
portal-site-reports-dismiss = Рад кардан
portal-site-reports-resolved = Ҳалшуда қайд шуд.
portal-site-reports-dismissed = Рад карда шуд.
audit-report-resolved = хабари муроҷиаткунанда ҳал шуд
audit-report-dismissed = хабари муроҷиаткунанда рад карда шуд
portal-directory = Маълумотнома
portal-directory-lead = Ҳамаи ҷойҳои нашршуда, аввал онҳое, ки аз ҳама пештар санҷида шудаанд. Ҷойеро, ки корашро қатъ кардааст, бандед: он дарҳол аз ҷустуҷӯ, харита, API ва маълумоти кушода хориҷ мешавад, вале навбатҳо ва нишондиҳандаҳои он нигоҳ дошта мешаванд. Барои аз нав нашр кардани ҷой онро боз кушоед.
portal-directory-caption = Ҷойҳои нашршуда, аввал онҳое, ки аз ҳама пештар санҷида шудаанд
portal-directory-city = Шаҳр
portal-directory-checked = Санҷиши охирин
portal-directory-stale = (муддати дароз санҷида нашудааст)
portal-directory-close = Бастан
portal-directory-reopen = Боз кушодан
portal-directory-closed = Ҷойҳои басташуда
portal-directory-closed-caption = Ҷойҳои басташуда, аввал охирин басташудаҳо
portal-directory-closed-on = Санаи бастан
portal-directory-none-closed = Ягон ҷой баста нашудааст.
portal-directory-closed-done = Баста шуд: ҷой дигар нашр намешавад.
portal-directory-reopened = Боз кушода шуд: ҷой боз нашр шуд.
portal-directory-affected = Навбатҳои ояндаи ин ҷой. Бо ҳеҷ кас тамос гирифтан мумкин нест (навбатҳо беноманд); ба кормандони ҷой хабар диҳед, зеро ин одамон ҳанӯз метавонанд биёянд:
audit-site-closed = ҷой баста шуд
audit-site-reopened = ҷой боз кушода шуд
portal-role-coordinator = ҳамоҳангсоз
portal-account-regions = Вилоятҳо (барои ҳамоҳангсозон)
portal-account-regions-hint = Ҳамоҳангсоз ҷойҳо, хабарҳои муроҷиаткунандагон ва бастани ҷойҳоро дар ин вилоятҳо пеш мебарад.
portal-account-needs-region = Барои ҳисоби ҳамоҳангсоз ақаллан як вилоятро интихоб кунед.
