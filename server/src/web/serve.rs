//! Serving connections (HTTP/1.1), with the time limits that keep slow or
//! silent clients from holding the server: a few thousand half-sent
//! requests would otherwise each keep a connection and a task forever.
//!
//! - [`HEADER_TIME_LIMIT`]: a request's head (request line and headers)
//!   must arrive within it, and a kept-alive connection that sends nothing
//!   for that long is closed. A head is under 2 KB: one or two packets even
//!   on a poor mobile connection.
//! - [`BODY_IDLE_LIMIT`]: a body that stops arriving for that long fails
//!   the request (a slow upload that keeps moving is fine: a 2 MiB import
//!   on a slow line takes as long as it takes).
//! - [`REQUEST_TIME_LIMIT`]: every request is answered within it, `503`
//!   otherwise. The slowest requests (an import of a few hundred sites, a
//!   booking queued behind others) take a few seconds; waiting for the
//!   database ends sooner (`db`'s pool gives up after 5 s, and the page
//!   says "try again in a few minutes").
//!
//! Behind nginx, its upstream keep-alive timeout must be shorter than
//! [`HEADER_TIME_LIMIT`] (server/deploy/nginx sets 4 s), so that nginx,
//! not Senim, closes an idle connection and never sends a request on one
//! being closed.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::Service;
use tower_http::timeout::TimeoutBody;

/// How long a request's head may take to arrive, and how long an idle
/// kept-alive connection stays open.
pub const HEADER_TIME_LIMIT: Duration = Duration::from_secs(10);

/// How long a request's body may stop arriving.
pub const BODY_IDLE_LIMIT: Duration = Duration::from_secs(10);

/// How long any request may take, from its head to its answer.
pub const REQUEST_TIME_LIMIT: Duration = Duration::from_secs(30);

/// Serves `router` on `listener` until `shutdown` completes, then lets the
/// requests under way finish (every answered booking is committed). Each
/// request carries its peer's address (`ConnectInfo<SocketAddr>`).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIME_LIMIT);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    wait_after(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let service =
            hyper::service::service_fn(move |request| answer(router.clone(), peer, request));
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that closes or times out is no error of ours.
            let _ = connection.await;
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// One request, under the body and request time limits.
async fn answer(
    mut router: Router,
    peer: SocketAddr,
    request: Request<Incoming>,
) -> Result<Response, Infallible> {
    let mut request = request.map(|body| Body::new(TimeoutBody::new(BODY_IDLE_LIMIT, body)));
    request.extensions_mut().insert(ConnectInfo(peer));
    match tokio::time::timeout(REQUEST_TIME_LIMIT, router.call(request)).await {
        Ok(answered) => answered,
        Err(_) => {
            tracing::warn!("a request took longer than its time limit");
            Ok(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

/// After a failed accept: nothing for a client that left at once; a pause
/// when the server is out of something (open files), so as not to spin.
async fn wait_after(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(%error, "cannot accept a connection");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
