//! Redirect URI matching, with RFC 8252's loopback rule: a native app
//! registers `http://127.0.0.1/callback` and later listens on whatever port is
//! free, so for loopback addresses the port is ignored.

/// `(scheme, host, port, rest)` of an absolute URI, or `None`.
fn split(uri: &str) -> Option<(&str, &str, Option<&str>, &str)> {
    let (scheme, rest) = uri.split_once("://")?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']')?;
        (host, after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    Some((scheme, host, port, path))
}

/// The origin (`scheme://host[:port]`) of an `http` or `https` URI, when
/// its host and port are plain (letters, digits, `.`, `-`, `:`, `[`, `]`: no
/// user info): what a page may name as where the browser goes next, and put
/// in a `Content-Security-Policy` without quoting.
pub fn origin(uri: &str) -> Option<String> {
    let (scheme, rest) = uri.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let plain = !authority.is_empty()
        && authority
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    plain.then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

fn is_loopback_host(host: &str) -> bool {
    host == "127.0.0.1" || host == "::1" || host.eq_ignore_ascii_case("localhost")
}

/// Whether `uri` is plain HTTP to a loopback address.
pub fn is_loopback_http(uri: &str) -> bool {
    split(uri).is_some_and(|(scheme, host, _, _)| {
        scheme.eq_ignore_ascii_case("http") && is_loopback_host(host)
    })
}

/// Whether `requested` may be used where `registered` was registered: equal,
/// or both loopback HTTP differing only in port.
pub fn redirect_matches(registered: &str, requested: &str) -> bool {
    if registered == requested {
        return true;
    }
    match (split(registered), split(requested)) {
        (Some((s1, h1, _, p1)), Some((s2, h2, _, p2))) => {
            s1.eq_ignore_ascii_case("http")
                && s2.eq_ignore_ascii_case("http")
                && is_loopback_host(h1)
                && h1.eq_ignore_ascii_case(h2)
                && p1 == p2
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_redirects_match_any_port() {
        assert!(redirect_matches(
            "http://127.0.0.1/oauth/callback",
            "http://127.0.0.1:51234/oauth/callback"
        ));
        assert!(redirect_matches(
            "http://[::1]:80/cb",
            "http://[::1]:8080/cb"
        ));
        assert!(!redirect_matches(
            "http://127.0.0.1/oauth/callback",
            "http://127.0.0.1:51234/other"
        ));
        assert!(!redirect_matches(
            "http://127.0.0.1/cb",
            "http://evil.example:51234/cb"
        ));
    }

    #[test]
    fn other_redirects_match_exactly() {
        assert!(redirect_matches(
            "https://app.example/cb",
            "https://app.example/cb"
        ));
        assert!(!redirect_matches(
            "https://app.example/cb",
            "https://app.example:8443/cb"
        ));
        assert!(is_loopback_http("http://localhost:9/x"));
        assert!(!is_loopback_http("https://127.0.0.1/x"));
    }

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        assert_eq!(
            origin("http://127.0.0.1:5123/cb?x=1").as_deref(),
            Some("http://127.0.0.1:5123")
        );
        assert_eq!(
            origin("HTTPS://App.Example/cb").as_deref(),
            Some("https://app.example")
        );
        assert_eq!(
            origin("http://[::1]:80#f").as_deref(),
            Some("http://[::1]:80")
        );
        for odd in [
            "javascript:alert(1)",
            "http://user@host/",
            "ftp://h/",
            "http:///x",
            "http://a b/",
        ] {
            assert_eq!(origin(odd), None, "{odd}");
        }
    }
}
