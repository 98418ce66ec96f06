//! Which address a request comes from, for the look-up limits only (it is
//! never written anywhere). Behind a trusted reverse proxy that is the
//! right-most address of `X-Forwarded-For` that is not itself a trusted
//! proxy; from anyone else the header is ignored, so a client cannot
//! choose its own identity.

use super::WebState;
use crate::domain::access::client_key::ClientKey;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// The client's address, as [`client_address`] finds it.
pub struct ClientAddress(pub IpAddr);

impl ClientAddress {
    /// What the limits count this client under (IPv6 by its /64).
    pub fn key(&self) -> ClientKey {
        ClientKey::of(self.0)
    }
}

impl FromRequestParts<WebState> for ClientAddress {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, StatusCode> {
        let ConnectInfo(peer) = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .copied()
            .ok_or(StatusCode::INTERNAL_SERVER_ERROR)?;
        let client = client_address(peer.ip(), &parts.headers, &state.trusted_proxies);
        Ok(ClientAddress(client))
    }
}

/// The address a request comes from: the peer, unless the peer is a
/// trusted proxy; then `X-Forwarded-For` read from the right, past every
/// trusted proxy, stopping at anything that is not an address.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |address: &IpAddr| trusted.iter().any(|net| net.contains(address));
    if !is_trusted(&peer) {
        return peer;
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for hop in forwarded.iter().rev() {
        let Ok(address) = hop.trim().parse::<IpAddr>() else {
            break;
        };
        client = address;
        if !is_trusted(&address) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_trusted;

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", forwarded.parse().unwrap());
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let trusted = parse_trusted("127.0.0.1, 10.0.0.0/8").unwrap();
        let from_proxy = client_address(ip("127.0.0.1"), &headers("203.0.113.7"), &trusted);
        assert_eq!(from_proxy, ip("203.0.113.7"));
        let direct = client_address(ip("198.51.100.1"), &headers("203.0.113.7"), &trusted);
        assert_eq!(
            direct,
            ip("198.51.100.1"),
            "a client cannot pick its address"
        );
        let nobody = client_address(ip("127.0.0.1"), &headers("203.0.113.7"), &[]);
        assert_eq!(nobody, ip("127.0.0.1"), "no proxy is trusted by default");
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let trusted = parse_trusted("127.0.0.1 10.0.0.0/8").unwrap();
        let spoofed = headers("1.2.3.4, 203.0.113.7, 10.1.2.3");
        assert_eq!(
            client_address(ip("127.0.0.1"), &spoofed, &trusted),
            ip("203.0.113.7")
        );
        let garbage = headers("203.0.113.7, not-an-address");
        assert_eq!(
            client_address(ip("127.0.0.1"), &garbage, &trusted),
            ip("127.0.0.1")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), &HeaderMap::new(), &trusted),
            ip("127.0.0.1")
        );
    }
}
