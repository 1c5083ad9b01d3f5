//! Harassment Law Atlas: a knowledge base that compares the world's
//! sexual-harassment laws, with a source for every fact.
//!
//! The module list is the architecture: the data model and its file
//! format, loading and validation, normalisation of penalties, exports, and
//! the web server.

pub mod atlas;
pub mod cli;
pub mod codes;
pub mod compare;
pub mod coverage;
pub mod date;
pub mod diagnostic;
pub mod draft;
pub mod export;
pub mod markdown;
pub mod model;
pub mod normalise;
pub mod penalty;
pub mod reference;
pub mod schema;
pub mod search;
pub mod synth;
pub mod validate;
pub mod web;
pub mod worldmap;

pub use atlas::{Atlas, Loaded};
