# Senim: кыргызча котормо (Kyrgyz translation). Терминдер сөздүгү, бардык жерде бирдей колдонулат:
# site / place (место) — жер; seat at a time (место на время) — орун
# booking (запись) — жазылуу; to book — жазылуу; people who booked — жазылгандар
# slot / appointment time (время приёма) — кабыл алуу убактысы, убакыт
# nickname (никнейм) — лакап ат
# booking code (код записи) — жазылуу коду
# outreach worker (аутрич-работник) — аутрич-кызматкер
# staff (сотрудники) — кызматкерлер; clinic staff — клиниканын кызматкери
# coordinator / administrator — администратор
# client — клиент; referral (направление) — жолдомо; walk-in — жазылбай келген адам
# AIDS centre (центр СПИД) — СПИД борбору
# harm reduction (снижение вреда) — зыянды азайтуу; trust point — ишеним пункту
# HIV (ВИЧ) — АИВ (адамдын иммундук жетишсиздик вирусу)
# HIV test — АИВге текшерүү, АИВге экспресс-тест; self-test — өзүн-өзү текшерүү
# PrEP (ДКП) — PrEP (байланышка чейинки алдын алуу)
# PEP (ПКП) — PEP (АИВ жугушу мүмкүн болгон байланыштан кийин)
# STI (ИППП) — жыныстык жол менен жугуучу инфекциялар
# anonymous — анонимдүү; free — акысыз; ID document — документ
# trusted contact — ишенимдүү адам; quick exit — тез чыгуу
# password — сырсөз; account (учётная запись) — эсептик жазуу; week — апта
# Date: year first, "2026-жылдын 23-ноябры". Plurals: one / other; a noun after a number stays singular.

page-title = Senim
skip-to-content = Негизги мазмунга өтүү
quick-exit = Тез чыгуу
language-switcher = Тил
footer-privacy = Senim сиздин издөөлөрүңүздү сактабайт жана cookie койбойт. Так жайгашкан жериңиз телефонуңуздан чыкпайт.
footer-credits = Калктуу конуштар: GeoNames (CC BY 4.0). Ар бир жазууда булагы жана текшерилген күнү көрсөтүлгөн.
not-found-title = Барак табылган жок
not-found-back = Издөөгө кайтуу

search-title = Жакын жерден достук мамиледеги кызматты табыңыз
search-lead = Акысыз жана анонимдүү текшерүү, дарылоо жана колдоо. Атыңызды айтуунун кереги жок.
search-place-label = Мен турган жер…
search-place-placeholder = Шаар же айыл, мисалы Тараз
locate-button = Жайгашкан жеримди аныктоо (болжол менен 1 км тактыкта)
locate-failed = Жайгашкан жериңизди аныктай алган жокпуз. Шаардын атын жазыңыз.
filters-legend = Сиз үчүн эмне маанилүү
filter-service = Кызмат
filter-any = Каалаган
filter-kind = Жердин түрү
filter-language = Кызматкерлердин тили
filter-open-now = Азыр ачык
filter-evening = Кечинде иштейт (18:00дөн кийин)
filter-weekend = Дем алыш күндөрү иштейт
filter-no-id = Документ талап кылынбайт
filter-free = Акысыз
search-submit = Табуу
results-near-place = { $count ->
    [0] { $place }: жакын жерден эч нерсе табылган жок
    [one] { $place }: эң жакын { $count } жер
   *[other] { $place }: эң жакын { $count } жер
}
results-near-you = { $count ->
    [0] Сизге жакын жерден эч нерсе табылган жок
    [one] Сизге эң жакын { $count } жер
   *[other] Сизге эң жакын { $count } жер
}
results-none = Бардык чыпкаларга туура келген жер жок. Айрымдарын алып салып көрүңүз.
place-unknown = Мындай калктуу конушту билбейбиз. Жазылышын текшериңиз же төмөндөн тандаңыз.
place-suggestions = Балким, сиз муну издегенсиз:

