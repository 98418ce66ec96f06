# Oʻzbekcha (lotin yozuvi) tarjima. Bir xil ishlatilgan atamalar:
# joy — site, place; joylar — sites
# yozilish — booking; qabulga yozilish — to book a time
# qabul vaqti, vaqt — slot; oʻrin — seat at one time
# taxallus — nickname
# yozilish kodi — booking code
# autrich-xodim — outreach worker
# xodim, xodimlar — staff; klinika xodimi — clinic staff
# ma’mur — administrator, coordinator
# mijoz — client; yoʻllanma — referral; yozilmasdan kelgan — walk-in
# OITS markazi — AIDS centre; OIV — HIV; OIVga tezkor test — HIV rapid test
# oʻzini oʻzi tekshirish — self-test
# zararni kamaytirish — harm reduction; ishonch punkti — trust point
# PrEP — kontaktgacha profilaktika; PEP — yuqish xavfidan keyingi profilaktika
# jinsiy yoʻl bilan yuqadigan infeksiyalar — STI
# anonim tekshiruv — anonymous testing
# tez chiqish — quick exit

page-title = Senim
skip-to-content = Asosiy qismga oʻtish
quick-exit = Tez chiqish
language-switcher = Til
footer-privacy = Senim qidiruvlaringizni saqlamaydi va cookie qoʻymaydi. Aniq joylashuvingiz telefoningizdan tashqariga chiqmaydi.
footer-credits = Aholi punktlari: GeoNames (CC BY 4.0). Har bir yozuvda manba va tekshirilgan sana koʻrsatilgan.
not-found-title = Sahifa topilmadi
not-found-back = Qidiruvga qaytish

search-title = Yaqin atrofdagi doʻstona xizmatni toping
search-lead = Bepul va anonim tekshiruv, davolash va yordam. Ismingiz kerak emas.
search-place-label = Men turgan joy…
search-place-placeholder = Shahar yoki qishloq, masalan, Taraz
locate-button = Joylashuvimni aniqlash (taxminan 1 km aniqlikda)
locate-failed = Joylashuvingizni aniqlab boʻlmadi. Shahar nomini yozing.
filters-legend = Siz uchun nima muhim
filter-service = Xizmat
filter-any = Istalgan
filter-kind = Joy turi
filter-language = Xodimlar gapiradigan til
filter-open-now = Hozir ochiq
filter-evening = Kechqurun ishlaydi (18:00 dan keyin)
filter-weekend = Dam olish kunlari ishlaydi
filter-no-id = Shaxsni tasdiqlovchi hujjatsiz
filter-free = Bepul
search-submit = Topish
results-near-place = { $count ->
    [0] { $place }: yaqin atrofda hech narsa topilmadi
    [one] { $place }: { $count } ta eng yaqin joy
   *[other] { $place }: { $count } ta eng yaqin joy
}
results-near-you = { $count ->
    [0] Yaqiningizda hech narsa topilmadi
    [one] Sizga eng yaqin: { $count } ta joy
   *[other] Sizga eng yaqin: { $count } ta joy
}
results-none = Barcha filtrlarga mos joy yoʻq. Ayrimlarini olib tashlab koʻring.
place-unknown = Bunday aholi punktini bilmaymiz. Yozilishini tekshiring yoki quyidagilardan tanlang.
place-suggestions = Balki siz shuni nazarda tutgansiz:

error-missing-coordinates = Kenglik ham, uzunlik ham kerak.
error-not-a-number = Koordinata son emas.
error-latitude-range = Kenglik -90 va 90 oraligʻida boʻlishi kerak.
error-longitude-range = Uzunlik -180 va 180 oraligʻida boʻlishi kerak.
error-bad-limit = Natijalar soni 1 dan 100 gacha boʻlishi kerak.
error-unknown-service = Bunday xizmat roʻyxatimizda yoʻq.
error-unknown-kind = Bunday joy turi roʻyxatimizda yoʻq.
error-unknown-language = Bunday til roʻyxatimizda yoʻq.
error-bad-flag = Filtrda kutilmagan qiymat bor.

