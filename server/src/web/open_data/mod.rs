//! Open data in the standards health systems read: Open Referral HSDS 3.0
//! under `/api/hsds` and HL7 FHIR R4 under `/fhir/r4`. Read-only, made
//! from the published directory; nothing a person entered (nickname,
//! code) is reachable here.

mod fhir;
mod hsds;

use super::WebState;
use axum::Router;

pub fn routes() -> Router<WebState> {
    hsds::routes().merge(fhir::routes())
}

/// Site names, kinds, services and languages in English, for both standards.
fn english(key: &str) -> String {
    app::i18n::tr(app::i18n::Lang::En, key)
}