error-missing-coordinates = Кеңдик да, узундук да керек.
error-not-a-number = Координата сан эмес.
error-latitude-range = Кеңдик -90 менен 90дун ортосунда болушу керек.
error-longitude-range = Узундук -180 менен 180дин ортосунда болушу керек.
error-bad-limit = Жыйынтыктардын саны 1ден 100гө чейин болушу керек.
error-unknown-service = Мындай кызмат биздин тизмеде жок.
error-unknown-kind = Мындай жердин түрү биздин тизмеде жок.
error-unknown-language = Мындай тил биздин тизмеде жок.
error-bad-flag = Чыпкада күтүлбөгөн маани бар.

kind-aids_centre = СПИД борбору
kind-friendly_cabinet = Достук кабинети
kind-trust_point = Ишеним пункту (зыянды азайтуу)
kind-ost_site = Опиоиддик алмаштыруучу терапия пункту
kind-ngo = Коомдук уюм
kind-mobile = Көчмө клиника

service-hiv_rapid_test = АИВге экспресс-тест
service-hiv_self_test = АИВге өзүн-өзү текшерүү үчүн топтом
service-sti_testing = Жыныстык жол менен жугуучу инфекцияларга текшерүү
service-sti_treatment = Жыныстык жол менен жугуучу инфекцияларды дарылоо
service-gynaecology = Гинеколог, жыныстык жана репродуктивдүү ден соолук
service-prep = PrEP (байланышка чейинки алдын алуу)
service-pep = PEP (АИВ жугушу мүмкүн болгон байланыштан кийин)
service-art = АИВди дарылоо (АРТ)
service-ost = Опиоиддик алмаштыруучу терапия
service-condoms = Презервативдер жана лубриканттар
service-needles_syringes = Ийнелер жана шприцтер
service-legal = Юридикалык кеңеш
service-psychological = Психологиялык колдоо
service-violence_support = Зомбулуктан кийинки жардам

language-ru = Орус тили
language-kk = Казак тили
language-en = Англис тили
language-uz = Өзбек тили
language-ky = Кыргыз тили
language-tg = Тажик тили

badge-open-now = Азыр ачык
badge-evening = Кечинде
badge-weekend = Дем алыш күндөрү
badge-no-id = Документсиз
badge-free = Акысыз
badge-anonymous = Анонимдүү текшерүү

hours-today = Бүгүн
hours-unknown = иштөө убактысы белгисиз — алдын ала чалыңыз
hours-unknown-call = Иштөө убактысы белгисиз. Алдын ала чалыңыз же аутрич-кызматкерден сураңыз.
hours-closed = жабык
hours-evening-mark = (кечки)
unit-km = км
address-not-verified = дареги текшерилген эмес — чалыңыз же аутрич-кызматкерден сураңыз
demo-label = ДЕМО
name-in-russian = (орусча)
demo-note = Бул чыныгы жер эмес, көрсөтүү үчүн жасалган жазуу.

answer-yes = Ооба
answer-no = Жок
answer-unknown = Белгисиз
services-unknown = Кызматтар азырынча текшерилген эмес — алдын ала чалыңыз.
price-free = акысыз
price-paid = акылуу

back-to-search = ← Издөөгө кайтуу
site-address = Дарек
site-phone = Телефон
site-requires-id = Инсандыкты тастыктаган документ сурашат
site-anonymous-testing = Анонимдүү текшерүү
site-languages = Кызматкерлердин тили
site-services = Кызматтар
site-hours = Иштөө убактысы
site-hours-caption = Алдыдагы апта, жергиликтүү убакыт
site-source = Булак
site-source-none = Булак: көрсөтүү үчүн маалыматтар
site-checked-on = Текшерилген күнү: { $date }

weekday-1 = Дүйшөмбү
weekday-2 = Шейшемби
weekday-3 = Шаршемби
weekday-4 = Бейшемби
weekday-5 = Жума
weekday-6 = Ишемби
weekday-7 = Жекшемби
weekend-mark = (дем алыш)

