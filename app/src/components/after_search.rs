//! What the search and help pages share: their search and the list of
//! places load while the page renders, then one view shows both.

use crate::model::PlaceOption;
use crate::server_fns::all_places;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::future::Future;

/// Runs `search` for the page's `query` (read once from the address) and
/// loads every place for the place field, both before the page is sent;
/// then shows `show(query, places, found)`.
pub fn after_search<Q, T, Fut, V>(
    query: Q,
    search: impl Fn(Q) -> Fut + Send + Sync + 'static,
    show: impl Fn(Q, Vec<PlaceOption>, T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    Q: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
    V: IntoView + 'static,
{
    let lang = super::use_lang();
    let found = Resource::new_blocking(
        {
            let query = query.clone();
            move || query.clone()
        },
        search,
    );
    let places = Resource::new_blocking(
        || (),
        move |_| async move { all_places(lang).await.unwrap_or_default() },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let query = query.clone();
                let show = show.clone();
                Suspend::new(async move {
                    let places = places.await;
                    let found = found.await;
                    show(query, places, found)
                })
            }}
        </Suspense>
    }
}
