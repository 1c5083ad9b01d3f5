//! A small cross-language glossary. Most summaries in the atlas are in
//! English, while users also search in Russian, Spanish, French…; a query
//! such as «домогательство на работе» is also run as "harassment
//! workplace", so an activist in Almaty finds workplace harassment laws
//! everywhere, not only texts that happen to be in Russian. Matches in the
//! user's own words still rank first (the expansion is down-weighted).
//!
//! Each entry is a concept: the English words searched, and words in other
//! languages (any inflection the language's stemmer reduces to the same
//! stem) that call for it.

/// `(English terms added to the query, [(language, words that trigger it)])`.
pub const ENTRIES: &[(&str, &[(&str, &str)])] = &[
    (
        "harassment",
        &[
            ("ru", "домогательство харассмент приставание домогаться"),
            ("fr", "harcèlement"),
            ("es", "acoso hostigamiento"),
            ("pt", "assédio importunação"),
            ("de", "belästigung"),
            ("it", "molestie molestia"),
            ("nl", "intimidatie"),
            ("tr", "taciz"),
        ],
    ),
    (
        "sexual",
        &[
            ("ru", "сексуальный половой"),
            ("fr", "sexuel"),
            ("es", "sexual"),
            ("pt", "sexual"),
            ("de", "sexuell"),
            ("it", "sessuale"),
        ],
    ),
    (
        "workplace employment employer",
        &[
            ("ru", "работа работодатель трудовой служебный"),
            ("fr", "travail employeur"),
            ("es", "trabajo laboral empleador"),
            ("pt", "trabalho empregador"),
            ("de", "arbeit arbeitsplatz arbeitgeber"),
            ("it", "lavoro"),
        ],
    ),
    (
        "stalking",
        &[
            ("ru", "преследование сталкинг"),
            ("es", "acecho"),
            ("de", "nachstellung"),
            ("it", "stalking"),
        ],
    ),
    (
        "street public space",
        &[
            ("ru", "улица общественный"),
            ("fr", "rue public"),
            ("es", "calle público"),
            ("pt", "rua público"),
        ],
    ),
    (
        "transport",
        &[
            ("ru", "транспорт метро автобус"),
            ("fr", "transport"),
            ("es", "transporte"),
            ("pt", "transporte"),
        ],
    ),
    (
        "online internet",
        &[
            ("ru", "интернет онлайн сеть"),
            ("fr", "ligne internet"),
            ("es", "internet virtual digital"),
            ("pt", "internet digital"),
        ],
    ),
    (
        "school education student",
        &[
            ("ru", "школа образование студент учебный"),
            ("fr", "école éducation"),
            ("es", "escuela educación educativo"),
            ("pt", "escola educação"),
        ],
    ),
    (
        "fine",
        &[
            ("ru", "штраф"),
            ("fr", "amende"),
            ("es", "multa"),
            ("pt", "multa"),
            ("de", "geldstrafe"),
            ("it", "ammenda multa"),
        ],
    ),
    (
        "arrest detention",
        &[("ru", "арест"), ("es", "arresto"), ("pt", "detenção")],
    ),
    (
        "imprisonment prison",
        &[
            ("ru", "лишение свобода тюрьма заключение"),
            ("fr", "emprisonnement prison"),
            ("es", "prisión cárcel"),
            ("pt", "prisão reclusão"),
            ("de", "freiheitsstrafe"),
        ],
    ),
    (
        "repeat",
        &[
            ("ru", "повторный повторно"),
            ("fr", "récidive"),
            ("es", "reincidencia"),
            ("pt", "reincidência"),
        ],
    ),
    (
        "complaint",
        &[
            ("ru", "жалоба заявление"),
            ("fr", "plainte"),
            ("es", "denuncia querella"),
            ("pt", "queixa denúncia"),
        ],
    ),
    (
        "coercion",
        &[("ru", "принуждение"), ("es", "coacción chantaje"), ("pt", "coação")],
    ),
    ("hooliganism", &[("ru", "хулиганство")]),
    (
        "minor child",
        &[
            ("ru", "несовершеннолетний ребенок ребёнок дети"),
            ("es", "menor niño"),
            ("fr", "mineur enfant"),
            ("pt", "menor criança"),
        ],
    ),
    (
        "women",
        &[("ru", "женщина"), ("fr", "femme"), ("es", "mujer"), ("pt", "mulher")],
    ),
    (
        "consent",
        &[
            ("ru", "согласие"),
            ("fr", "consentement"),
            ("es", "consentimiento"),
            ("pt", "consentimento"),
        ],
    ),
];
