//! The world map's geometry: Natural Earth country outlines, projected
//! ahead of time (`data/map/world-110m.json`, see its README). The loader
//! reads and checks it; the web layer draws it (`web::map`).

use serde::Deserialize;

/// One country outline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 numeric code, as a string (`"398"`).
    pub id: String,
    /// English short name.
    pub name: String,
    /// SVG path data.
    pub d: String,
}

/// Projected country outlines.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldMap {
    /// Where the outlines come from and how they were projected.
    #[serde(default)]
    pub source: String,
    /// Width of the drawing, in SVG units.
    pub width: u32,
    /// Height of the drawing.
    pub height: u32,
    /// SVG path of the globe's outline.
    pub sphere: String,
    /// The countries.
    pub countries: Vec<Country>,
}

/// The map file's place in a data folder.
pub const MAP_FILE: &str = "map/world-110m.json";

/// An example draft from `drafts/*.toml`, shown on the draft page.
#[derive(Debug, Clone)]
pub struct ExampleDraft {
    /// The file stem, used in `/draft?example=`.
    pub name: String,
    /// A title for the list: jurisdiction and first instrument.
    pub title: String,
    /// The TOML text.
    pub text: String,
}
