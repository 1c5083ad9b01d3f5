//! The world map on the home page: Natural Earth country outlines (shipped
//! in `data/map/world-110m.json`, see its README) drawn as server-side SVG,
//! each country coloured by the strongest liability it attaches to sexual
//! harassment and linked to its profile.

use std::collections::HashMap;
use std::fmt::Write;

use crate::data::load::Atlas;
use crate::data::model::HarassmentLiability;
use crate::data::model::names::label;
use crate::data::model::worldmap::WorldMap;
use crate::views::search::escape_html;

impl WorldMap {
    /// The map as inline SVG. Countries in the atlas link to their profile.
    pub fn svg(&self, atlas: &Atlas) -> String {
        let by_code: HashMap<&str, _> = atlas.jurisdictions.iter().map(|j| (j.code.as_str(), j)).collect();
        let mut out = String::with_capacity(140_000);
        let _ = write!(
            out,
            "<svg class=\"map\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"map-title\" xmlns=\"http://www.w3.org/2000/svg\">\
             <path d=\"{sphere}\" fill=\"#f8fbff\" stroke=\"#c8d0da\"/>",
            w = self.width,
            h = self.height,
            sphere = self.sphere
        );
        for c in &self.countries {
            let alpha2 =
                c.id.parse::<u16>()
                    .ok()
                    .and_then(rust_iso3166::from_numeric)
                    .map(|cc| cc.alpha2);
            match alpha2.and_then(|a| by_code.get(a)) {
                Some(j) => {
                    let l = j.harassment_liability();
                    let _ = write!(
                        out,
                        "<a href=\"/jurisdictions/{code}\" aria-label=\"{name}: {label}\"><path class=\"l-{class}\" d=\"{d}\"><title>{name}: {label}</title></path></a>",
                        code = j.code.to_lowercase(),
                        name = escape_html(&j.name),
                        label = liability_label(l),
                        class = label(&l),
                        d = c.d
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<path class=\"l-nodata\" d=\"{}\"><title>{}: not in the atlas</title></path>",
                        c.d,
                        escape_html(&c.name)
                    );
                }
            }
        }
        out.push_str("</svg>");
        out
    }
}

/// The words for a liability class.
pub fn liability_label(l: HarassmentLiability) -> &'static str {
    l.words()
}
