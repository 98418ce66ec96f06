use crate::booking_model::SlotOption;
use crate::components::{
    DayHoursText, NotCheckedSince, ReportForm, SiteName, SlotList, href, set_status, t, use_lang,
};
use crate::i18n::{format_date, tr_args};
use crate::model::PortError;
use crate::model::{Precision, SiteDetails, WeekDay};
use crate::pages::{Failed, NotFound};
use crate::server_fns::{get_site, get_slot_options};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/{lang}/site/{id}`: everything known about one site.
#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    // Both loads start here, outside the Suspense: a resource created inside
    // a Suspense's children can leave the server's render waiting forever.
    let details = Resource::new_blocking(
        {
            let id = id.clone();
            move || id.clone()
        },
        move |id| async move { get_site(lang, id).await },
    );
    let slots = Resource::new_blocking(
        move || id.clone(),
        // The page still shows what the server knows from memory when the
        // slots cannot be read: it says so in their section.
        |id| async move { get_slot_options(id).await },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match details.await {
                    Ok(Some(site)) => {
                        let slots = slots.await;
                        view! { <SiteView site slots/> }.into_any()
                    }
                    Err(failure) => view! { <Failed failure/> }.into_any(),
                    Ok(None) => {
                        set_status(404);
                        view! { <NotFound/> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn SiteView(site: SiteDetails, slots: Result<Option<Vec<SlotOption>>, PortError>) -> impl IntoView {
    let lang = use_lang();
    let yes_no_unknown = |value: Option<bool>| match value {
        Some(true) => t("answer-yes"),
        Some(false) => t("answer-no"),
        None => t("answer-unknown"),
    };
    let address = match (site.precision, site.address.clone()) {
        (Precision::Street, Some(address)) => format!("{address}, {}", site.city),
        _ => format!("{} — {}", site.city, t("address-not-verified")),
    };
    let services = if site.services.is_empty() {
        view! { <p>{t("services-unknown")}</p> }.into_any()
    } else {
        view! {
            <ul class="services">
                {site
                    .services
                    .iter()
                    .map(|offer| {
                        let price = if offer.free { t("price-free") } else { t("price-paid") };
                        view! { <li>{t(&format!("service-{}", offer.service.code()))}" — "{price}</li> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let languages = if site.languages.is_empty() {
        t("answer-unknown")
    } else {
        site.languages
            .iter()
            .map(|l| t(&format!("language-{}", l.code())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // A change by the site's staff to where and how to reach it is said
    // as such for two weeks, not as a confirmation.
    let staff_checked = match (site.staff_changed_on.clone(), site.staff_checked_on.clone()) {
        (Some(date), _) => {
            let text = tr_args(
                lang,
                "site-staff-changed-on",
                &[("date", format_date(lang, &date).into())],
            );
            Some(view! { <br/><span id="staff-changed">{text}</span> }.into_any())
        }
        (None, Some(date)) => {
            let text = tr_args(
                lang,
                "site-staff-checked-on",
                &[("date", format_date(lang, &date).into())],
            );
            Some(view! { <br/><span id="staff-checked">{text}</span> }.into_any())
        }
        (None, None) => None,
    };
    let checked = tr_args(
        lang,
        "site-checked-on",
        &[("date", format_date(lang, &site.checked_on).into())],
    );
    view! {
        <article class="site">
            <p><a href=href("")>{t("back-to-search")}</a></p>
            <h1>
                <SiteName name=site.name.clone() />
                {site.demo.then(|| view! { " " <span class="demo">{t("demo-label")}</span> })}
            </h1>
            {site.demo.then(|| view! { <p class="demo-note">{t("demo-note")}</p> })}
            {site.not_checked_since.clone().map(|date| view! { <NotCheckedSince date/> })}
            {site.reported_closed_on.clone().map(|date| {
                let text = tr_args(lang, "report-reported-closed", &[("date", format_date(lang, &date).into())]);
                view! { <p class="stale" id="reported-closed">{text}</p> }
            })}
            <p class="kind">{t(&format!("kind-{}", site.kind.code()))}</p>
            <dl class="facts">
                <dt>{t("site-address")}</dt>
                <dd>{address}</dd>
                <dt>{t("site-phone")}</dt>
                <dd>
                    {match site.phone.clone() {
                        Some(phone) => {
                            let tel = format!("tel:{}", crate::components::phone_digits(&phone));
                            view! { <a href=tel>{phone}</a> }.into_any()
                        }
                        None => t("answer-unknown").into_any(),
                    }}
                </dd>
                <dt>{t("site-requires-id")}</dt>
                <dd>{yes_no_unknown(site.requires_id)}</dd>
                <dt>{t("site-anonymous-testing")}</dt>
                <dd>{yes_no_unknown(site.anonymous_testing)}</dd>
                <dt>{t("site-languages")}</dt>
                <dd>{languages}</dd>
            </dl>
            {site.notes.clone().map(|notes| view! {
                <h2>{t("site-notes")}</h2>
                <p class="notes" id="site-notes">{notes}</p>
            })}
            <h2>{t("site-services")}</h2>
            {services}
            <h2>{t("site-hours")}</h2>
            <WeekTable week=site.week.clone() open_now=site.open_now/>
            {match slots {
                Ok(slots) => slots
                    .map(|slots| view! { <BookingSection site_id=site.id.clone() slots/> }.into_any()),
                Err(_) => Some(view! { <BookingUnavailable/> }.into_any()),
            }}
            <p class="source">
                {match site.source_url.clone() {
                    Some(url) => {
                        let text = url.clone();
                        view! {
                            {t("site-source")}": "
                            <a href=url rel="noreferrer noopener">{text}</a>
                        }
                        .into_any()
                    }
                    None => t("site-source-none").into_any(),
                }}
                <br/>
                {checked}
                {staff_checked}
            </p>
            <ReportForm site_id=site.id.clone()/>
        </article>
    }
}

#[component]
fn WeekTable(week: Vec<WeekDay>, open_now: bool) -> impl IntoView {
    let lang = use_lang();
    if week.is_empty() {
        return view! { <p class="hours-unknown">{t("hours-unknown-call")}</p> }.into_any();
    }
    view! {
        {open_now.then(|| view! { <p class="badge badge-open">{t("badge-open-now")}</p> })}
        <table class="week">
            <caption>{t("site-hours-caption")}</caption>
            <tbody>
                {week
                    .into_iter()
                    .map(|day| {
                        view! {
                            <tr class:weekend=day.weekend>
                                <th scope="row">
                                    {t(&format!("weekday-{}", day.weekday))}
                                    {day.weekend.then(|| view! { " " <small>{t("weekend-mark")}</small> })}
                                    <br/>
                                    <small>{format_date(lang, &day.date)}</small>
                                </th>
                                <td><DayHoursText hours=day.hours/></td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// "Book a time" while the database cannot be reached: try again soon.
#[component]
fn BookingUnavailable() -> impl IntoView {
    view! {
        <section class="booking" id="book">
            <h2>{t("slots-title")}</h2>
            <p class="error" role="alert" id="slots-unavailable">{t("slots-unavailable")}</p>
        </section>
    }
}

/// "Book a time": the free slots of the coming week, for bookable sites.
#[component]
fn BookingSection(site_id: String, slots: Vec<SlotOption>) -> impl IntoView {
    view! {
        <section class="booking" id="book">
            <h2>{t("slots-title")}</h2>
            <p>{t("slots-lead")}</p>
            <SlotList site_id slots/>
            <p><a href=href("/booking")>{t("find-link")}</a></p>
        </section>
    }
}
