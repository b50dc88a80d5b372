//! The generated server's router, body reader, input readers and validation:
//! `sso_oidc::server::Dispatcher::handle` with any method, target, headers and
//! body, in front of the local service's handler (with one registered client
//! and one pending sign-in). Every request gets an answer, never a panic, and a
//! JSON answer is JSON.
//!
//! Input: `METHOD /path?query`, header lines, a blank line, the body.
#![no_main]

use http_body_util::Full;
use libfuzzer_sys::fuzz_target;
use sdk_fuzz::{block_on, check_response, local_service, Message};
use sso_oidc::server::Dispatcher;

fuzz_target!(|data: &[u8]| {
    let Some(request) = Message::parse(data).request(Full::new) else {
        return;
    };
    block_on(async {
        let dispatcher = Dispatcher::new(local_service().await.oidc().clone());
        check_response(dispatcher.handle(request, None).await).await;
    });
});