slots-title = Кабыл алууга жазылуу
slots-lead = Лакап ат гана керек. Убакытты тандаңыз:
slots-none = Алдыдагы аптада бош убакыт жок. Чалыңыз же кийинчерээк кайра караңыз.
find-link = Жазылган убакытты код менен табуу же жокко чыгаруу
booking-title = Бул убакытка жазылуу
booking-when = { $date }, { $value }
booking-nickname-label = Лакап ат
booking-nickname-hint = Сизди чакырышканда колдонула турган каалаган ат: 2ден 40ка чейин тамга же сан. Чыныгы атыңыз эмес.
booking-service-label = Эмне үчүн келесиз (милдеттүү эмес)
booking-service-none = Айткым келбейт
booking-confirm = Ооба, жазылам
booking-slot-gone-title = Бул убакытка жазылууга болбойт
booking-error-not-a-slot = Бул убакыт эми бош эмес. Артка кайтып, башка убакыт тандаңыз.
booking-error-not-bookable = Бул жерде онлайн жазылуу жок. Чалыңыз.
booking-error-full = Бул убакыттагы акыркы орунду азыр эле бирөө ээлеп алды. Башка убакыт тандаңыз.
booking-error-nickname-short = Лакап атта кеминде 2 белги болушу керек.
booking-error-nickname-long = Лакап атта 40тан ашык белги болбошу керек.
booking-error-nickname-characters = Лакап атта тамгаларды, сандарды, боштуктарды жана - _ . белгилерин гана колдонсо болот.
booking-error-service = Тизмеден кызматты тандаңыз.
error-internal = Бизде бир нерсе бузулуп калды. Эч нерсе сакталган жок. Кайра аракет кылып көрүңүз.
booking-confirmed-title = Сиз жазылдыңыз
booking-code-label = Сиздин жазылуу кодуңуз:
booking-code-note = Ал бир гана жолу көрсөтүлөт. Аны жазып алыңыз же сүрөткө тартып алыңыз: жазылууну табуу же жокко чыгаруу үчүн керек.
booking-site = Жер
booking-time = Убакыт
booking-at-reception = Каттоо бөлүмүндө
booking-say-at-reception = «Мен { $value } деген ат менен жазылганмын» деп айтып, { $place } кодун көрсөтүңүз.
booking-ics = Календарга кошуу (анда «Appointment» деген сөз гана болот)
booking-cancelled = Сиздин жазылууңуз жокко чыгарылды, лакап атыңыз өчүрүлдү.
booking-status = Абалы
booking-cancel = Бул жазылууну жокко чыгаруу
status-booked = жазылган
status-arrived = келди
status-fulfilled = кабыл алуу болду
status-cancelled = жокко чыгарылды
status-noshow = келген жок
find-title = Жазылган убакытты табуу же жокко чыгаруу
find-code-label = Сиздин кодуңуз
find-submit = Табуу
find-not-found = Мындай коду бар активдүү жазылуу жок. Кодду текшерип, кайра аракет кылыңыз.
find-too-many = Өтө көп аракет болду. Он мүнөт күтө туруңуз.
find-bad-code = Коддо 8 тамга жана сан болот, мисалы 7KQ2-M9XD.
booking-moved = Даяр: жазылуу убактысы өзгөртүлдү. Код ошол эле бойдон калды.
booking-reschedule-label = Башка убакыт
booking-reschedule = Башка убакытка жылдыруу

help-link = Азыр жардам керек
help-title = Азыр жардам керек
help-emergency-title = Сизге коркунуч туулуп жатабы?
help-emergency = 112ге чалыңыз: акысыз, күнү-түнү.
help-call-112 = 112ге чалуу
help-lead = Зомбулуктан кийин жардам берген, юридикалык кеңеш же психологиялык колдоо көрсөткөн эң жакын жерлер. Кайсы жерде экениңизди көрсөтүңүз.
help-near-place = { $place } жанында
help-none = Жакын жерде мындай жер маалымдамада азырынча жок.
map-title = Казакстандын картасы: издөө жери жана табылган жерлер, тизмедегидей номерленген
map-caption = Карта: Natural Earth (коомдук менчик). Номерлер тизме менен дал келет.

