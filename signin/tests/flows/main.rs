//! The sign-in flows end to end: the device flow's polling on a scripted
//! client and a manual clock, the authorization code flow against the local
//! service with a scripted browser, the token provider's refreshes, and many
//! processes refreshing one cache entry at once.

mod common;
mod device;
mod pkce;
mod processes;
mod provider;