kind-aids_centre = OITS markazi
kind-friendly_cabinet = Doʻstona kabinet
kind-trust_point = Ishonch punkti (zararni kamaytirish)
kind-ost_site = Opioid oʻrinbosar terapiyasi punkti
kind-ngo = Jamoat tashkiloti
kind-mobile = Koʻchma klinika

service-hiv_rapid_test = OIVga tezkor test
service-hiv_self_test = OIVga oʻzini oʻzi tekshirish toʻplami
service-sti_testing = Jinsiy yoʻl bilan yuqadigan infeksiyalarga tekshiruv
service-sti_treatment = Jinsiy yoʻl bilan yuqadigan infeksiyalarni davolash
service-gynaecology = Ginekolog, jinsiy va reproduktiv salomatlik
service-prep = PrEP (kontaktgacha profilaktika)
service-pep = PEP (yuqish xavfi boʻlgan holatdan keyin)
service-art = OIVni davolash (ART)
service-ost = Opioid oʻrinbosar terapiyasi
service-condoms = Prezervativlar va lubrikantlar
service-needles_syringes = Ignalar va shpritslar
service-legal = Yuridik maslahat
service-psychological = Psixologik yordam
service-violence_support = Zoʻravonlikdan keyin yordam

language-ru = Rus tili
language-kk = Qozoq tili
language-en = Ingliz tili
language-uz = Oʻzbek tili
language-ky = Qirgʻiz tili
language-tg = Tojik tili

badge-open-now = Hozir ochiq
badge-evening = Kechqurun
badge-weekend = Dam olish kunlari
badge-no-id = Hujjatsiz
badge-free = Bepul
badge-anonymous = Anonim tekshiruv

hours-today = Bugun
hours-unknown = ish vaqti noma’lum — oldindan qoʻngʻiroq qiling
hours-unknown-call = Ish vaqti noma’lum. Oldindan qoʻngʻiroq qiling yoki autrich-xodimdan soʻrang.
hours-closed = yopiq
hours-evening-mark = (kechqurun)
unit-km = km
address-not-verified = manzil tekshirilmagan — qoʻngʻiroq qiling yoki autrich-xodimdan soʻrang
demo-label = NAMUNA
name-in-russian = (rus tilida)
demo-note = Bu namuna uchun yozuv, haqiqiy joy emas.

answer-yes = Ha
answer-no = Yoʻq
answer-unknown = Noma’lum
services-unknown = Xizmatlar hali tekshirilmagan — oldindan qoʻngʻiroq qiling.
price-free = bepul
price-paid = pullik

back-to-search = ← Qidiruvga qaytish
site-address = Manzil
site-phone = Telefon
site-requires-id = Shaxsni tasdiqlovchi hujjat soʻrashadi
site-anonymous-testing = Anonim tekshiruv
site-languages = Xodimlar gapiradigan til
site-services = Xizmatlar
site-hours = Ish vaqti
site-hours-caption = Kelgusi hafta, mahalliy vaqt
site-source = Manba
site-source-none = Manba: namuna ma’lumotlari
site-checked-on = Tekshirilgan sana: { $date }

weekday-1 = Dushanba
weekday-2 = Seshanba
weekday-3 = Chorshanba
weekday-4 = Payshanba
weekday-5 = Juma
weekday-6 = Shanba
weekday-7 = Yakshanba
weekend-mark = (dam olish kuni)

