//! Layer 3, presentation: everything a person or a program sees — exports
//! (CSV and JSON), the JSON schema, Markdown rendering, the web site and
//! API, and the command line. It may import both layers below it; nothing
//! below imports it.

pub mod cli;
pub mod export;
pub mod i18n;
pub mod markdown;
pub mod schema;
pub mod web;
pub mod words;
