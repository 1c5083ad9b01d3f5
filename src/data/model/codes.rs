//! Code lists the data is checked against: ISO 3166 country and subdivision
//! codes (from `rust_iso3166`), ISO 4217 currencies (from `iso_currency`),
//! UN M49 sub-regions, ISO 639-1 language-code shape.

use crate::data::model::Region;

/// Whether `code` is an ISO 3166-1 alpha-2 code or an ISO 3166-2 subdivision code.
pub fn is_jurisdiction_code(code: &str) -> bool {
    if code.contains('-') {
        rust_iso3166::iso3166_2::from_code(code).is_some()
    } else {
        rust_iso3166::from_alpha2(code).is_some()
    }
}

/// UN M49 sub-regions and intermediate regions, by region.
pub fn m49_sub_regions(region: Region) -> &'static [&'static str] {
    match region {
        Region::Africa => &[
            "Northern Africa",
            "Sub-Saharan Africa",
            "Eastern Africa",
            "Middle Africa",
            "Southern Africa",
            "Western Africa",
        ],
        Region::Americas => &[
            "Latin America and the Caribbean",
            "Caribbean",
            "Central America",
            "South America",
            "Northern America",
        ],
        Region::Asia => &[
            "Central Asia",
            "Eastern Asia",
            "South-eastern Asia",
            "Southern Asia",
            "Western Asia",
        ],
        Region::Europe => &["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"],
        Region::Oceania => &["Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"],
    }
}

/// Whether `lang` looks like an ISO 639-1 code (two lower-case letters).
pub fn is_language_code(lang: &str) -> bool {
    lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether `id` is a well-formed id: lower-case ASCII letters, digits, `-` and `.`, starting with a letter or digit.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_countries_and_subdivisions() {
        assert!(is_jurisdiction_code("KZ"));
        assert!(is_jurisdiction_code("US-CA"));
        assert!(!is_jurisdiction_code("XK-ZZ"));
        assert!(!is_jurisdiction_code("QQ"));
    }
}
