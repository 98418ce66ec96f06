//! Every request is answered inside a span that names its method and the
//! route it matched (`/{lang}/book/{id}`, never the address itself), so
//! each line logged while answering it says which page or call it was
//! for. The address is never logged: its query may hold a search, and a
//! route's pattern says all the log needs.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

/// The route of a request that matched none (a 404).
const NO_ROUTE: &str = "none";

/// Middleware: answers the request inside its span.
pub async fn in_request_span(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(NO_ROUTE, MatchedPath::as_str)
        .to_string();
    let span = tracing::info_span!("request", method = %request.method(), route = %route);
    next.run(request).instrument(span).await
}