date-long = { $year }-жылдын { $day }-{ $month }
month-1 = январы
month-2 = февралы
month-3 = марты
month-4 = апрели
month-5 = майы
month-6 = июну
month-7 = июлу
month-8 = августу
month-9 = сентябры
month-10 = октябры
month-11 = ноябры
month-12 = декабры

portal-login-title = Кызматкерлер үчүн кирүү
portal-username = Колдонуучунун аты
portal-password = Сырсөз
portal-login = Кирүү
portal-login-failed = Колдонуучунун аты же сырсөз туура эмес.
portal-login-locked = Өтө көп аракет болду. 15 мүнөт күтүп, кайра аракет кылыңыз.
portal-home-title = Кызматкердин кабинети
portal-signed-in-as = Сиз { $name } катары кирдиңиз ({ $role }).
portal-role-admin = администратор
portal-role-staff = клиниканын кызматкери
portal-role-outreach = аутрич-кызматкер
portal-your-sites = Сиздин жерлериңиз
portal-no-sites = Сизге бир да жер бекитилген эмес.
portal-edit-hours = Иштөө убактысы жана жазылуу
portal-logout = Чыгуу
portal-back = ← Кызматкердин кабинети
portal-hours-saved = Сакталды. Жаңы иштөө убактысы жана жазылуу убакыттары сайтта көрүнүп турат.
portal-hours-help = Ар бир күн үчүн үчкө чейин иштөө аралыгын көрсөтүңүз. Бош калган күн — дем алыш.
portal-from = баштап
portal-to = чейин
portal-booking-rules = Кабыл алууга жазылуу
portal-slot-minutes = Кабыл алуунун узактыгы, мүнөт
portal-capacity = Бир убакытка канча адам
portal-notice-hours = Эң аз дегенде канча саат мурун жазылуу
portal-days-ahead = Эң көп дегенде канча күн мурун жазылуу
portal-save = Сактоо
portal-opening-hours-text = OpenStreetMap форматында:
portal-hours-bad-time = убакыт 09:30 түрүндө болушу керек.
portal-hours-bad-interval = аралыктын башы жана аягы керек, аягы башынан кийин болсун.
portal-hours-overlap = аралыктар бири-бирине кабатталып калды.
portal-rules-bad = «Кабыл алууга жазылуу» бөлүмүндөгү сандарды текшериңиз.
portal-csrf = Форманын мөөнөтү өтүп калды. Баракты кайра ачыңыз.

