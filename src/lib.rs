//! Harassment Law Atlas: a knowledge base that compares the world's
//! sexual-harassment laws, with a source for every fact.
//!
//! The crate has three layers, and each imports only from the layers
//! above it in this list (a test, `layering`, enforces it):
//!
//! 1. [`data`]: the file format ([`data::model`]) and loading and
//!    validation ([`data::load`]) — what a data folder says, and whether it
//!    says it correctly, with a position for every error.
//! 2. [`views`]: pure computations over a loaded atlas — normalised
//!    penalties, comparisons, coverage, draft analysis and search. They
//!    return values, never HTML or addresses.
//! 3. [`present`]: how a person or a program sees it — words for values,
//!    addresses, exports, the web site and API, and the command line.

pub mod data;
pub mod present;
pub mod views;

pub use data::load::{Atlas, Loaded};
