//! The local service's pages and form parser: `/device`, `/authorize` and
//! `/_local/approve` through `LocalService::handle`, with any method, query,
//! headers (content type, origin…) and body, against a service holding one
//! registered client and one pending sign-in. Every request gets an answer,
//! never a panic, and a JSON answer is JSON.
//!
//! Input: `METHOD /path?query`, header lines, a blank line, the body. A path
//! that is none of the three pages is replaced by one of them (chosen by its
//! length), so the fuzzer stays on the pages; the dispatcher has its own target.
#![no_main]

use http_body_util::Full;
use libfuzzer_sys::fuzz_target;
use sdk_fuzz::{block_on, check_response, local_service, Message};

const PAGES: [&str; 3] = ["/device", "/authorize", "/_local/approve"];

fuzz_target!(|data: &[u8]| {
    let Some(mut request) = Message::parse(data).request(Full::new) else {
        return;
    };
    let path = request.uri().path();
    if !PAGES.contains(&path) {
        let page = PAGES[path.len() % PAGES.len()];
        let target = match request.uri().query() {
            Some(query) => format!("{page}?{query}"),
            None => page.to_owned(),
        };
        let Ok(uri) = http::Uri::try_from(target) else {
            return;
        };
        *request.uri_mut() = uri;
    }
    block_on(async {
        let service = local_service().await;
        check_response(service.handle(request, None).await).await;
    });
});
