//! "Something wrong here?": a short form on every site page that works
//! without JavaScript (a plain POST to the page's own address). It asks for
//! nothing about the sender and says so.

use super::{href, t};
use crate::model::ReportOutcome;
use leptos::prelude::*;
use vocabulary::{REPORT_NOTE_MAX_CHARS, ReportProblem};

#[component]
pub fn ReportForm(site_id: String) -> impl IntoView {
    let outcome = use_context::<ReportOutcome>();
    let (chosen, note) = match &outcome {
        Some(ReportOutcome::Refused { problem, note, .. }) => (problem.clone(), note.clone()),
        _ => (String::new(), String::new()),
    };
    let message = outcome.clone().map(|outcome| match outcome {
        ReportOutcome::Sent => {
            view! { <p class="ok" role="status" id="report-result">{t("report-sent")}</p> }
                .into_any()
        }
        ReportOutcome::Enough => {
            view! { <p class="ok" role="status" id="report-result">{t("report-enough")}</p> }
                .into_any()
        }
        ReportOutcome::Refused { message, .. } => {
            view! { <p class="error" role="alert" id="report-result">{t(&message)}</p> }.into_any()
        }
    });
    let sent = matches!(outcome, Some(ReportOutcome::Sent | ReportOutcome::Enough));
    view! {
        <details class="report" id="report" open=outcome.is_some()>
            <summary>{t("report-title")}</summary>
            {message}
            {(!sent).then(|| view! {
                <form method="post" action=href(&format!("/site/{site_id}#report"))>
                    <fieldset>
                        <legend>{t("report-what")}</legend>
                        {ReportProblem::ALL
                            .iter()
                            .map(|problem| {
                                let code = problem.code();
                                view! {
                                    <label class="choice">
                                        <input type="radio" name="problem" value=code
                                            required=true checked=chosen == code/>
                                        " "{t(&format!("report-problem-{code}"))}
                                    </label>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <label for="report-note">{t("report-note")}</label>
                    <textarea id="report-note" name="note" rows="3"
                        maxlength=REPORT_NOTE_MAX_CHARS.to_string()>{note}</textarea>
                    <p class="hint">{t("report-private")}</p>
                    <button type="submit">{t("report-send")}</button>
                </form>
            })}
        </details>
    }
}