slots-title = Qabulga yozilish
slots-lead = Faqat taxallus kerak. Vaqtni tanlang:
slots-none = Kelgusi haftada boʻsh vaqt yoʻq. Qoʻngʻiroq qiling yoki keyinroq qayta qarang.
find-link = Yozilishni kod orqali topish yoki bekor qilish
booking-title = Shu vaqtga yozilish
booking-when = { $date }, { $value }
booking-nickname-label = Taxallus
booking-nickname-hint = Sizni chaqirishlari uchun istalgan ism: 2 tadan 40 tagacha harf yoki raqam. Haqiqiy ismingizni yozmang.
booking-service-label = Nima uchun kelasiz (majburiy emas)
booking-service-none = Aytishni xohlamayman
booking-confirm = Yozilishni tasdiqlash
booking-slot-gone-title = Bu vaqtga yozilib boʻlmaydi
booking-error-not-a-slot = Bu vaqt allaqachon band. Orqaga qaytib, boshqasini tanlang.
booking-error-not-bookable = Bu yerda onlayn yozilish yoʻq. Qoʻngʻiroq qiling.
booking-error-full = Bu vaqtdagi oxirgi oʻrinni hozirgina boshqa odam egalladi. Boshqa vaqtni tanlang.
booking-error-nickname-short = Taxallusda kamida 2 ta belgi boʻlishi kerak.
booking-error-nickname-long = Taxallusda koʻpi bilan 40 ta belgi boʻlishi mumkin.
booking-error-nickname-characters = Taxallusda faqat harflar, raqamlar, boʻsh joy va - _ . boʻlishi mumkin.
booking-error-service = Roʻyxatdan xizmatni tanlang.
error-internal = Bizda nimadir buzildi. Hech narsa saqlanmadi. Yana bir bor urinib koʻring.
booking-confirmed-title = Siz yozildingiz
booking-code-label = Yozilish kodingiz:
booking-code-note = U faqat bir marta koʻrsatiladi. Uni yozib oling yoki suratga oling: yozilishni topish yoki bekor qilish uchun u kerak boʻladi.
booking-site = Joy
booking-time = Vaqt
booking-at-reception = Registraturada
booking-say-at-reception = Ayting: «Men { $value } nomi bilan yozilganman» va { $place } kodini koʻrsating.
booking-ics = Taqvimga qoʻshish (u yerda faqat «Appointment» soʻzi boʻladi)
booking-cancelled = Yozilish bekor qilindi, taxallusingiz oʻchirildi.
booking-status = Holati
booking-cancel = Yozilishni bekor qilish
status-booked = yozilgan
status-arrived = keldi
status-fulfilled = qabul boʻldi
status-cancelled = bekor qilingan
status-noshow = kelmadi
find-title = Yozilishni topish yoki bekor qilish
find-code-label = Yozilish kodi
find-submit = Topish
find-not-found = Bu kod bilan faol yozilish yoʻq. Kodni tekshirib, qayta urinib koʻring.
find-too-many = Urinishlar juda koʻp. Oʻn daqiqa kuting.
find-bad-code = Yozilish kodida 8 ta harf va raqam bor, masalan, 7KQ2-M9XD.
booking-moved = Tayyor: yozilish vaqti oʻzgartirildi. Kod oʻzgarmadi.
booking-reschedule-label = Boshqa vaqt
booking-reschedule = Yozilishni koʻchirish

help-link = Darhol yordam
help-title = Darhol yordam
help-emergency-title = Hozir xavf ostidamisiz?
help-emergency = 112 ga qoʻngʻiroq qiling: bepul, kechayu kunduz.
help-call-112 = 112 ga qoʻngʻiroq qilish
help-lead = Zoʻravonlikdan keyin yordam beradigan, yuridik maslahat yoki psixologik yordam koʻrsatadigan eng yaqin joylar. Qayerda ekaningizni koʻrsating.
help-near-place = Yaqin atrofda: { $place }
help-none = Yaqin atrofda bunday joy hozircha ma’lumotnomada yoʻq.
map-title = Qozogʻiston xaritasi: qidiruv joyi va topilgan joylar, roʻyxatdagidek raqamlangan
map-caption = Xarita: Natural Earth (jamoat mulki). Raqamlar roʻyxatga mos.

date-long = { $day }-{ $month }, { $year }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avgust
month-9 = sentabr
month-10 = oktabr
month-11 = noyabr
month-12 = dekabr

