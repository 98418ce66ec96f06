page-title = Senim
skip-to-content = Мазмұнға өту
quick-exit = Жылдам шығу
language-switcher = Тіл
footer-privacy = Senim сіздің іздеулеріңізді сақтамайды және cookie қоймайды. Нақты орныңыз телефоныңыздан шықпайды.
footer-credits = Елді мекендер: GeoNames (CC BY 4.0). Әр жазбаның дереккөзі мен тексерілген күні көрсетілген.
not-found-title = Бет табылмады
not-found-back = Іздеуге оралу

search-title = Жақын жердегі достық қызметті табу
search-lead = Тегін әрі жасырын тестілеу, емдеу және қолдау. Аты-жөніңіз керек емес.
search-place-label = Мен мына жердемін…
search-place-placeholder = Қала немесе кент, мысалы Тараз
locate-button = Орнымды анықтау (шамамен 1 км дәлдікпен)
locate-failed = Орныңызды анықтау мүмкін болмады. Қала атауын жазыңыз.
filters-legend = Сіз үшін не маңызды
filter-service = Қызмет
filter-any = Кез келген
filter-kind = Орын түрі
filter-language = Қызметкерлердің тілі
filter-open-now = Қазір ашық
filter-evening = Кешке жұмыс істейді (18:00-ден кейін)
filter-weekend = Демалыс күндері жұмыс істейді
filter-no-id = Жеке куәлік қажет емес
filter-free = Тегін
search-submit = Табу
results-near-place = { $count ->
    [0] { $place } маңынан ештеңе табылмады
   *[other] { $place } маңындағы ең жақын { $count } орын
}
results-near-you = { $count ->
    [0] Жаныңыздан ештеңе табылмады
   *[other] Сізге ең жақын { $count } орын
}
results-none = Барлық сүзгілерге сай келетін орын жоқ. Кейбірін алып тастап көріңіз.
place-unknown = Мұндай елді мекенді білмейміз. Жазылуын тексеріңіз немесе төменнен таңдаңыз.
place-suggestions = Мүмкін, сіз мынаны іздедіңіз:

error-missing-coordinates = Ендік те, бойлық та қажет.
error-not-a-number = Координата сан емес.
error-latitude-range = Ендік -90 мен 90 аралығында болуы керек.
error-longitude-range = Бойлық -180 мен 180 аралығында болуы керек.
error-bad-limit = Нәтижелер саны 1-ден 100-ге дейін болуы керек.
error-unknown-service = Мұндай қызмет біздің тізімде жоқ.
error-unknown-kind = Мұндай орын түрі біздің тізімде жоқ.
error-unknown-language = Мұндай тіл біздің тізімде жоқ.
error-bad-flag = Сүзгінің мәні күтпеген.

kind-aids_centre = ЖИТС орталығы
kind-friendly_cabinet = Достық кабинеті
kind-trust_point = Сенім пункті (зиянды азайту)
kind-ost_site = Опиоидты алмастыру терапиясы пункті
kind-ngo = Қоғамдық ұйым
kind-mobile = Жылжымалы клиника

service-hiv_rapid_test = АИТВ-ға жедел тест
service-hiv_self_test = АИТВ-ға өзін-өзі тестілеу жинағы
service-sti_testing = ЖЖБИ-ге тексеру
service-sti_treatment = ЖЖБИ емдеу
service-gynaecology = Гинеколог, жыныстық және репродуктивті денсаулық
service-prep = Жанасу алдындағы профилактика (PrEP)
service-pep = Жанасудан кейінгі профилактика (PEP)
service-art = АИТВ емі (АРТ)
service-ost = Опиоидты алмастыру терапиясы
service-condoms = Презервативтер мен лубриканттар
service-needles_syringes = Инелер мен шприцтер
service-legal = Заң кеңесі
service-psychological = Психологиялық қолдау
service-violence_support = Зорлық-зомбылықтан кейінгі көмек

language-ru = Орыс тілі
language-kk = Қазақ тілі
language-en = Ағылшын тілі
language-uz = Өзбек тілі
language-ky = Қырғыз тілі
language-tg = Тәжік тілі

badge-open-now = Қазір ашық
badge-evening = Кешке
badge-weekend = Демалыс күндері
badge-no-id = Құжатсыз
badge-free = Тегін
badge-anonymous = Жасырын тестілеу

hours-today = Бүгін
hours-unknown = жұмыс уақыты белгісіз — алдын ала қоңырау шалыңыз
hours-unknown-call = Жұмыс уақыты белгісіз. Алдын ала қоңырау шалыңыз немесе аутрич-қызметкерден сұраңыз.
hours-closed = жабық
hours-evening-mark = (кеш)
unit-km = км
address-not-verified = мекенжайы тексерілмеген — қоңырау шалыңыз немесе аутрич-қызметкерден сұраңыз
demo-label = ДЕМО
demo-note = Бұл нақты орын емес, көрсетілім үшін жасалған жазба.

