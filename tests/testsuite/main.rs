//! The integration tests, as one test binary (mdBook's `tests/testsuite`
//! shape): one link step instead of thirteen, and shared helpers in
//! [`helpers`]. Run one group with `./scripts/test --test testsuite web::`.

mod helpers;

mod browser;
mod check;
mod cite;
mod coverage;
mod draft;
mod export;
mod languages;
mod layering;
mod pages;
mod props;
mod schema;
mod search_cli;
mod search_quality;
mod serve;
mod web;