portal-login-title = Xodimlar uchun kirish
portal-username = Foydalanuvchi nomi
portal-password = Parol
portal-login = Kirish
portal-login-failed = Foydalanuvchi nomi yoki parol notoʻgʻri.
portal-login-locked = Urinishlar juda koʻp. 15 daqiqa kutib, qayta urinib koʻring.
portal-home-title = Xodim kabineti
portal-signed-in-as = Siz { $name } sifatida kirdingiz ({ $role }).
portal-role-admin = ma’mur
portal-role-staff = klinika xodimi
portal-role-outreach = autrich-xodim
portal-your-sites = Sizning joylaringiz
portal-no-sites = Sizga birorta ham joy biriktirilmagan.
portal-edit-hours = Ish vaqti va yozilish
portal-logout = Chiqish
portal-back = ← Kabinet
portal-hours-saved = Saqlandi. Yangi ish vaqti va yozilish vaqtlari saytda allaqachon koʻrinadi.
portal-hours-help = Har bir kun uchun uchtagacha ish oraligʻini kiriting. Boʻsh qoldirilgan kun — dam olish kuni.
portal-from = qachondan
portal-to = qachongacha
portal-booking-rules = Yozilish
portal-slot-minutes = Qabul davomiyligi, daqiqa
portal-capacity = Bir vaqtga necha kishi
portal-notice-hours = Kamida necha soat oldin yozilish mumkin
portal-days-ahead = Koʻpi bilan necha kun oldin yozilish mumkin
portal-save = Saqlash
portal-opening-hours-text = OpenStreetMap formatida:
portal-hours-bad-time = vaqt 09:30 koʻrinishida boʻlishi kerak.
portal-hours-bad-interval = oraliqning boshi va oxiri kerak, oxiri boshidan keyin boʻlsin.
portal-hours-overlap = oraliqlar bir-birining ustiga tushadi.
portal-rules-bad = «Yozilish» boʻlimidagi sonlarni tekshiring.
portal-csrf = Shakl eskirgan. Sahifani qaytadan oching.