answer-yes = Иә
answer-no = Жоқ
answer-unknown = Белгісіз
services-unknown = Қызметтер әлі тексерілмеген — алдын ала қоңырау шалыңыз.
price-free = тегін
price-paid = ақылы

back-to-search = ← Іздеуге оралу
site-address = Мекенжай
site-phone = Телефон
site-requires-id = Жеке куәлік сұрайды
site-anonymous-testing = Жасырын тестілеу
site-languages = Қызметкерлердің тілі
site-services = Қызметтер
site-hours = Жұмыс уақыты
site-hours-caption = Алдағы апта, жергілікті уақыт
site-source = Дереккөз
site-source-none = Дереккөз: көрсетілім деректері
site-checked-on = Тексерілген күні: { $date }

weekday-1 = Дүйсенбі
weekday-2 = Сейсенбі
weekday-3 = Сәрсенбі
weekday-4 = Бейсенбі
weekday-5 = Жұма
weekday-6 = Сенбі
weekday-7 = Жексенбі
weekend-mark = (демалыс)

slots-title = Жазылу
slots-lead = Тек лақап ат керек. Уақытты таңдаңыз:
slots-none = Алдағы аптада бос уақыт жоқ. Қоңырау шалыңыз немесе кейінірек қараңыз.
find-link = Жазылуды код арқылы табу немесе одан бас тарту
booking-title = Осы уақытқа жазылу
booking-when = { $date }, { $value }
booking-nickname-label = Лақап ат
booking-nickname-hint = Сізді шақыратын кез келген ат: 2-ден 40-қа дейін әріп немесе сан. Шын атыңыз емес.
booking-service-label = Не үшін келесіз (міндетті емес)
booking-service-none = Айтқым келмейді
booking-confirm = Жазылуды растау
booking-slot-gone-title = Бұл уақытқа жазылу мүмкін емес
booking-error-not-a-slot = Бұл уақыт бос емес. Оралып, басқасын таңдаңыз.
booking-error-not-bookable = Бұл жер онлайн жазылу қабылдамайды. Қоңырау шалыңыз.
booking-error-full = Бұл уақыттағы соңғы орынды біреу алып қойды. Басқа уақытты таңдаңыз.
booking-error-nickname-short = Лақап атта кемінде 2 таңба болуы керек.
booking-error-nickname-long = Лақап атта 40 таңбадан аспауы керек.
booking-error-nickname-characters = Лақап атта тек әріп, сан, бос орын және - _ . болуы мүмкін.
booking-error-service = Тізімнен қызметті таңдаңыз.
error-internal = Бізде бірдеңе бұзылды. Ештеңе сақталмады. Қайталап көріңіз.
booking-confirmed-title = Сіз жазылдыңыз
booking-code-label = Жазылу кодыңыз:
booking-code-note = Ол тек бір рет көрсетіледі. Жазып алыңыз немесе суретке түсіріңіз: жазылуды табу немесе болдырмау үшін керек.
booking-site = Орын
booking-time = Уақыт
booking-at-reception = Тіркеу орнында
booking-say-at-reception = «Мен { $value } деген атпен жазылғанмын» деп айтып, { $place } кодын көрсетіңіз.
booking-ics = Күнтізбеге қосу (онда тек «Appointment» жазылады)
booking-cancelled = Жазылу жойылды, лақап атыңыз өшірілді.
booking-status = Күйі
booking-cancel = Жазылудан бас тарту
status-booked = жазылған
status-arrived = келді
status-fulfilled = қабылдау өтті
status-cancelled = жойылды
status-noshow = келмеді
find-title = Жазылуды табу немесе одан бас тарту
find-code-label = Жазылу коды
find-submit = Табу
find-not-found = Бұл кодпен белсенді жазылу жоқ. Кодты тексеріп, қайталаңыз.
find-too-many = Тым көп әрекет. Он минут күтіңіз.
find-bad-code = Жазылу кодында 8 әріп пен сан бар, мысалы 7KQ2-M9XD.
booking-moved = Дайын: жазылу уақыты өзгертілді. Код сол күйінде қалды.
booking-reschedule-label = Басқа уақыт
booking-reschedule = Жазылуды ауыстыру

help-link = Қазір көмек
help-title = Қазір көмек
help-emergency-title = Сізге қауіп төніп тұр ма?
help-emergency = 112 нөміріне қоңырау шалыңыз: тегін, тәулік бойы.
help-call-112 = 112-ге қоңырау шалу
help-lead = Зорлық-зомбылықтан кейін көмектесетін, заң кеңесін немесе психологиялық қолдау беретін ең жақын орындар. Қай жерде екеніңізді көрсетіңіз.
help-near-place = Жақын жерде: { $place }
help-none = Жақын жерде мұндай орын анықтамалықта әзірге жоқ.
map-title = Қазақстан картасы: іздеу орны және табылған орындар, тізімдегідей нөмірленген
map-caption = Карта: Natural Earth (қоғамдық игілік). Нөмірлер тізіммен сәйкес.

date-long = { $year } ж. { $day } { $month }
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан
