page-title = Senim
skip-to-content = Skip to content
quick-exit = Quick exit
language-switcher = Language
footer-privacy = Senim keeps no record of your searches and sets no cookies. Your location never leaves your phone unrounded.
footer-credits = Settlements: GeoNames (CC BY 4.0). Directory rows show their source and the date they were checked.
not-found-title = Page not found
not-found-back = Back to search

search-title = Find a friendly service nearby
search-lead = Free and anonymous testing, treatment and support. No name needed.
search-place-label = I am in…
search-place-placeholder = Town or city, e.g. Taraz
locate-button = Use my location (rounded to about 1 km)
locate-failed = Your location is not available. Type your town instead.
filters-legend = What matters to you
filter-service = Service
filter-any = Any
filter-kind = Type of place
filter-language = Staff speak
filter-open-now = Open now
filter-evening = Open in the evening (after 18:00)
filter-weekend = Open at the weekend
filter-no-id = No ID needed
filter-free = Free
search-submit = Find
results-near-place = { $count ->
    [0] No places found near { $place }
    [one] { $count } place nearest to { $place }
   *[other] { $count } places nearest to { $place }
}
results-near-you = { $count ->
    [0] No places found near you
    [one] { $count } place nearest to you
   *[other] { $count } places nearest to you
}
results-none = Nothing matches all the filters. Try removing some.
place-unknown = We don't know this town. Check the spelling or pick one below.
place-suggestions = Did you mean:

error-missing-coordinates = Both latitude and longitude are needed.
error-not-a-number = A coordinate is not a number.
error-latitude-range = Latitude must be between -90 and 90.
error-longitude-range = Longitude must be between -180 and 180.
error-bad-limit = The number of results must be from 1 to 100.
error-unknown-service = That service is not in our list.
error-unknown-kind = That type of place is not in our list.
error-unknown-language = That language is not in our list.
error-bad-flag = A filter has an unexpected value.

kind-aids_centre = AIDS centre
kind-friendly_cabinet = Friendly clinic
kind-trust_point = Trust point (harm reduction)
kind-ost_site = Opioid substitution therapy site
kind-ngo = Community organisation
kind-mobile = Mobile clinic

service-hiv_rapid_test = HIV rapid test
service-hiv_self_test = HIV self-test kit
service-sti_testing = STI testing
service-sti_treatment = STI treatment
service-gynaecology = Gynaecology, sexual and reproductive health
service-prep = PrEP
service-pep = PEP (after possible exposure)
service-art = HIV treatment (ART)
service-ost = Opioid substitution therapy
service-condoms = Condoms and lubricant
service-needles_syringes = Needles and syringes
service-legal = Legal advice
service-psychological = Psychological support
service-violence_support = Help after violence

language-ru = Russian
language-kk = Kazakh
language-en = English
language-uz = Uzbek
language-ky = Kyrgyz
language-tg = Tajik

badge-open-now = Open now
badge-evening = Evenings
badge-weekend = Weekends
badge-no-id = No ID
badge-free = Free
badge-anonymous = Anonymous testing

hours-today = Today
hours-unknown = hours unknown — call first
hours-unknown-call = Opening hours are not known. Call first or ask an outreach worker.
hours-closed = closed
hours-evening-mark = (evening)
unit-km = km
address-not-verified = address not verified — call or ask an outreach worker
demo-label = DEMO
demo-note = This is a demonstration entry, not a real place.

answer-yes = Yes
answer-no = No
answer-unknown = Not known
services-unknown = Services not verified yet — call first.
price-free = free
price-paid = paid

back-to-search = ← Back to search
site-address = Address
site-phone = Phone
site-requires-id = Asks for an ID document
site-anonymous-testing = Anonymous testing
site-languages = Staff speak
site-services = Services
site-hours = Opening hours
site-hours-caption = The coming week, local time
site-source = Source
site-source-none = Source: demonstration data
site-checked-on = Checked on { $date }

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekend-mark = (weekend)

