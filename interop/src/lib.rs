//! Nothing to build: the interop tests live in `tests/`.
