//! Which jurisdictions a reader means: `j=Kazakhstan,Uzbekistan,PH`.
//! Codes (ISO 3166 alpha-2 or alpha-3), English names, ISO short names and
//! native names all resolve, ignoring case, spaces and punctuation (accents
//! count: "Cote" is not "Côte", but a near miss gets a "did you mean" hint).

use crate::data::load::Atlas;
use crate::data::model::Jurisdiction;

/// Letters and digits only, lower-cased: "Côte d'Ivoire" → "côtedivoire".
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every name a jurisdiction answers to, folded.
fn names(j: &Jurisdiction) -> Vec<String> {
    let mut v = vec![fold(&j.code), fold(&j.name)];
    v.extend(j.native_names.iter().map(|n| fold(&n.name)));
    if let Some(c) = rust_iso3166::from_alpha2(&j.code) {
        v.push(fold(c.alpha3));
        v.push(fold(c.name));
    }
    v
}

/// The words of a jurisdiction's names, folded: "Республика Казахстан" → ["республика", "казахстан"].
fn name_words(j: &Jurisdiction) -> Vec<String> {
    std::iter::once(j.name.as_str())
        .chain(j.native_names.iter().map(|n| n.name.as_str()))
        .flat_map(|n| n.split_whitespace().map(fold).collect::<Vec<_>>())
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

/// The jurisdiction a code or name means: a code or a whole name, else the
/// one jurisdiction that has the word in a name ("Казахстан" for
/// "Республика Казахстан"; "Republic" names several, so it names none).
pub fn resolve<'a>(atlas: &'a Atlas, asked: &str) -> Option<&'a Jurisdiction> {
    let key = fold(asked);
    if key.is_empty() {
        return None;
    }
    if let Some(j) = atlas.jurisdictions.iter().find(|j| names(j).contains(&key)) {
        return Some(j);
    }
    let mut by_word = atlas.jurisdictions.iter().filter(|j| name_words(j).contains(&key));
    match (by_word.next(), by_word.next()) {
        (Some(j), None) => Some(j),
        _ => None,
    }
}

/// The closest English name to a miss, when it is close enough to suggest.
fn suggestion(atlas: &Atlas, asked: &str) -> Option<String> {
    let key = fold(asked);
    atlas
        .jurisdictions
        .iter()
        .map(|j| (strsim::normalized_levenshtein(&key, &fold(&j.name)), &j.name))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n.clone())
}

/// Parses `j=KZ,Uzbekistan,Philippines` into codes: 2 to 6 different
/// jurisdictions, each once however often it is named.
pub fn parse_codes(atlas: &Atlas, raw: &str) -> Result<Vec<String>, String> {
    let mut seen: Vec<String> = Vec::new();
    for a in raw.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let shown: String = a.chars().take(40).collect();
        let Some(j) = (a.chars().count() <= 80).then(|| resolve(atlas, a)).flatten() else {
            let hint = suggestion(atlas, &shown)
                .map(|n| format!(" Did you mean {n}?"))
                .unwrap_or_default();
            return Err(format!(
                "“{shown}” is not a jurisdiction in the atlas.{hint} Names, native names and codes work; see /jurisdictions for the list."
            ));
        };
        // The same country ticked and typed counts once.
        if !seen.contains(&j.code) {
            seen.push(j.code.clone());
        }
        if seen.len() > 6 {
            break;
        }
    }
    if seen.len() < 2 || seen.len() > 6 {
        return Err(format!(
            "Choose 2 to 6 different jurisdictions to compare (got {}), e.g. ?j=Kazakhstan,Uzbekistan,PH.",
            if seen.len() > 6 {
                "more than 6".to_owned()
            } else {
                seen.len().to_string()
            }
        ));
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_spaces_and_punctuation() {
        assert_eq!(fold("Côte d'Ivoire"), fold("côte divoire"));
        assert_eq!(fold(" KZ "), "kz");
    }
}
