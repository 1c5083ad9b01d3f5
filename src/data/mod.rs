//! Layer 1, the data: the documented file format and the loader that reads
//! a data folder into an [`Atlas`], validating every file and reporting each
//! problem with its file, line, column, key and a hint. Nothing here knows
//! about views or presentation.

pub mod load;
pub mod model;
pub mod synth;

pub use load::{Atlas, Loaded};
