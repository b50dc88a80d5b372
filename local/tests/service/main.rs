//! The local service end to end over loopback, called by the generated client
//! and by raw HTTP as a browser or an attacker would, with an injected clock
//! (no sleeps). One test binary, a module per concern.

mod common;
mod grants;
mod pages;
mod security;
mod state;