slots-title = Book a time
slots-lead = Only a nickname is needed. Pick a time:
slots-none = No free times in the coming week. Call, or look again later.
find-link = Find or cancel a booking with your code
booking-title = Book this time
booking-when = { $date }, { $value }
booking-nickname-label = Nickname
booking-nickname-hint = Any name to be called by, 2 to 40 letters or digits. Not your real name.
booking-service-label = What you come for (optional)
booking-service-none = I'd rather not say
booking-confirm = Confirm booking
booking-slot-gone-title = This time cannot be booked
booking-error-not-a-slot = This time is not free any more. Go back and pick another.
booking-error-not-bookable = This place does not take bookings online. Call instead.
booking-error-full = Someone took the last place at this time. Pick another time.
booking-error-nickname-short = The nickname needs at least 2 characters.
booking-error-nickname-long = The nickname can have at most 40 characters.
booking-error-nickname-characters = Use only letters, digits, spaces and - _ . in the nickname.
booking-error-service = Pick a service from the list.
error-internal = Something went wrong on our side. Nothing was saved. Please try again.
booking-confirmed-title = You are booked
booking-code-label = Your booking code:
booking-code-note = It is shown only once. Write it down or take a photo. You need it to find or cancel the booking.
booking-site = Place
booking-time = Time
booking-at-reception = At reception
booking-say-at-reception = Say: "I have a booking under the name { $value }", and show the code { $place }.
booking-ics = Add to calendar (says only "Appointment")
booking-cancelled = The booking is cancelled and your nickname erased.
booking-status = Status
booking-cancel = Cancel this booking
status-booked = booked
status-arrived = arrived
status-fulfilled = done
status-cancelled = cancelled
status-noshow = missed
find-title = Find or cancel a booking
find-code-label = Booking code
find-submit = Find
find-not-found = No active booking has this code. Check the code and try again.
find-too-many = Too many tries. Wait ten minutes and try again.
find-bad-code = A booking code has 8 letters and digits, like 7KQ2-M9XD.
booking-moved = Done: the booking has its new time. The code stays the same.
booking-reschedule-label = Another time
booking-reschedule = Move the booking

help-link = Help now
help-title = Help now
help-emergency-title = In danger right now?
help-emergency = Call 112: free, day and night.
help-call-112 = Call 112
help-lead = The nearest places that help after violence, give legal advice or psychological support. Say where you are.
help-near-place = Near { $place }
help-none = No such place nearby in the directory yet.
map-title = Map of Kazakhstan: where you searched from and the places found, numbered as in the list
map-caption = Map: Natural Earth (public domain). Numbers match the list.

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

portal-login-title = Staff sign-in
portal-username = Username
portal-password = Password
portal-login = Sign in
portal-login-failed = Wrong username or password.
portal-login-locked = Too many tries. Wait 15 minutes and try again.
portal-home-title = Staff portal
portal-signed-in-as = Signed in as { $name } ({ $role }).
portal-role-admin = administrator
portal-role-staff = clinic staff
portal-role-outreach = outreach worker
portal-your-sites = Your sites
portal-no-sites = No site is assigned to you.
portal-edit-hours = Hours and booking
portal-logout = Sign out
portal-back = ← Portal
portal-hours-saved = Saved. The new hours and booking times are on the public site now.
portal-hours-help = For each day give up to three opening intervals. A day left empty is closed.
portal-from = from
portal-to = to
portal-booking-rules = Booking
portal-slot-minutes = Appointment length, minutes
portal-capacity = People per appointment time
portal-notice-hours = Book at least this many hours ahead
portal-days-ahead = Book at most this many days ahead
portal-save = Save
portal-opening-hours-text = In OpenStreetMap syntax:
portal-hours-bad-time = a time looks like 09:30.
portal-hours-bad-interval = an interval needs a start and a later end.
portal-hours-overlap = intervals overlap.
portal-rules-bad = Check the numbers under "Booking".
portal-csrf = This form has expired. Open the page again.
