//! Reading a query: the parser over the text fields, glossary expansion,
//! facet clauses, the bounds on complexity, and errors in words.

use std::collections::{BTreeMap, HashMap};

use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, QueryParser, QueryParserError, TermQuery};
use tantivy::schema::IndexRecordOption;

use super::{SearchError, SearchIndex, analyzers, facet};

impl SearchIndex {
    pub(super) fn parser(&self) -> QueryParser {
        let mut p = QueryParser::for_index(&self.index, self.searched.clone());
        p.set_field_boost(self.fields.title, 2.0);
        for (_, f) in &self.fields.native_titles {
            p.set_field_boost(*f, 2.0);
        }
        p
    }

    /// The text part of a query. `lenient` drops what does not parse and
    /// reports it; otherwise a syntax error is refused.
    pub(super) fn text_query(&self, q: &str, lenient: bool) -> Result<(Box<dyn Query>, Vec<String>), SearchError> {
        if q.trim().is_empty() {
            return Ok((Box::new(AllQuery), Vec::new()));
        }
        let parser = self.parser();
        let (query, ignored) = if lenient {
            let (query, errors) = parser.parse_query_lenient(q);
            (query, errors.iter().map(describe_parse_error).collect())
        } else {
            let query = parser
                .parse_query(q)
                .map_err(|e| SearchError::Syntax(describe_parse_error(&e)))?;
            (query, Vec::new())
        };
        let expansion = self.expansion(q);
        if expansion.is_empty() {
            return Ok((query, ignored));
        }
        // The glossary's English words widen the search; the user's own words weigh more.
        // Only English fields hold the glossary's words.
        let english = self.fields.text.iter().find(|(n, _)| n == "text_en").map(|(_, f)| *f);
        let mut en_parser = QueryParser::for_index(
            &self.index,
            [Some(self.fields.title), english].into_iter().flatten().collect(),
        );
        en_parser.set_field_boost(self.fields.title, 2.0);
        let extra = en_parser
            .parse_query(&expansion.join(" "))
            .map_err(|e| SearchError::Syntax(describe_parse_error(&e)))?;
        let combined = BooleanQuery::new(vec![
            (Occur::Should, query),
            (Occur::Should, Box::new(BoostQuery::new(extra, 0.5)) as Box<dyn Query>),
        ]);
        Ok((Box::new(combined), ignored))
    }

    /// English words to add for foreign words in a plain query (one without
    /// operators, phrases or fields, whose meaning expansion would change).
    pub(super) fn expansion(&self, q: &str) -> Vec<&'static str> {
        if q.chars().any(|c| "\":+-()[]{}^~*!".contains(c)) {
            return Vec::new();
        }
        let mut query_tokens: HashMap<&str, Vec<String>> = HashMap::new();
        let mut out = Vec::new();
        for (english, triggers) in &self.glossary {
            let hit = triggers.iter().any(|(lang, words)| {
                let tokens = query_tokens.entry(lang).or_insert_with(|| self.tokens(lang, q));
                words
                    .iter()
                    .any(|w| !w.is_empty() && w.iter().all(|t| tokens.contains(t)))
            });
            if hit {
                out.push(*english);
            }
        }
        out
    }

    pub(super) fn tokens(&self, lang: &str, text: &str) -> Vec<String> {
        let Some(mut analyzer) = self.index.tokenizers().get(&analyzers::analyzer_for(lang)) else {
            return Vec::new();
        };
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    pub(super) fn facet_clause<I: Iterator<Item = String>>(
        &self,
        clauses: &mut Vec<(Occur, Box<dyn Query>)>,
        dim: &str,
        values: I,
    ) {
        let alternatives: Vec<(Occur, Box<dyn Query>)> = values
            .map(|v| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_facet(self.fields.facets, &facet(dim, &v)),
                    IndexRecordOption::Basic,
                ));
                (Occur::Should, q)
            })
            .collect();
        if !alternatives.is_empty() {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
    }

    pub(super) fn understood(&self, q: &dyn Query, has_text: bool) -> String {
        if !has_text {
            return "all documents".to_owned();
        }
        let schema = self.index.schema();
        let mut terms: BTreeMap<String, Vec<String>> = BTreeMap::new();
        q.query_terms(&mut |term, _| {
            let field = schema
                .get_field_name(term.field())
                .trim_start_matches("text_")
                .trim_start_matches("title_")
                .to_owned();
            if let Some(t) = term.value().as_str() {
                let list = terms.entry(field).or_default();
                if !list.iter().any(|x| x == t) {
                    list.push(t.to_owned());
                }
            }
        });
        // Fields whose analysis gives the same terms are listed together.
        let mut by_terms: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
        for (field, mut ts) in terms {
            ts.sort();
            by_terms.entry(ts).or_default().push(field);
        }
        let largest = by_terms.values().map(Vec::len).max().unwrap_or(0);
        let mut parts: Vec<(usize, String)> = by_terms
            .into_iter()
            .map(|(ts, fields)| {
                // The largest group is the languages whose analysis left the words as written.
                let names = if fields.len() == largest && largest > 2 {
                    "other languages".to_owned()
                } else {
                    fields.join(", ")
                };
                (fields.len(), format!("{names}: {}", ts.join(" ")))
            })
            .collect();
        parts.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        parts.into_iter().map(|(_, p)| p).collect::<Vec<_>>().join("; ")
    }
}

/// A parser error in words a reader can act on; tantivy's own wording
/// (field numbers, term dumps) never reaches users.
pub(super) fn describe_parse_error(e: &QueryParserError) -> String {
    match e {
        QueryParserError::SyntaxError(s) => {
            let near: String = s.chars().take(40).collect();
            if near.trim().is_empty() {
                "syntax error; check that quotes and parentheses are closed".into()
            } else {
                format!("syntax error near `{near}`; check that quotes and parentheses are closed")
            }
        }
        QueryParserError::FieldDoesNotExist(f) => {
            format!("unknown field `{f}`; search all text, or use `title:` to search titles only")
        }
        QueryParserError::AllButQueryForbidden => {
            "the query only excludes words (`-word`); add a word to search for".into()
        }
        QueryParserError::UnsupportedQuery(_)
        | QueryParserError::RangeMustNotHavePhrase
        | QueryParserError::ExpectedInt(_)
        | QueryParserError::ExpectedFloat(_)
        | QueryParserError::ExpectedBool(_)
        | QueryParserError::DateFormatError(_) => {
            "ranges and typed values are not supported in the search box; use the filters (fine, prison, year, liability) instead".into()
        }
        _ => "the query could not be understood; remove special characters such as `: [ ] { } ^ ~ *` and try again".into(),
    }
}