portal-bookings = Күн боюнча жазылуулар
portal-day-previous = ← Мурунку күн
portal-day-next = Кийинки күн →
portal-day-empty = Бул күнгө эч ким жазылган эмес.
portal-day-caption = Жергиликтүү убакыт боюнча жазылуулар
portal-day-mark = Белгилөө
portal-mark-arrived = Келди
portal-mark-fulfilled = Кабыл алуу бүттү
portal-mark-noshow = Келген жок
portal-status-saved = Белгиленди.
portal-status-refused = Бул жазылууну мындай белгилөөгө болбойт.
portal-mark-cancelled = Жокко чыгаруу
booking-referral-by = Жолдомо: бул жазылууну клиент үчүн { $org } уюму жасады. Бул баракты көрсөтүңүз же басып чыгарыңыз.
portal-code-label = Клиент көрсөткөн код
portal-code-check = Кодду текшерүү
portal-code-found = Бул код боюнча жазылуу
portal-code-unknown = Бул жерде мындай коду бар жазылуу жок.
portal-walk-ins = Жазылбай келгендер
portal-walk-ins-today = Бул күнү эсептелди:
portal-walk-in-add = Жазылбай келген бир адамды эсептөө
portal-walk-in-counted = Жазылбай келген бир адам эсептелди.
portal-indicators = Көрсөткүчтөр
portal-ind-scope-all = Бардык жерлер.
portal-ind-scope-sites = Сиздин жерлериңиз.
portal-ind-scope-organisation = Уюмуңуздун жолдомолору.
portal-ind-no-names = Сандар гана: лакап аттар жана коддор жок.
portal-ind-by-week = Апталар боюнча
portal-ind-by-month = Айлар боюнча
portal-ind-csv = CSV жүктөп алуу
portal-ind-empty = Азырынча эч нерсе эсептелген жок.
portal-ind-period = Башталышы
portal-ind-site = Жер
portal-ind-service = Кызмат
portal-ind-service-none = көрсөтүлгөн эмес
portal-ind-bookings = Жазылгандар
portal-ind-arrived = Келгендер
portal-ind-noshow = Келбегендер
portal-ind-cancelled = Жокко чыгарылгандар
portal-ind-evening-weekend = Кечки же дем алыш
portal-ind-referred = Жолдомо менен → келди
portal-ind-walk-ins = Жазылбай келгендер
portal-ind-evening-weekend-help = «Кечки же дем алыш» — жокко чыгарылбаган жазылуулардын ичинен убактысы 18:00дөн кийин бүткөн же ишемби, жекшембиге туура келгендердин үлүшү.
portal-referrals = Жолдомолор
portal-referrals-of = { $org } уюму клиенттер үчүн жасаган жазылуулар. Лакап аттар сактоо мөөнөтү өткөндөн кийин өчүрүлөт.
portal-book-for-client = Клиентти кабыл алууга жазуу
portal-book-for-client-help = Кабинетке кирип турган учурда жалпы издөө аркылуу жасалган жазылуу (клиент менен бирге тандалган лакап ат менен) уюмуңуздун жолдомосу болуп эсептелет, ал эми ырастоо барагы — жолдомо картасы болот.
portal-referrals-empty = Азырынча жолдомо жок.
portal-referrals-caption = Жолдомолор, адегенде жаңылары
portal-accounts = Эсептик жазуулар
portal-account-role = Ролу
portal-account-scope-label = Жерлер же уюм
portal-account-on = иштеп жатат
portal-account-off = өчүрүлгөн
portal-account-enable = Күйгүзүү
portal-account-disable = Өчүрүү
portal-account-new = Жаңы эсептик жазуу
portal-account-username-hint = 3төн 40ка чейин белги: кичине латын тамгалары, сандар, чекит, дефис же астын сызуу. Чыныгы аттарды колдонбоңуз.
portal-account-sites = Жерлер (клиниканын кызматкерлери)
portal-account-sites-hint = Бир нечесин тандоо үчүн Ctrl баскычын басып туруңуз.
portal-account-organisation = Уюм (аутрич-кызматкерлер)
portal-account-organisation-hint = Уюмдун аталышы; анын кызматкерлери уюмдун жолдомолорун көрүшөт.
portal-account-first-password = Биринчи сырсөз (кеминде 12 белги); аны адамга бериңиз, ал киргенден кийин аны өзгөртөт
portal-account-create = Түзүү
portal-account-created = Эсептик жазуу түзүлдү.
portal-account-saved = Сакталды.
portal-account-not-changed = Эч нерсе өзгөргөн жок: өзүңүздүн эсептик жазууңузду өчүрө албайсыз.
portal-account-taken = Бул колдонуучунун аты бош эмес.
portal-account-bad-username = Колдонуучунун аты 3төн 40ка чейин белгиден турат: кичине латын тамгалары, сандар, чекит, дефис же астын сызуу.
portal-account-needs-site = Клиниканын кызматкерине жок дегенде бир жер керек.
portal-account-needs-org = Аутрич-кызматкерге уюм керек.
portal-account-scope = Жерлер клиниканын кызматкерлери үчүн гана, уюм аутрич-кызматкерлер үчүн гана.
portal-password-change = Сырсөздү өзгөртүү
portal-password-current = Азыркы сырсөз
portal-password-new = Жаңы сырсөз (кеминде 12 белги)
portal-password-repeat = Жаңы сырсөздү кайталаңыз
portal-password-short = Сырсөз кеминде 12 белгиден турушу керек.
portal-password-wrong = Азыркы сырсөз туура эмес.
portal-password-mismatch = Жаңы сырсөздөр дал келбейт.
portal-password-changed = Сырсөз өзгөртүлдү. Башка жерлерден кирүүлөрүңүз токтотулду.
portal-audit = Аракеттер журналы
portal-audit-empty = Азырынча кызматкерлердин аракети жок.
portal-audit-caption = Кызматкерлердин аракеттери, адегенде жаңылары (убакыт UTC боюнча)
portal-audit-when = Качан
portal-audit-action = Аракет
portal-audit-detail = Толугураак
audit-hours = иштөө убактысы жана жазылуу эрежелери өзгөртүлдү
audit-booking-status = жазылуу белгиленди
audit-walk-in = жазылбай келген адам эсептелди
audit-account-created = эсептик жазуу түзүлдү
audit-account-disabled = эсептик жазуу өчүрүлдү
audit-account-enabled = эсептик жазуу күйгүзүлдү
audit-password-changed = өз сырсөзү өзгөртүлдү
portal-week = Апта
portal-week-previous = ← Мурунку апта
portal-week-next = Кийинки апта →
portal-day-closed = Бул күнү жер жабык (иштөө убактысындагы «Иштебеген күндөр» бөлүмүн караңыз).
portal-slots-caption = Алдыдагы кабыл алуу убакыттары
portal-slot-seats = Жазылгандар / орун
portal-slot-block = Жабуу
portal-slot-unblock = Ачуу
portal-slot-is-blocked = жабык
portal-slot-refused = Бул убакытты жабууга же ачууга болбойт (ал өтүп кеткен же кабыл алуу убактысы эмес).
portal-slot-blocked = Жабылды: бул убакытка эми жазылууга болбойт.
portal-slot-unblocked = Ачылды: бул убакытка кайра жазылууга болот.
portal-closures = Иштебеген күндөр
portal-closures-help = Майрамдар жана иштөө убактысына карабастан жер жабык болгон башка күндөр. Бул күндөргө жазылууга болбойт.
portal-closure-add = Бул күндөрдү жабуу
portal-closure-remove = Кайра ачуу
portal-closure-bad = Биринчи күндү бүгүндөн баштап, акыркы күндү 62 күндөн кечиктирбей көрсөтүңүз.
portal-closure-added = Жабылды. Бул күндөргө эми жазылууга болбойт.
portal-closure-removed = Кайра ачылды.
audit-slot-blocked = убакыт жабылды
audit-slot-unblocked = убакыт ачылды
audit-closure-added = күндөр жабылды
audit-closure-removed = күн кайра ачылды
site-notes = Кызматкерлерден
site-staff-checked-on = Кызматкерлер ырастаган күнү: { $date }
portal-profile = Жердин профили
portal-profile-saved = Сакталды. Жердин барагында өзгөрүүлөр азыр эле көрүнүп турат.
portal-profile-check = Бул талааларды текшериңиз:
portal-profile-names = Аталыштары
portal-profile-place = Кайда
portal-profile-access = Жеткиликтүүлүк
portal-profile-not-offered = көрсөтүлбөйт
portal-profile-precision-street = так дарек
portal-profile-precision-city = шаар гана (дареги ырасталган эмес)
portal-profile-field-name_ru = Орусча аталышы
portal-profile-field-name_kk = Казакча аталышы
portal-profile-field-name_en = Англисче аталышы
portal-profile-field-address = Дарек
portal-profile-field-lat = Кеңдик (мисалы, 43.2389)
portal-profile-field-lon = Узундук (мисалы, 76.8897)
portal-profile-field-precision = Жер канчалык так көрсөтүлгөн
portal-profile-field-services = Кызматтар
portal-profile-field-requires_id = Документ керек
portal-profile-field-anonymous_testing = Анонимдүү текшерүү
portal-profile-field-languages = Тилдер
portal-profile-field-phone = Телефон
portal-profile-field-notes = Келүүчүлөр үчүн эскертүү (500 белгиге чейин; кызматкерлердин жана клиенттердин аттарысыз)
audit-profile = жердин профили өзгөртүлдү
portal-walk-in-service = Кызмат (милдеттүү эмес)

