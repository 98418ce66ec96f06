//! A signed-in outreach worker on the public pages. Every page rendered for
//! one request (a site page, the booking form, …) then says so, with a way
//! to sign out, and the booking form offers "this is a referral by …".
//! The pages every visitor gets alike (`page_cache`) never learn of it: the
//! session is not even looked up for them.

use crate::db::DbError;
use crate::domain::access::account::Role;
use crate::domain::sites::organisation::Organisation;
use crate::web::WebState;
use crate::web::page_cache::same_for_everyone;
use crate::web::portal::access::session_of;
use app::booking_model::OutreachSignedIn;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::{provide_context, use_context};

/// The worker's organisation and what the page shows of the sign-in.
#[derive(Clone, Debug)]
pub struct OutreachVisit {
    /// The worker's account: their referrals count against its booking caps.
    pub account_id: i64,
    pub organisation: Organisation,
    pub shown: OutreachSignedIn,
}

/// The outreach worker signed in on this browser, if any.
async fn visit_of(state: &WebState, headers: &HeaderMap) -> Result<Option<OutreachVisit>, DbError> {
    let Some(session) = session_of(state, headers).await? else {
        return Ok(None);
    };
    let (Role::Outreach, Some(organisation)) = (session.account.role, session.account.organisation)
    else {
        return Ok(None);
    };
    let shown = OutreachSignedIn {
        organisation: organisation.name.clone(),
        csrf: session.csrf,
    };
    Ok(Some(OutreachVisit {
        account_id: session.account.id,
        organisation,
        shown,
    }))
}

/// Middleware of the public pages: puts the signed-in outreach worker into
/// the request of a page rendered for it alone, and marks the answer
/// `no-store` (it names the organisation and carries the sign-out token).
pub async fn recognise(
    State(state): State<WebState>,
    mut request: Request,
    next: Next,
) -> Response {
    if !rendered_per_request(request.uri().path()) {
        return next.run(request).await;
    }
    let visit = match visit_of(&state, request.headers()).await {
        Ok(visit) => visit,
        Err(error) => {
            // The page is still worth serving, without the banner.
            tracing::error!(%error, "cannot read the portal session of a public page");
            None
        }
    };
    let Some(visit) = visit else {
        return next.run(request).await;
    };
    request.extensions_mut().insert(visit);
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Whether `path` is a public page (`/{lang}/…`) rendered for one request.
fn rendered_per_request(path: &str) -> bool {
    let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
    vocabulary::Lang::from_code(lang).is_some() && !same_for_everyone(path)
}

/// The outreach worker `recognise` found for this request.
pub fn visit(parts: &Parts) -> Option<OutreachVisit> {
    parts.extensions.get::<OutreachVisit>().cloned()
}

/// Gives a page being rendered the signed-in worker of its request, if any
/// (called where the pages' other context is provided).
pub fn provide_signed_in() {
    let shown = use_context::<Parts>()
        .and_then(|parts| visit(&parts))
        .map(|visit| visit.shown);
    if let Some(shown) = shown {
        provide_context(shown);
    }
}