portal-bookings = Kunlik yozilishlar
portal-day-previous = ← Oldingi kun
portal-day-next = Keyingi kun →
portal-day-empty = Bu kunga yozilishlar yoʻq.
portal-day-caption = Mahalliy vaqt boʻyicha yozilishlar
portal-day-mark = Belgilash
portal-mark-arrived = Keldi
portal-mark-fulfilled = Qabul tugadi
portal-mark-noshow = Kelmadi
portal-status-saved = Belgilandi.
portal-status-refused = Bu yozilishni bunday belgilab boʻlmaydi.
portal-mark-cancelled = Yozilishni bekor qilish
booking-referral-by = Yoʻllanma: mijoz uchun yozilishni { $org } tashkiloti qildi. Bu sahifani koʻrsating yoki chop eting.
portal-code-label = Mijoz koʻrsatgan kod
portal-code-check = Kodni tekshirish
portal-code-found = Shu kod boʻyicha yozilish
portal-code-unknown = Bu joyda bunday kodli yozilish yoʻq.
portal-walk-ins = Yozilmasdan kelganlar
portal-walk-ins-today = Shu kuni hisobga olingan:
portal-walk-in-add = Yozilmasdan kelgan bir kishini hisobga olish
portal-walk-in-counted = Yozilmasdan kelgan bir kishi hisobga olindi.
portal-indicators = Koʻrsatkichlar
portal-ind-scope-all = Barcha joylar.
portal-ind-scope-sites = Sizning joylaringiz.
portal-ind-scope-organisation = Tashkilotingiz yoʻllanmalari.
portal-ind-no-names = Faqat sonlar: taxallus va kodlarsiz.
portal-ind-by-week = Haftalar boʻyicha
portal-ind-by-month = Oylar boʻyicha
portal-ind-csv = CSV yuklab olish
portal-ind-empty = Hozircha hech narsa hisobga olinmagan.
portal-ind-period = Davr boshi
portal-ind-site = Joy
portal-ind-service = Xizmat
portal-ind-service-none = koʻrsatilmagan
portal-ind-bookings = Yozilishlar
portal-ind-arrived = Kelganlar
portal-ind-noshow = Kelmaganlar
portal-ind-cancelled = Bekor qilinganlar
portal-ind-evening-weekend = Kechqurun yoki dam olish kuni
portal-ind-referred = Yoʻllangan → kelgan
portal-ind-walk-ins = Yozilmasdan
portal-ind-evening-weekend-help = «Kechqurun yoki dam olish kuni» — bekor qilinmagan yozilishlar ichida vaqti 18:00 dan keyin tugaydigan yoki shanba yoxud yakshanbaga toʻgʻri keladiganlarning ulushi.
portal-referrals = Yoʻllanmalar
portal-referrals-of = { $org } tashkiloti mijozlar uchun qilgan yozilishlar. Taxalluslar saqlash muddati oʻtgach oʻchib ketadi.
portal-book-for-client = Mijozni yozish
portal-book-for-client-help = Kabinetga kirgan paytingizda umumiy qidiruv orqali qilingan yozilish (mijoz bilan birga tanlangan taxallus bilan) tashkilotingiz yoʻllanmasi hisoblanadi, tasdiqlash sahifasi esa yoʻllanma kartasi boʻladi.
portal-referrals-empty = Hozircha yoʻllanmalar yoʻq.
portal-referrals-caption = Yoʻllanmalar, avval yangilari
portal-accounts = Hisob qaydnomalari
portal-account-role = Roli
portal-account-scope-label = Joylar yoki tashkilot
portal-account-on = faol
portal-account-off = oʻchirilgan
portal-account-enable = Yoqish
portal-account-disable = Oʻchirish
portal-account-new = Yangi hisob qaydnomasi
portal-account-username-hint = 3 tadan 40 tagacha belgi: kichik lotin harflari, raqamlar, nuqta, chiziqcha yoki pastki chiziq. Haqiqiy ismlarsiz.
portal-account-sites = Joylar (klinika xodimlari)
portal-account-sites-hint = Bir nechtasini tanlash uchun Ctrl tugmasini bosib turing.
portal-account-organisation = Tashkilot (autrich-xodimlar)
portal-account-organisation-hint = Tashkilot nomi; uning xodimlari uning yoʻllanmalarini koʻradi.
portal-account-first-password = Birinchi parol (kamida 12 ta belgi); uni shu odamga bering, u kirgandan keyin parolni oʻzgartiradi
portal-account-create = Yaratish
portal-account-created = Hisob qaydnomasi yaratildi.
portal-account-saved = Saqlandi.
portal-account-not-changed = Hech narsa oʻzgarmadi: oʻz hisob qaydnomangizni oʻchira olmaysiz.
portal-account-taken = Bu foydalanuvchi nomi band.
portal-account-bad-username = Foydalanuvchi nomi 3 tadan 40 tagacha belgidan iborat: kichik lotin harflari, raqamlar, nuqta, chiziqcha yoki pastki chiziq.
portal-account-needs-site = Klinika xodimiga kamida bitta joy kerak.
portal-account-needs-org = Autrich-xodimga tashkilot kerak.
portal-account-scope = Joylar faqat klinika xodimlari uchun, tashkilot faqat autrich-xodimlar uchun.
portal-password-change = Parolni oʻzgartirish
portal-password-current = Hozirgi parol
portal-password-new = Yangi parol (kamida 12 ta belgi)
portal-password-repeat = Yangi parol yana bir marta
portal-password-short = Parol kamida 12 ta belgidan iborat boʻlishi kerak.
portal-password-wrong = Hozirgi parol notoʻgʻri.
portal-password-mismatch = Yangi parollar bir xil emas.
portal-password-changed = Parol oʻzgartirildi. Boshqa kirishlaringiz yakunlandi.
portal-audit = Harakatlar jurnali
portal-audit-empty = Hozircha xodimlarning harakatlari yoʻq.
portal-audit-caption = Xodimlarning harakatlari, avval yangilari (vaqt UTC boʻyicha)
portal-audit-when = Qachon
portal-audit-action = Harakat
portal-audit-detail = Tafsilotlar
audit-hours = ish vaqti va yozilish qoidalari oʻzgartirildi
audit-booking-status = yozilish belgilandi
audit-walk-in = yozilmasdan kelgan kishi hisobga olindi
audit-account-created = hisob qaydnomasi yaratildi
audit-account-disabled = hisob qaydnomasi oʻchirildi
audit-account-enabled = hisob qaydnomasi yoqildi
audit-password-changed = oʻz paroli oʻzgartirildi
portal-week = Hafta
portal-week-previous = ← Oldingi hafta
portal-week-next = Keyingi hafta →
portal-day-closed = Bu kuni joy yopiq (ish vaqtidagi «Ishlamaydigan kunlar» boʻlimiga qarang).
portal-slots-caption = Yaqin qabul vaqtlari
portal-slot-seats = Yozilgan / oʻrinlar
portal-slot-block = Yopish
portal-slot-unblock = Ochish
portal-slot-is-blocked = yopiq
portal-slot-refused = Bu vaqtni yopib yoki ochib boʻlmaydi (u oʻtib ketgan yoki qabul vaqti emas).
portal-slot-blocked = Yopildi: bu vaqtga endi yozilib boʻlmaydi.
portal-slot-unblocked = Ochildi: bu vaqtga yana yozilish mumkin.
portal-closures = Ishlamaydigan kunlar
portal-closures-help = Bayramlar va ish vaqtidan qat’i nazar joy yopiq boʻladigan boshqa kunlar. Bu kunlarga yozilib boʻlmaydi.
portal-closure-add = Bu kunlarni yopish
portal-closure-remove = Qayta ochish
portal-closure-bad = Birinchi kun bugundan oldin boʻlmasin, oxirgi kun esa 62 kundan kechikmasin.
portal-closure-added = Yopildi. Bu kunlarga endi yozilib boʻlmaydi.
portal-closure-removed = Qayta ochildi.
audit-slot-blocked = vaqt yopildi
audit-slot-unblocked = vaqt ochildi
audit-closure-added = kunlar yopildi
audit-closure-removed = kun qayta ochildi
site-notes = Xodimlardan
site-staff-checked-on = Xodimlar tasdiqlagan sana: { $date }
portal-profile = Joy profili
portal-profile-saved = Saqlandi. Joy sahifasida oʻzgarishlar allaqachon koʻrinadi.
portal-profile-check = Quyidagi maydonlarni tekshiring:
portal-profile-names = Nomlar
portal-profile-place = Qayerda
portal-profile-access = Kirish shartlari
portal-profile-not-offered = koʻrsatilmaydi
portal-profile-precision-street = aniq manzil
portal-profile-precision-city = faqat shahar (manzil tasdiqlanmagan)
portal-profile-field-name_ru = Ruscha nomi
portal-profile-field-name_kk = Qozoqcha nomi
portal-profile-field-name_en = Inglizcha nomi
portal-profile-field-address = Manzil
portal-profile-field-lat = Kenglik (masalan, 43.2389)
portal-profile-field-lon = Uzunlik (masalan, 76.8897)
portal-profile-field-precision = Joy qanchalik aniq koʻrsatilgan
portal-profile-field-services = Xizmatlar
portal-profile-field-requires_id = Hujjat kerak
portal-profile-field-anonymous_testing = Anonim tekshiruv
portal-profile-field-languages = Tillar
portal-profile-field-phone = Telefon
portal-profile-field-notes = Tashrif buyuruvchilar uchun eslatma (500 belgigacha; xodimlar va mijozlarning ismlarisiz)
audit-profile = joy profili oʻzgartirildi
portal-walk-in-service = Xizmat (majburiy emas)

