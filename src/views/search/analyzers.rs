//! Text analysis: one analyzer per language that tantivy can stem, so that
//! «домогательства» finds «домогательство» and "harassing" finds
//! "harassment". Every analyzer lower-cases and folds accents, so
//! "harcelement" finds «harcèlement».

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};

/// Languages with a stemmer, by ISO 639-1 code, in a fixed order.
pub const STEMMED: &[(&str, Language)] = &[
    ("en", Language::English),
    ("ru", Language::Russian),
    ("fr", Language::French),
    ("es", Language::Spanish),
    ("pt", Language::Portuguese),
    ("de", Language::German),
    ("it", Language::Italian),
    ("nl", Language::Dutch),
    ("sv", Language::Swedish),
    ("da", Language::Danish),
    ("no", Language::Norwegian),
    ("fi", Language::Finnish),
    ("el", Language::Greek),
    ("ro", Language::Romanian),
    ("hu", Language::Hungarian),
    ("tr", Language::Turkish),
    ("ar", Language::Arabic),
    ("ta", Language::Tamil),
];

/// The analyzer name for a language code; `other` for unstemmed languages.
pub fn analyzer_for(lang: &str) -> String {
    let lang = if lang == "nb" || lang == "nn" { "no" } else { lang };
    if STEMMED.iter().any(|(l, _)| *l == lang) {
        format!("text_{lang}")
    } else {
        "text_other".to_owned()
    }
}

fn stemmed(lang: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match StopWordFilter::new(lang) {
        Some(stop) => builder
            .filter(stop)
            .filter(Stemmer::new(lang))
            .filter(AsciiFoldingFilter)
            .build(),
        None => builder.filter(Stemmer::new(lang)).filter(AsciiFoldingFilter).build(),
    }
}

/// Registers every analyzer on the index.
pub fn register(index: &Index) {
    let m = index.tokenizers();
    for (code, lang) in STEMMED {
        m.register(&format!("text_{code}"), stemmed(*lang));
    }
    m.register(
        "text_other",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: Language, text: &str) -> Vec<String> {
        let mut a = stemmed(lang);
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn russian_inflections_share_a_stem() {
        assert_eq!(
            tokens(Language::Russian, "домогательства"),
            tokens(Language::Russian, "домогательство")
        );
        // "на" is a stop word.
        assert_eq!(tokens(Language::Russian, "на работе").len(), 1);
    }

    #[test]
    fn english_stems_and_folds() {
        assert_eq!(
            tokens(Language::English, "Harassing"),
            tokens(Language::English, "harass")
        );
        assert_eq!(
            tokens(Language::French, "harcèlement"),
            tokens(Language::French, "Harcelement")
        );
    }
}
