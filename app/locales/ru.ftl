page-title = Senim
skip-to-content = К содержанию
quick-exit = Быстрый выход
language-switcher = Язык
footer-privacy = Senim не хранит ваши поиски и не ставит cookie. Точное местоположение не покидает ваш телефон.
footer-credits = Населённые пункты: GeoNames (CC BY 4.0). У каждой записи указаны источник и дата проверки.
not-found-title = Страница не найдена
not-found-back = Вернуться к поиску

search-title = Найти дружественную службу рядом
search-lead = Бесплатное и анонимное тестирование, лечение и поддержка. Имя не нужно.
search-place-label = Я нахожусь в…
search-place-placeholder = Город или посёлок, например Тараз
locate-button = Определить моё место (с точностью около 1 км)
locate-failed = Не удалось определить место. Введите название города.
filters-legend = Что для вас важно
filter-service = Услуга
filter-any = Любая
filter-kind = Тип места
filter-language = Язык персонала
filter-open-now = Открыто сейчас
filter-evening = Работает вечером (после 18:00)
filter-weekend = Работает в выходные
filter-no-id = Без удостоверения личности
filter-free = Бесплатно
search-submit = Найти
results-near-place = { $count ->
    [0] { $place }: рядом ничего не найдено
    [one] { $place }: { $count } ближайшее место
    [few] { $place }: { $count } ближайших места
   *[other] { $place }: { $count } ближайших мест
}
results-near-you = { $count ->
    [0] Рядом с вами ничего не найдено
    [one] Рядом с вами: { $count } ближайшее место
    [few] Рядом с вами: { $count } ближайших места
   *[other] Рядом с вами: { $count } ближайших мест
}
results-none = Ни одно место не подходит под все фильтры. Попробуйте убрать некоторые.
place-unknown = Мы не знаем такого населённого пункта. Проверьте написание или выберите ниже.
place-suggestions = Возможно, вы имели в виду:

error-missing-coordinates = Нужны и широта, и долгота.
error-not-a-number = Координата — не число.
error-latitude-range = Широта должна быть от -90 до 90.
error-longitude-range = Долгота должна быть от -180 до 180.
error-bad-limit = Число результатов должно быть от 1 до 100.
error-unknown-service = Такой услуги нет в нашем списке.
error-unknown-kind = Такого типа места нет в нашем списке.
error-unknown-language = Такого языка нет в нашем списке.
error-bad-flag = У фильтра неожиданное значение.

kind-aids_centre = Центр СПИД
kind-friendly_cabinet = Дружественный кабинет
kind-trust_point = Пункт доверия (снижение вреда)
kind-ost_site = Пункт опиоидной заместительной терапии
kind-ngo = Общественная организация
kind-mobile = Мобильная клиника

service-hiv_rapid_test = Экспресс-тест на ВИЧ
service-hiv_self_test = Набор для самотестирования на ВИЧ
service-sti_testing = Обследование на ИППП
service-sti_treatment = Лечение ИППП
service-gynaecology = Гинеколог, сексуальное и репродуктивное здоровье
service-prep = ДКП (PrEP)
service-pep = ПКП (после возможного заражения)
service-art = Лечение ВИЧ (АРТ)
service-ost = Опиоидная заместительная терапия
service-condoms = Презервативы и лубриканты
service-needles_syringes = Иглы и шприцы
service-legal = Юридическая консультация
service-psychological = Психологическая поддержка
service-violence_support = Помощь после насилия

language-ru = Русский
language-kk = Казахский
language-en = Английский
language-uz = Узбекский
language-ky = Кыргызский
language-tg = Таджикский

badge-open-now = Открыто сейчас
badge-evening = Вечером
badge-weekend = В выходные
badge-no-id = Без документов
badge-free = Бесплатно
badge-anonymous = Анонимное тестирование

hours-today = Сегодня
hours-unknown = часы неизвестны — позвоните заранее
hours-unknown-call = Часы работы неизвестны. Позвоните заранее или спросите аутрич-работника.
hours-closed = закрыто
hours-evening-mark = (вечер)
unit-km = км
address-not-verified = адрес не проверен — позвоните или спросите аутрич-работника
demo-label = ДЕМО
demo-note = Это демонстрационная запись, а не настоящее место.

answer-yes = Да
answer-no = Нет
answer-unknown = Неизвестно
services-unknown = Услуги пока не проверены — позвоните заранее.
price-free = бесплатно
price-paid = платно

back-to-search = ← Назад к поиску
site-address = Адрес
site-phone = Телефон
site-requires-id = Просят удостоверение личности
site-anonymous-testing = Анонимное тестирование
site-languages = Язык персонала
site-services = Услуги
site-hours = Часы работы
site-hours-caption = Ближайшая неделя, местное время
site-source = Источник
site-source-none = Источник: демонстрационные данные
site-checked-on = Проверено { $date }

weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье
weekend-mark = (выходной)

