//! Directory entries reached online (ordering an HIV self-test), shown
//! beside the nearest places whatever the distance.

use super::{SiteName, source_line};
use crate::model::OnlineService;
use leptos::prelude::*;

#[component]
pub fn OnlineServices(services: Vec<OnlineService>) -> impl IntoView {
    (!services.is_empty()).then(|| {
        view! {
            <section class="online">
                <h2>{super::t("online-title")}</h2>
                <ul>
                    {services
                        .into_iter()
                        .map(|service| {
                            view! {
                                <li id=format!("online-{}", service.id)>
                                    <h3>
                                        <a href=service.source_url.clone() rel="noreferrer noopener">
                                            <SiteName name=service.name/>
                                        </a>
                                    </h3>
                                    <p>{super::t("online-self-test-note")}</p>
                                    {source_line(service.source_url, &service.checked_on)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
