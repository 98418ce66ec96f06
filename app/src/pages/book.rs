use crate::booking_model::{
    BookingConfirmation, BookingForm, BookingInput, BookingOutcome, OutreachSignedIn,
};
use crate::components::{SiteName, href, no_store, set_status, t, use_lang};
use crate::i18n::{format_date, tr_args};
use crate::model::Precision;
use crate::pages::Failed;
use crate::server_fns::get_booking_form;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/{lang}/book/{site}?start=…`: the booking form for one slot. The form
/// posts to the same address; the server books and renders this page again
/// with the outcome (the code is shown in the page, never in a URL).
#[component]
pub fn BookPage() -> impl IntoView {
    no_store();
    let lang = use_lang();
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let start = use_query_map()
        .read_untracked()
        .get("start")
        .unwrap_or_default();
    let outcome = use_context::<BookingOutcome>();
    if let Some(BookingOutcome::Confirmed(confirmation)) = outcome.clone() {
        return view! { <Confirmation confirmation/> }.into_any();
    }
    let (input, problem) = match outcome {
        Some(BookingOutcome::Refused { input, problem }) => (input, Some(problem)),
        _ => (BookingInput::default(), None),
    };
    let form = Resource::new_blocking(
        move || (id.clone(), start.clone()),
        move |(id, start)| async move { get_booking_form(lang, id, start).await },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let input = input.clone();
                let problem = problem.clone();
                Suspend::new(async move {
                    match form.await {
                        Ok(Some(form)) => view! { <FormView form input problem/> }.into_any(),
                        Err(failure) => view! { <Failed failure/> }.into_any(),
                        Ok(None) => {
                            set_status(404);
                            view! {
                                <h1>{t("booking-slot-gone-title")}</h1>
                                <p class="error" role="alert">{problem.map(|p| t(&p)).unwrap_or_else(|| t("booking-error-not-a-slot"))}</p>
                                <p><a href=href("")>{t("back-to-search")}</a></p>
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn FormView(form: BookingForm, input: BookingInput, problem: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let worker = use_context::<OutreachSignedIn>();
    let referral_ticked = input.referral;
    let when = tr_args(
        lang,
        "booking-when",
        &[
            ("date", format_date(lang, &form.slot.date).into()),
            (
                "value",
                format!("{}–{}", form.slot.time, form.end_time).into(),
            ),
        ],
    );
    let action = href(&format!(
        "/book/{}?start={}",
        form.site_id,
        crate::url::encode_component(&form.slot.start)
    ));
    view! {
        <h1>{t("booking-title")}</h1>
        <p class="booking-site">
            <strong><SiteName name=form.site_name.clone() /></strong>
            {form.demo.then(|| view! { " " <span class="demo">{t("demo-label")}</span> })}
        </p>
        <p class="booking-when">{t(&format!("weekday-{}", form.slot.weekday))}", "{when}</p>
        {problem.map(|p| view! { <p class="error" role="alert" id="booking-error">{t(&p)}</p> })}
        <form class="booking-form" method="post" action=action>
            <input type="hidden" name="start" value=form.slot.start.clone()/>
            <input type="hidden" name="request_id" value=form.request_id.clone()/>
            <div class="field">
                <label for="nickname">{t("booking-nickname-label")}</label>
                <input
                    id="nickname"
                    name="nickname"
                    type="text"
                    required
                    minlength=vocabulary::NICKNAME_MIN_CHARS
                    maxlength=vocabulary::NICKNAME_MAX_CHARS
                    autocomplete="off"
                    aria-describedby="nickname-hint"
                    value=input.nickname
                />
                <small id="nickname-hint">{t("booking-nickname-hint")}</small>
            </div>
            {(!form.services.is_empty()).then(|| {
                let chosen = input.service.clone();
                view! {
                    <div class="field">
                        <label for="service">{t("booking-service-label")}</label>
                        <select id="service" name="service">
                            <option value="">{t("booking-service-none")}</option>
                            {form
                                .services
                                .iter()
                                .map(|s| view! {
                                    <option value=s.code() selected=chosen == s.code()>
                                        {t(&format!("service-{}", s.code()))}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                    </div>
                }
            })}
            {worker.map(|worker| view! {
                <div class="field referral-box">
                    <input type="checkbox" id="referral" name="referral" value="yes" checked=referral_ticked aria-describedby="referral-hint"/>
                    <label for="referral">{tr_args(lang, "booking-referral-tick", &[("org", worker.organisation.into())])}</label>
                    <small id="referral-hint">{t("booking-referral-tick-hint")}</small>
                </div>
            })}
            <button type="submit" class="primary">{t("booking-confirm")}</button>
        </form>
    }
}

#[component]
fn Confirmation(confirmation: BookingConfirmation) -> impl IntoView {
    let lang = use_lang();
    let c = confirmation;
    let when = tr_args(
        lang,
        "booking-when",
        &[
            ("date", format_date(lang, &c.date).into()),
            ("value", format!("{}–{}", c.start_time, c.end_time).into()),
        ],
    );
    let address = match (c.precision, c.address.clone()) {
        (Precision::Street, Some(address)) => format!("{address}, {}", c.city),
        _ => format!("{} — {}", c.city, t("address-not-verified")),
    };
    let say = tr_args(
        lang,
        "booking-say-at-reception",
        &[
            ("value", c.nickname.clone().into()),
            ("place", c.code.clone().into()),
        ],
    );
    view! {
        <article class="confirmation">
            <h1>{t("booking-confirmed-title")}</h1>
            {c.referral_org.clone().map(|org| view! {
                <p class="referral" id="referral-note">{tr_args(lang, "booking-referral-by", &[("org", org.into())])}</p>
            })}
            <p>{t("booking-code-label")}</p>
            <p class="code" id="booking-code">{c.code.clone()}</p>
            <p class="code-note">{t("booking-code-note")}</p>
            <p class="code-note" id="code-ends">{t("booking-code-ends")}</p>
            <div class="qr" inner_html=c.qr_svg.clone()></div>
            <dl class="facts">
                <dt>{t("booking-site")}</dt>
                <dd>
                    <SiteName name=c.site_name.clone() />
                    {c.demo.then(|| view! { " " <span class="demo">{t("demo-label")}</span> })}
                </dd>
                <dt>{t("booking-time")}</dt>
                <dd>{t(&format!("weekday-{}", c.weekday))}", "{when}</dd>
                <dt>{t("site-address")}</dt>
                <dd>{address}</dd>
                {c.phone.clone().map(|phone| {
                    let tel = format!("tel:{}", crate::components::phone_digits(&phone));
                    view! { <dt>{t("site-phone")}</dt><dd><a href=tel>{phone}</a></dd> }
                })}
                <dt>{t("booking-nickname-label")}</dt>
                <dd>{c.nickname.clone()}</dd>
                <dt>{t("booking-at-reception")}</dt>
                <dd>{say}</dd>
            </dl>
            <p>
                <a href=c.ics_data_url.clone() download="appointment.ics">{t("booking-ics")}</a>
            </p>
            <p><a href=href("/booking")>{t("find-link")}</a></p>
        </article>
    }
}
