//! Who is asking: extractors that every portal handler starts with, so the
//! checks are written once. Each answers for itself when it refuses: a
//! page language that does not exist is 404, no session goes to sign-in,
//! and a site or page the account may not see is 404, exactly like one
//! that does not exist.

use super::{cookie, to_login};
use crate::db::DbError;
use crate::domain::sites::site::Site;
use crate::services::Actor;
use crate::services::accounts::{self, Session, SiteRight};
use crate::web::WebState;
use crate::web::error::internal;
use crate::web::form::Asker;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use vocabulary::Lang;

/// The live session of the request's cookie, if any.
pub async fn session_of(state: &WebState, headers: &HeaderMap) -> Result<Option<Session>, DbError> {
    match cookie::token(headers, state.app.secure_cookies) {
        Some(token) => accounts::session(&state.app, &token).await,
        None => Ok(None),
    }
}

/// The parameters of a portal address (`paths`): its language, and on a
/// site's or a thing's page, its id.
#[derive(Deserialize)]
struct Addressed {
    lang: String,
    id: Option<String>,
}

/// The matched address's parameters; 404 when the router matched none
/// (an extractor used on a route outside `paths`).
async fn addressed(parts: &mut Parts, state: &WebState) -> Result<Addressed, Response> {
    Path::<Addressed>::from_request_parts(parts, state)
        .await
        .map(|Path(addressed)| addressed)
        .map_err(|_| not_found())
}

fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// The page language of a portal address.
/// Leaves the language and anti-forgery token in the request for a
/// [`crate::web::form::CsrfForm`] read after.
async fn lang_and_session(
    parts: &mut Parts,
    state: &WebState,
) -> Result<(Lang, Session), Response> {
    let lang = Lang::from_code(&addressed(parts, state).await?.lang).ok_or_else(not_found)?;
    match session_of(state, &parts.headers).await {
        Ok(Some(session)) => {
            let csrf = session.csrf.clone();
            parts.extensions.insert(Asker { lang, csrf });
            Ok((lang, session))
        }
        Ok(None) => Err(to_login(lang)),
        Err(error) => Err(internal(error)),
    }
}

/// A request from a signed-in account.
pub struct SignedIn {
    pub lang: Lang,
    pub session: Session,
}

impl FromRequestParts<WebState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let (lang, session) = lang_and_session(parts, state).await?;
        Ok(SignedIn { lang, session })
    }
}

/// A request from an admin.
pub struct Admin {
    pub lang: Lang,
    pub session: Session,
}

impl FromRequestParts<WebState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let (lang, session) = lang_and_session(parts, state).await?;
        if !session.account.role.manages_accounts() {
            return Err(not_found());
        }
        Ok(Admin { lang, session })
    }
}

/// A request from someone who keeps the directory: an admin (every
/// region) or a coordinator (their regions).
pub struct Keeper {
    pub lang: Lang,
    pub session: Session,
    /// `None`: every region.
    pub regions: Option<Vec<String>>,
}

impl FromRequestParts<WebState> for Keeper {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let (lang, session) = lang_and_session(parts, state).await?;
        if !session.account.role.keeps_directory() {
            return Err(not_found());
        }
        let regions = accounts::regions_kept(&state.app, &session.account)
            .await
            .map_err(internal)?;
        Ok(Keeper {
            lang,
            session,
            regions,
        })
    }
}

impl Keeper {
    /// Whether a site in `city` is in this keeper's regions.
    pub fn covers(&self, state: &WebState, city: &str) -> bool {
        accounts::in_regions(&state.app, self.regions.as_deref(), city)
    }
}

/// A request about a site's page (`paths::SITE_…`) from an account that holds
/// `right` at that site (see [`SiteRight`]); anything else is 404, like a
/// site that does not exist.
async fn site_asked(
    parts: &mut Parts,
    state: &WebState,
    right: SiteRight,
) -> Result<(Lang, Session, Site), Response> {
    let (lang, session) = lang_and_session(parts, state).await?;
    let site_id = addressed(parts, state).await?.id.unwrap_or_default();
    let site = state.app.directory().site(&site_id).cloned();
    let site = site.ok_or_else(not_found)?;
    let allowed = accounts::may(&state.app, &session.account, &site, right)
        .await
        .map_err(internal)?;
    if !allowed {
        return Err(not_found());
    }
    Ok((lang, session, site))
}

/// A request about a site's bookings (day and week views, code checks,
/// statuses, walk-ins, blocked slots): its own staff and admins only.
pub struct Reception {
    pub lang: Lang,
    pub session: Session,
    pub site: Site,
}

impl FromRequestParts<WebState> for Reception {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let (lang, session, site) = site_asked(parts, state, SiteRight::Reception).await?;
        Ok(Reception {
            lang,
            session,
            site,
        })
    }
}

impl Reception {
    pub fn actor(&self) -> Actor {
        self.session.actor()
    }
}

/// A request about keeping a site (its profile, hours and closures): its
/// own staff, the coordinators of its region and admins.
pub struct KeptSite {
    pub lang: Lang,
    pub session: Session,
    pub site: Site,
}

impl FromRequestParts<WebState> for KeptSite {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let (lang, session, site) = site_asked(parts, state, SiteRight::Keeping).await?;
        Ok(KeptSite {
            lang,
            session,
            site,
        })
    }
}

impl KeptSite {
    pub fn actor(&self) -> Actor {
        self.session.actor()
    }
}
