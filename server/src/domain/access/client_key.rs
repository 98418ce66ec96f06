//! Whose tries a limit counts: an IPv4 address as it is, an IPv6 address
//! by its /64 (one household or phone usually holds a whole /64, so
//! rotating addresses inside it does not escape a limit). The key is only
//! ever stored as a keyed hash, with the window it counts.

use std::fmt;
use std::net::IpAddr;

/// The text a limit counts a client under.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ClientKey(String);

impl ClientKey {
    /// IPv4 (and IPv4-mapped IPv6) by address, IPv6 by its /64 prefix.
    pub fn of(address: IpAddr) -> ClientKey {
        let address = match address {
            IpAddr::V6(v6) => v6
                .to_ipv4_mapped()
                .map(IpAddr::V4)
                .unwrap_or(IpAddr::V6(v6)),
            v4 => v4,
        };
        match address {
            IpAddr::V4(v4) => ClientKey(v4.to_string()),
            IpAddr::V6(v6) => {
                let s = v6.segments();
                ClientKey(format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3]))
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Never printed: a key names a client.
impl fmt::Debug for ClientKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientKey(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> ClientKey {
        ClientKey::of(text.parse().unwrap())
    }

    #[test]
    fn two_addresses_of_one_ipv6_64_share_a_key() {
        assert_eq!(
            key("2001:db8:1:2::1"),
            key("2001:db8:1:2:ffff:eeee:dddd:cccc")
        );
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
    }

    #[test]
    fn ipv4_counts_by_address_mapped_or_not() {
        assert_eq!(key("203.0.113.7"), key("::ffff:203.0.113.7"));
        assert_ne!(key("203.0.113.7"), key("203.0.113.8"));
        assert_eq!(key("203.0.113.7").as_str(), "203.0.113.7");
    }

    #[test]
    fn a_key_is_never_printed() {
        assert_eq!(format!("{:?}", key("203.0.113.7")), "ClientKey(…)");
    }
}