# Help now: national lines, online self-test, alert someone you trust
kind-online = Онлайн кызмат
service-hiv_self_test_online = Онлайн буйрутма кылынуучу АИВге өзүн-өзү текшерүү тести
online-title = Онлайн буйрутма берүү
online-self-test-note = Акысыз жана анонимдүү. Топтомду кайсы жерден аларыңызды өзүңүз тандайсыз; берүү пункттары сайтта көрсөтүлгөн.
helplines-title = Жардам телефондору
helplines-lead = Акысыз улуттук линиялар жана кызматтар. Бул жерде телефондор гана бар: баш калкалоочу жайлардын даректери жашыруун сакталат.
helpline-police = Милиция: 102
helpline-police-for = Эгер сизди коркутушса же зомбулуктан кийин. Участкалык инспектор 30 күнгө коргоо ордерин бере алат жана арызыңызды кабыл алууга милдеттүү.
helpline-ambulance = Тез жардам: 103
helpline-ambulance-for = Зомбулуктан кийинки жаракаттар: медициналык жардам жана кийин керек боло турган медициналык жазуу.
helpline-contact-centre-111 = 111: үй-бүлөнү, аялдарды жана балдарды коргоо боюнча байланыш борбору
helpline-contact-centre-111-for = Күнү-түнү, акысыз жана анонимдүү: үй-бүлөдөгү зомбулуктан же куугунтуктан кийин психологдор жана юристтер жардам беришет. Текст билдирүү жазсаңыз да болот.
helpline-trust-line-150 = 150: ишеним телефону
helpline-trust-line-150-for = Кризистик борборлор бирлигинен колдоо жана кеңеш, биринчи кезекте балдар жана жаштар үчүн.
helpline-legal-aid = Мамлекеттен акысыз юридикалык жардам
helpline-legal-aid-for = Эгер юристке төлөй албасаңыз, мамлекет укуктук маалымат жана кеңештерди акысыз берет. Кантип кайрылуу керек: булакты караңыз.
helpline-reactor = РЕАктор: укуктарыңыз бузулса
helpline-reactor-for = Коомчулуктан чыккан параюристтер АИВ менен байланышкан укук бузууларды каттап, аларга жооп берүүгө жардам беришет, мисалы, Казакстанда АИВ статусу үчүн турак жайдан чыгарылган учурдагыдай.
alert-title = Ишенимдүү адамга кабар берүү
alert-lead = Бир басканда жардам сураган билдирүү менен SMS тиркемеси ачылат. Кимге жөнөтүүнү ошол жерден тандаңыз.
alert-lead-saved = Ишенген адамыңыздын номерин сактаңыз. Ал ушул телефондо гана калат: Senim аны албайт, ал эми тез чыгуу аны өчүрөт.
alert-number-label = Анын телефон номери
alert-save = Ушул телефондо сактоо
alert-forget = Номерди өчүрүү
alert-saved = Ушул телефондо гана сакталды.
alert-bad-number = Номерди жазыңыз: цифралар гана, башында + болушу мүмкүн.
alert-location = Жайгашкан жеримди кошуу (болжол менен 100 м)
alert-location-added = Жайгашкан жериңиз болжол менен 100 м тактыкта билдирүүгө кошулду.
alert-location-failed = Жайгашкан жериңизди аныктай алган жокпуз. Билдирүү жайгашкан жерсиз жөнөтүлөт.
alert-send = SMS аркылуу шашылыш кабар жөнөтүү
alert-message = Мага жардам керек. Мага чал же кел.
alert-message-location = Мага жардам керек. Мага чал же кел. Мен { $lat }, { $lon } жанындамын (болжол менен 100 м).
offline-saved = Сакталган көчүрмө, интернетсиз көрсөтүлүүдө. Сакталган убакыт:
site-not-checked-since = Акыркы текшерүү: { $date }. Ошондон бери өзгөргөн же жабылган болушу мүмкүн.
report-title = Бул жерде бир нерсе туура эмеспи?
report-what = Эмне туура эмес?
report-problem-closed = Жер жабылып калган
report-problem-moved = Башка жакка көчүп кеткен
report-problem-hours = Иштөө убактысы туура эмес
report-problem-phone = Телефон номери туура эмес
report-problem-other = Башка нерсе
report-note = Эскертүү (милдеттүү эмес, 300 белгиге чейин). Сураныч, атыңызды жана телефон номериңизди жазбаңыз.
report-private = Сиз жөнүндө эч нерсе сактабайбыз: IP-дарек да, cookie да, эсептик жазуу да жок. Жер тууралуу маалыматты администратор текшерет.
report-send = Жөнөтүү
report-sent = Рахмат. Администратор бул жер тууралуу маалыматты текшерет.
report-error-problem = Эмне туура эмес экенин тандаңыз.
report-error-note = Эскертүү өтө узун: 300 белгиден ашпашы керек.
report-error-too-many = Бул жерден өтө көп билдирүү жөнөтүлдү: бир сааттан кийин кайра аракет кылыңыз.
report-reported-closed = Жабылганы тууралуу билдирүү келди: { $date }. Азыр текшерилип жатат.
portal-site-reports = Келүүчүлөрдүн билдирүүлөрү
portal-site-reports-lead = Келүүчүлөр жер тууралуу маалыматта көрсөткөн каталар, адегенде эскилери. Аларды ким жөнөткөнү белгисиз. Маалыматты оңдоп, андан кийин билдирүүнү чечилди деп белгилеңиз же четке кагыңыз.
portal-site-reports-empty = Каралбаган билдирүү жок.
portal-site-reports-caption = Каралбаган билдирүүлөр, адегенде эскилери
portal-site-reports-when = Билдирилген күнү
portal-site-reports-problem = Көйгөй
portal-site-reports-note = Эскертүү
portal-site-reports-resolve = Чечилди
portal-site-reports-dismiss = Четке кагуу
portal-site-reports-resolved = Чечилди деп белгиленди.
portal-site-reports-dismissed = Четке кагылды.
audit-report-resolved = келүүчүнүн билдирүүсү чечилди
audit-report-dismissed = келүүчүнүн билдирүүсү четке кагылды
portal-directory = Маалымдама
portal-directory-lead = Бардык жарыяланган жерлер, адегенде эң көптөн бери текшерилбегендери. Иштебей калган жерди жабыңыз: ал издөөдөн, картадан, API жана ачык маалыматтардан дароо алынып салынат, ал эми анын жазылуулары жана көрсөткүчтөрү сакталат. Жерди кайра жарыялоо үчүн аны кайра ачыңыз.
portal-directory-caption = Жарыяланган жерлер, адегенде эң көптөн бери текшерилбегендери
portal-directory-city = Шаар
portal-directory-checked = Акыркы текшерүү
portal-directory-stale = (көптөн бери текшерилген эмес)
portal-directory-close = Жабуу
portal-directory-reopen = Кайра ачуу
portal-directory-closed = Жабылган жерлер
portal-directory-closed-caption = Жабылган жерлер, адегенде акыркы жабылгандары
portal-directory-closed-on = Жабылган күнү
portal-directory-none-closed = Жабылган жер жок.
portal-directory-closed-done = Жабылды: жер мындан ары жарыяланбайт.
portal-directory-reopened = Кайра ачылды: жер кайра жарыяланды.
portal-directory-affected = Бул жердеги алдыдагы жазылуулар. Эч ким менен байланышууга болбойт (жазылуулар анонимдүү); жердин кызматкерлерине айтыңыз, анткени бул адамдар дагы эле келиши мүмкүн:
audit-site-closed = жер жабылды
audit-site-reopened = жер кайра ачылды
portal-role-coordinator = координатор
portal-account-regions = Облустар (координаторлор үчүн)
portal-account-regions-hint = Координатор ушул облустардагы жерлерди, келүүчүлөрдүн билдирүүлөрүн жана жабууларды жүргүзөт.
portal-account-needs-region = Координатордун эсебине жок дегенде бир облусту тандаңыз.