slots-title = Записаться
slots-lead = Нужен только никнейм. Выберите время:
slots-none = На ближайшую неделю свободного времени нет. Позвоните или загляните позже.
find-link = Найти или отменить запись по коду
booking-title = Запись на это время
booking-when = { $date }, { $value }
booking-nickname-label = Никнейм
booking-nickname-hint = Любое имя, по которому вас позовут: от 2 до 40 букв или цифр. Не настоящее имя.
booking-service-label = Зачем вы придёте (необязательно)
booking-service-none = Не хочу говорить
booking-confirm = Подтвердить запись
booking-slot-gone-title = На это время записаться нельзя
booking-error-not-a-slot = Это время уже занято. Вернитесь и выберите другое.
booking-error-not-bookable = Здесь не принимают запись онлайн. Позвоните.
booking-error-full = Последнее место на это время только что заняли. Выберите другое время.
booking-error-nickname-short = В никнейме должно быть не меньше 2 знаков.
booking-error-nickname-long = В никнейме может быть не больше 40 знаков.
booking-error-nickname-characters = В никнейме можно использовать только буквы, цифры, пробелы и - _ .
booking-error-service = Выберите услугу из списка.
error-internal = У нас что-то сломалось. Ничего не сохранено. Попробуйте ещё раз.
booking-confirmed-title = Вы записаны
booking-code-label = Ваш код записи:
booking-code-note = Он показывается только один раз. Запишите или сфотографируйте его: он нужен, чтобы найти или отменить запись.
booking-site = Место
booking-time = Время
booking-at-reception = В регистратуре
booking-say-at-reception = Скажите: «Я записан(а) под именем { $value }» и покажите код { $place }.
booking-ics = Добавить в календарь (там будет только «Appointment»)
booking-cancelled = Запись отменена, ваш никнейм удалён.
booking-status = Статус
booking-cancel = Отменить запись
status-booked = записан(а)
status-arrived = пришёл(ла)
status-fulfilled = приём состоялся
status-cancelled = отменена
status-noshow = не пришёл(ла)
find-title = Найти или отменить запись
find-code-label = Код записи
find-submit = Найти
find-not-found = Активной записи с таким кодом нет. Проверьте код и попробуйте снова.
find-too-many = Слишком много попыток. Подождите десять минут.
find-bad-code = В коде записи 8 букв и цифр, например 7KQ2-M9XD.
booking-moved = Готово: время записи изменено. Код остался прежним.
booking-reschedule-label = Другое время
booking-reschedule = Перенести запись

help-link = Помощь сейчас
help-title = Помощь сейчас
help-emergency-title = Вам угрожает опасность?
help-emergency = Звоните 112: бесплатно и круглосуточно.
help-call-112 = Позвонить 112
help-lead = Ближайшие места, где помогут после насилия, дадут юридическую консультацию или психологическую поддержку. Укажите, где вы находитесь.
help-near-place = Рядом с: { $place }
help-none = Поблизости такого места пока нет в справочнике.
map-title = Карта Казахстана: место поиска и найденные места, пронумерованные как в списке
map-caption = Карта: Natural Earth (общественное достояние). Номера совпадают со списком.

date-long = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

portal-login-title = Вход для сотрудников
portal-username = Имя пользователя
portal-password = Пароль
portal-login = Войти
portal-login-failed = Неверное имя пользователя или пароль.
portal-login-locked = Слишком много попыток. Подождите 15 минут и попробуйте снова.
portal-home-title = Кабинет сотрудника
portal-signed-in-as = Вы вошли как { $name } ({ $role }).
portal-role-admin = администратор
portal-role-staff = сотрудник клиники
portal-role-outreach = аутрич-работник
portal-your-sites = Ваши места
portal-no-sites = За вами не закреплено ни одного места.
portal-edit-hours = Часы работы и запись
portal-logout = Выйти
portal-back = ← Кабинет
portal-hours-saved = Сохранено. Новые часы и время для записи уже видны на сайте.
portal-hours-help = Для каждого дня укажите до трёх промежутков работы. Пустой день — выходной.
portal-from = с
portal-to = до
portal-booking-rules = Запись
portal-slot-minutes = Длительность приёма, минут
portal-capacity = Человек на одно время
portal-notice-hours = Записываться не позже чем за, часов
portal-days-ahead = Записываться не раньше чем за, дней
portal-save = Сохранить
portal-opening-hours-text = В формате OpenStreetMap:
portal-hours-bad-time = время нужно в виде 09:30.
portal-hours-bad-interval = у промежутка нужны начало и конец, конец позже начала.
portal-hours-overlap = промежутки пересекаются.
portal-rules-bad = Проверьте числа в разделе «Запись».
portal-csrf = Форма устарела. Откройте страницу заново.

portal-bookings = Записи на день
portal-day-previous = ← Предыдущий день
portal-day-next = Следующий день →
portal-day-empty = На этот день записей нет.
portal-day-caption = Записи по местному времени
portal-day-mark = Отметить
portal-mark-arrived = Пришёл(ла)
portal-mark-fulfilled = Приём окончен
portal-mark-noshow = Не пришёл(ла)
portal-status-saved = Отмечено.
portal-status-refused = Эту запись нельзя так отметить.