# Help now: national lines, online self-test, alert someone you trust
kind-online = Onlayn xizmat
service-hiv_self_test_online = Onlayn buyurtma qilinadigan OIVga oʻzini oʻzi tekshirish testi
online-title = Onlayn buyurtma berish
online-self-test-note = Bepul va anonim. Toʻplamni qayerdan olishni oʻzingiz tanlaysiz; berish punktlari saytda koʻrsatilgan.
helplines-title = Yordam telefonlari
helplines-lead = Bepul milliy liniyalar va xizmatlar. Bu yerda faqat telefon raqamlari bor: boshpanalarning manzillari sir saqlanadi.
helpline-police = Politsiya: 102
helpline-police-for = Sizga tahdid qilishsa yoki zoʻravonlikdan keyin. Uchastka inspektori 30 kunga himoya orderini berishi mumkin va arizangizni qabul qilishi shart.
helpline-ambulance = Tez yordam: 103
helpline-ambulance-for = Zoʻravonlikdan keyingi jarohatlar: tibbiy yordam va keyinchalik asqotadigan tibbiy qayd.
helpline-contact-centre-111 = 111: oila, ayollar va bolalarni himoya qilish boʻyicha aloqa markazi
helpline-contact-centre-111-for = Kecha-kunduz, bepul va anonim: oiladagi zoʻravonlik yoki ta’qibdan keyin psixologlar va yuristlar yordam beradi. Matnli xabar yozsangiz ham boʻladi.
helpline-trust-line-150 = 150: ishonch telefoni
helpline-trust-line-150-for = Inqiroz markazlari ittifoqidan qoʻllab-quvvatlash va maslahat, avvalo bolalar va yoshlar uchun.
helpline-legal-aid = Davlatdan bepul yuridik yordam
helpline-legal-aid-for = Agar yuristga pul toʻlay olmasangiz, davlat huquqiy ma’lumot va maslahatlarni bepul beradi. Qanday murojaat qilish kerak: manbaga qarang.
helpline-reactor = REActor: huquqlaringiz buzilgan boʻlsa
helpline-reactor-for = Hamjamiyat vakillari boʻlgan parayuristlar OIV bilan bogʻliq huquq buzilishlarini qayd etadi va ularga javob berishga yordam beradi, masalan, Qozogʻistonda OIV statusi sababli uydan chiqarib yuborilgan holatda boʻlgani kabi.
alert-title = Ishonchli odamga xabar berish
alert-lead = Bir bosishda yordam soʻralgan xabar bilan SMS ilovasi ochiladi. Kimga yuborishni oʻsha yerda tanlang.
alert-lead-saved = Ishonadigan odamingizning raqamini saqlang. U faqat shu telefonda qoladi: Senim uni olmaydi, tez chiqish esa uni oʻchirib tashlaydi.
alert-number-label = Uning telefon raqami
alert-save = Shu telefonda saqlash
alert-forget = Raqamni oʻchirish
alert-saved = Faqat shu telefonda saqlandi.
alert-bad-number = Telefon raqamini kiriting: faqat raqamlar, boshida + boʻlishi mumkin.
alert-location = Joylashuvimni qoʻshish (taxminan 100 m)
alert-location-added = Joylashuvingiz taxminan 100 m aniqlikda xabarga qoʻshildi.
alert-location-failed = Joylashuvingizni aniqlab boʻlmadi. Xabar usiz yuboriladi.
alert-send = SMS orqali ogohlantirish yuborish
alert-message = Menga yordam kerak. Menga qoʻngʻiroq qil yoki kel.
alert-message-location = Menga yordam kerak. Menga qoʻngʻiroq qil yoki kel. Men { $lat }, { $lon } yaqinidaman (taxminan 100 m).
offline-saved = Saqlangan nusxa, internetsiz koʻrsatilmoqda. Saqlangan vaqti:
site-not-checked-since = Oxirgi tekshiruv: { $date }. O‘shandan beri o‘zgargan yoki yopilgan bo‘lishi mumkin.
