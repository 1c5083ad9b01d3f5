//! Comparative search: a tantivy index over provisions and jurisdiction
//! profiles, combining free text with facets (liability, prosecution,
//! settings, …) and ranges on the normalised penalties, with results grouped
//! by jurisdiction and highlighted snippets.
//!
//! The index lives in RAM and is rebuilt at start-up: the atlas is small
//! (hundreds of documents; tens of thousands at 100×), read-only while the
//! server runs, and rebuilding takes milliseconds, so an on-disk index would
//! only add a cache to invalidate. One [`IndexReader`] serves the program; each
//! search takes a fresh searcher from it.

mod analyzers;
mod glossary;
mod group;
mod highlight;
pub mod request;

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::FacetCollector;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, Query, QueryParser, QueryParserError, RangeQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

pub use request::{Filters, Ranges, SearchError, SearchRequest, Sort};

use crate::data::load::Atlas;
use crate::data::model::names::{label, repeat_escalation};
use crate::data::model::{Instrument, Jurisdiction, Provision};

/// What a document stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// One provision, with its instrument and jurisdiction context.
    Provision,
    /// A jurisdiction profile: notes, statistics, duties, remedies.
    Profile,
}

/// A glossary entry with its trigger words analysed: the English words, and
/// per language the stems of each trigger word.
type AnalysedEntry = (&'static str, Vec<(&'static str, Vec<Vec<String>>)>);

/// Which text of a document a snippet is cut from.
#[derive(Debug, Clone, Copy)]
enum SnippetSource {
    Summary,
    Excerpt,
    Title,
    ProfileNotes,
}

/// Per-document facts kept beside the index, addressed by `doc_no`.
#[derive(Debug, Clone)]
struct DocMeta {
    kind: DocKind,
    jurisdiction: usize,
    instrument: usize,
    provision: usize,
    prison_days: Option<f64>,
    arrest_days: Option<f64>,
    fine_usd: Option<f64>,
    year: Option<i64>,
}

#[derive(Clone)]
struct Fields {
    doc_no: Field,
    facets: Field,
    title: Field,
    /// Text fields by analyzer name (`text_en`, `text_ru`, …, `text_other`).
    text: Vec<(String, Field)>,
    prison: Field,
    arrest: Field,
    fine: Field,
    year: Field,
}

/// The facet dimensions, as they appear in paths (`/liability/criminal`) and in responses.
pub const FACETS: &[&str] = &[
    "region",
    "jurisdiction",
    "liability",
    "offence_kind",
    "prosecution",
    "setting",
    "conduct",
    "status",
    "instrument_kind",
    "repeat_escalation",
    "kind",
];

/// The search index over one atlas.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    meta: Vec<DocMeta>,
    /// The text fields searched by default: the title and every language
    /// field that holds text (empty language fields would only cost time).
    searched: Vec<Field>,
    /// What the grouping collector needs of each document, by `doc_no`.
    keys: Arc<Vec<group::DocKey>>,
    /// Interned terms of the snippet texts.
    terms: highlight::Terms,
    /// Per document, the texts a snippet may come from, analysed once.
    snippet_texts: Vec<Vec<(SnippetSource, highlight::Analysed)>>,
    /// The glossary with its trigger words already analysed: (English, [(language, [stems of each word])]).
    glossary: Vec<AnalysedEntry>,
    codes: Vec<String>,
    names: Vec<String>,
}

/// One matching document.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Provision or profile.
    pub kind: DocKind,
    /// Instrument id (provisions only).
    pub instrument_id: Option<String>,
    /// Instrument title (provisions only).
    pub instrument_title: Option<String>,
    /// Provision id (provisions only).
    pub provision_id: Option<String>,
    /// Article (provisions only).
    pub article: Option<String>,
    /// Title of the provision, or the jurisdiction's name for a profile.
    pub title: String,
    /// Offence kind (provisions only).
    pub offence_kind: Option<String>,
    /// Liability (provisions only).
    pub liability: Option<String>,
    /// Instrument status (provisions only).
    pub status: Option<String>,
    /// Longest maximum imprisonment in the ladder, in days.
    pub max_prison_days: Option<f64>,
    /// Longest maximum arrest in the ladder, in days.
    pub max_arrest_days: Option<f64>,
    /// Highest maximum fine in the ladder, in US dollars.
    pub max_fine_usd: Option<f64>,
    /// Year in force (or adopted).
    pub year: Option<i64>,
    /// BM25 score (0 when the query has no text).
    pub score: f32,
    /// A highlighted excerpt: HTML-escaped text with matches in `<b>`.
    pub snippet_html: String,
}

/// The hits of one jurisdiction.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// Its name.
    pub name: String,
    /// Its best hits, at most [`request::HITS_PER_GROUP`].
    pub hits: Vec<Hit>,
    /// How many more of its documents match.
    pub more: usize,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResponse {
    /// The request as understood.
    pub request: SearchRequest,
    /// The analysed terms of the text query, by language field.
    pub understood: String,
    /// What lenient parsing ignored.
    pub ignored: Vec<String>,
    /// Matching documents.
    pub total_hits: usize,
    /// Jurisdictions with at least one hit.
    pub total_jurisdictions: usize,
    /// Pages of jurisdictions.
    pub pages: usize,
    /// This page's groups.
    pub groups: Vec<Group>,
    /// Counts per facet value among all matching documents.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

fn facet(dim: &str, value: &str) -> Facet {
    Facet::from_path([dim, value])
}

impl SearchIndex {
    /// Builds the index from an atlas.
    pub fn build(atlas: &Atlas) -> tantivy::Result<Self> {
        let mut sb = Schema::builder();
        let text_opts = |analyzer: &str| {
            TextOptions::default().set_stored().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let doc_no = sb.add_u64_field("doc_no", FAST | STORED);
        let facets = sb.add_facet_field("facets", FacetOptions::default());
        let title = sb.add_text_field("title", text_opts("text_en"));
        let mut text = Vec::new();
        for (code, _) in analyzers::STEMMED {
            let name = format!("text_{code}");
            text.push((name.clone(), sb.add_text_field(&name, text_opts(&name))));
        }
        text.push((
            "text_other".to_owned(),
            sb.add_text_field("text_other", text_opts("text_other")),
        ));
        let prison = sb.add_f64_field("max_prison_days", FAST | INDEXED);
        let arrest = sb.add_f64_field("max_arrest_days", FAST | INDEXED);
        let fine = sb.add_f64_field("max_fine_usd", FAST | INDEXED);
        let year = sb.add_i64_field("year_in_force", FAST | INDEXED);
        let index = Index::create_in_ram(sb.build());
        analyzers::register(&index);
        let fields = Fields {
            doc_no,
            facets,
            title,
            text,
            prison,
            arrest,
            fine,
            year,
        };

        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        let mut meta = Vec::new();
        for (ji, j) in atlas.jurisdictions.iter().enumerate() {
            for (ii, inst) in j.instruments.iter().enumerate() {
                for (pi, p) in inst.provisions.iter().enumerate() {
                    let m = provision_meta(atlas, ji, ii, pi, inst, p);
                    writer.add_document(provision_doc(&fields, meta.len() as u64, j, inst, p, &m))?;
                    meta.push(m);
                }
            }
            let m = DocMeta {
                kind: DocKind::Profile,
                jurisdiction: ji,
                instrument: 0,
                provision: 0,
                prison_days: None,
                arrest_days: None,
                fine_usd: None,
                year: None,
            };
            writer.add_document(profile_doc(&fields, meta.len() as u64, j))?;
            meta.push(m);
        }
        writer.commit()?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let mut built = Self {
            index,
            reader,
            fields,
            meta,
            terms: highlight::Terms::default(),
            keys: Arc::new(Vec::new()),
            searched: Vec::new(),
            snippet_texts: Vec::new(),
            glossary: Vec::new(),
            codes: atlas.jurisdictions.iter().map(|j| j.code.clone()).collect(),
            names: atlas.jurisdictions.iter().map(|j| j.name.clone()).collect(),
        };
        let searcher = built.reader.searcher();
        built.searched = std::iter::once(built.fields.title)
            .chain(built.fields.text.iter().map(|(_, f)| *f).filter(|f| {
                searcher
                    .segment_readers()
                    .iter()
                    .any(|r| r.inverted_index(*f).is_ok_and(|ii| ii.terms().num_terms() > 0))
            }))
            .collect();
        built.keys = Arc::new(
            built
                .meta
                .iter()
                .map(|m| group::DocKey {
                    jurisdiction: m.jurisdiction as u32,
                    prison: m.prison_days,
                    arrest: m.arrest_days,
                    fine: m.fine_usd,
                    year: m.year,
                })
                .collect(),
        );
        built.snippet_texts = (0..built.meta.len())
            .map(|no| built.analyse_snippet_texts(atlas, no))
            .collect();
        built.glossary = glossary::ENTRIES
            .iter()
            .map(|(english, triggers)| {
                let analysed = triggers
                    .iter()
                    .map(|(lang, words)| (*lang, words.split_whitespace().map(|w| built.tokens(lang, w)).collect()))
                    .collect();
                (*english, analysed)
            })
            .collect();
        Ok(built)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.meta.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
    }

    fn parser(&self) -> QueryParser {
        let mut p = QueryParser::for_index(&self.index, self.searched.clone());
        p.set_field_boost(self.fields.title, 2.0);
        p
    }

    /// The text part of a query. `lenient` drops what does not parse and
    /// reports it; otherwise a syntax error is refused.
    fn text_query(&self, q: &str, lenient: bool) -> Result<(Box<dyn Query>, Vec<String>), SearchError> {
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
    fn expansion(&self, q: &str) -> Vec<&'static str> {
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

    fn tokens(&self, lang: &str, text: &str) -> Vec<String> {
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

    /// Runs a request. `lenient` is for people typing into a search box: what
    /// cannot be parsed is ignored and reported instead of refused.
    pub fn search(&self, atlas: &Atlas, req: &SearchRequest, lenient: bool) -> Result<SearchResponse, SearchError> {
        req.validate()?;
        let (text, ignored) = self.text_query(&req.q, lenient)?;
        let has_text = !req.q.trim().is_empty();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.box_clone())];
        let f = &req.filters;
        self.facet_clause(&mut clauses, "liability", f.liability.iter().map(label));
        self.facet_clause(&mut clauses, "prosecution", f.prosecution.iter().map(label));
        self.facet_clause(&mut clauses, "setting", f.setting.iter().map(label));
        self.facet_clause(&mut clauses, "conduct", f.conduct.iter().map(label));
        self.facet_clause(&mut clauses, "region", f.region.iter().map(label));
        self.facet_clause(&mut clauses, "status", f.status.iter().map(label));
        self.facet_clause(&mut clauses, "offence_kind", f.offence_kind.iter().map(label));
        self.facet_clause(&mut clauses, "instrument_kind", f.instrument_kind.iter().map(label));
        self.facet_clause(
            &mut clauses,
            "jurisdiction",
            f.jurisdiction.iter().map(|c| c.to_uppercase()),
        );
        self.facet_clause(
            &mut clauses,
            "repeat_escalation",
            f.repeat_escalation.map(|b| b.to_string()).into_iter(),
        );
        let r = &req.ranges;
        for (field, lo, hi) in [
            (self.fields.prison, r.min_prison_days, r.max_prison_days),
            (self.fields.arrest, r.min_arrest_days, r.max_arrest_days),
            (self.fields.fine, r.min_fine_usd, r.max_fine_usd),
        ] {
            if lo.is_some() || hi.is_some() {
                let lo = lo.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_f64(field, v)));
                let hi = hi.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_f64(field, v)));
                clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
            }
        }
        if r.year_from.is_some() || r.year_to.is_some() {
            let y = self.fields.year;
            let lo = r
                .year_from
                .map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_i64(y, v)));
            let hi = r
                .year_to
                .map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_i64(y, v)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        // Penalty sorts and ranges concern provisions; profiles have no figures.
        let query = BooleanQuery::new(clauses);

        let searcher = self.reader.searcher();
        let mut facet_collector = FacetCollector::for_field("facets");
        for dim in FACETS {
            facet_collector.add_facet(Facet::from_path([*dim]));
        }
        let grouper = group::GroupCollector {
            keys: self.keys.clone(),
            sort: req.sort,
            scored: has_text,
            keep: request::HITS_PER_GROUP,
        };
        let (groups, facet_counts) = searcher
            .search(&query, &(grouper, facet_collector))
            .map_err(|e| SearchError::Syntax(format!("the search failed: {e}")))?;

        let mut facets: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        for dim in FACETS {
            let counts: BTreeMap<String, u64> = facet_counts
                .get(Facet::from_path([*dim]))
                .map(|(f, n)| (f.to_path().last().map(|s| s.to_string()).unwrap_or_default(), n))
                .collect();
            facets.insert((*dim).to_owned(), counts);
        }

        let order = group::ordered(groups);
        let total_hits: usize = order.iter().map(|(_, g)| g.count).sum();
        let total_jurisdictions = order.len();
        let pages = total_jurisdictions.div_ceil(request::PER_PAGE).max(1);
        let page_groups: Vec<&(u32, group::Group)> = order
            .iter()
            .skip((req.page - 1) * request::PER_PAGE)
            .take(request::PER_PAGE)
            .collect();

        // Snippets: the query's terms by analyzer, matched against texts
        // analysed at build time (see `highlight`).
        let mut wanted = highlight::Wanted::new();
        if has_text {
            text.query_terms(&mut |term, _| {
                if let (Some(aid), Some(t)) = (self.analyzer_id(term.field()), term.value().as_str())
                    && let Some(id) = self.terms.get(aid, t)
                {
                    wanted.insert(id);
                }
            });
        }
        let mut groups = Vec::with_capacity(page_groups.len());
        for (j, g) in page_groups {
            let j = *j as usize;
            let hits_out = g
                .top
                .iter()
                .map(|r| {
                    self.hit(
                        atlas,
                        r.no as usize,
                        r.score,
                        self.snippet(atlas, r.no as usize, &wanted),
                    )
                })
                .collect();
            groups.push(Group {
                jurisdiction: self.codes[j].clone(),
                name: self.names[j].clone(),
                more: g.count.saturating_sub(g.top.len()),
                hits: hits_out,
            });
        }

        Ok(SearchResponse {
            request: req.clone(),
            understood: self.understood(&*text, has_text),
            ignored,
            total_hits,
            total_jurisdictions,
            pages,
            groups,
            facets,
        })
    }

    /// The analyzer id of a field: its position among the text fields; the
    /// title is analysed as English.
    fn analyzer_id(&self, field: Field) -> Option<u16> {
        if field == self.fields.title {
            return Some(0);
        }
        self.fields.text.iter().position(|(_, f)| *f == field).map(|i| i as u16)
    }

    fn analyzer_id_for_lang(&self, lang: &str) -> u16 {
        let name = analyzers::analyzer_for(lang);
        self.fields.text.iter().position(|(n, _)| *n == name).unwrap_or(0) as u16
    }

    fn source_text<'a>(&self, atlas: &'a Atlas, no: usize, src: SnippetSource) -> &'a str {
        let m = &self.meta[no];
        let j = &atlas.jurisdictions[m.jurisdiction];
        let p = || &j.instruments[m.instrument].provisions[m.provision];
        match (m.kind, src) {
            (DocKind::Provision, SnippetSource::Summary) => &p().summary,
            (DocKind::Provision, SnippetSource::Excerpt) => p().excerpt.as_ref().map_or("", |e| e.text.as_str()),
            (DocKind::Provision, SnippetSource::Title) => &p().title,
            (DocKind::Profile, _) | (_, SnippetSource::ProfileNotes) => &j.notes,
        }
    }

    fn analyse_snippet_texts(&mut self, atlas: &Atlas, no: usize) -> Vec<(SnippetSource, highlight::Analysed)> {
        let m = &self.meta[no];
        let sources: Vec<(SnippetSource, u16)> = match m.kind {
            DocKind::Provision => {
                let p = &atlas.jurisdictions[m.jurisdiction].instruments[m.instrument].provisions[m.provision];
                let mut v = vec![(SnippetSource::Summary, 0)];
                if let Some(e) = &p.excerpt {
                    v.push((SnippetSource::Excerpt, self.analyzer_id_for_lang(&e.lang)));
                }
                v.push((SnippetSource::Title, 0));
                v
            }
            DocKind::Profile => vec![(SnippetSource::ProfileNotes, 0)],
        };
        sources
            .into_iter()
            .map(|(src, aid)| {
                let text = self.source_text(atlas, no, src);
                let name = &self.fields.text[aid as usize].0;
                let mut analyzer = self.index.tokenizers().get(name).expect("registered analyzer");
                let mut stream = analyzer.token_stream(text);
                let mut toks = Vec::new();
                while stream.advance() {
                    let t = stream.token();
                    toks.push((t.text.clone(), t.offset_from..t.offset_to));
                }
                (src, self.terms.analyse(aid, toks.into_iter()))
            })
            .collect()
    }

    /// The first highlighted fragment among a hit's summary, official
    /// excerpt and title.
    fn snippet(&self, atlas: &Atlas, no: usize, wanted: &highlight::Wanted) -> Option<String> {
        if wanted.is_empty() {
            return None;
        }
        self.snippet_texts[no]
            .iter()
            .find_map(|(src, a)| highlight::snippet(self.source_text(atlas, no, *src), a, wanted, 220))
    }

    fn facet_clause<I: Iterator<Item = String>>(
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

    fn understood(&self, q: &dyn Query, has_text: bool) -> String {
        if !has_text {
            return "all documents".to_owned();
        }
        let schema = self.index.schema();
        let mut terms: BTreeMap<String, Vec<String>> = BTreeMap::new();
        q.query_terms(&mut |term, _| {
            let field = schema
                .get_field_name(term.field())
                .trim_start_matches("text_")
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

    fn hit(&self, atlas: &Atlas, no: usize, score: f32, snippet: Option<String>) -> Hit {
        let m = &self.meta[no];
        let j = &atlas.jurisdictions[m.jurisdiction];
        let fallback = |text: &str| {
            let mut s: String = text.chars().take(220).collect();
            if text.chars().count() > 220 {
                s.push('…');
            }
            escape_html(&s)
        };
        match m.kind {
            DocKind::Provision => {
                let inst = &j.instruments[m.instrument];
                let p = &inst.provisions[m.provision];
                Hit {
                    kind: m.kind,
                    instrument_id: Some(inst.id.clone()),
                    instrument_title: Some(inst.title.clone()),
                    provision_id: Some(p.id.clone()),
                    article: Some(p.article.clone()),
                    title: p.title.clone(),
                    offence_kind: Some(label(&p.offence_kind)),
                    liability: Some(label(&p.liability)),
                    status: Some(label(&inst.status)),
                    max_prison_days: m.prison_days,
                    max_arrest_days: m.arrest_days,
                    max_fine_usd: m.fine_usd,
                    year: m.year,
                    score,
                    snippet_html: snippet.unwrap_or_else(|| fallback(p.summary.trim())),
                }
            }
            DocKind::Profile => Hit {
                kind: m.kind,
                instrument_id: None,
                instrument_title: None,
                provision_id: None,
                article: None,
                title: format!("{}: profile", j.name),
                offence_kind: None,
                liability: None,
                status: None,
                max_prison_days: None,
                max_arrest_days: None,
                max_fine_usd: None,
                year: None,
                score,
                snippet_html: snippet.unwrap_or_else(|| fallback(j.notes.trim())),
            },
        }
    }
}

/// Escapes text for HTML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A parser error in words a reader can act on; tantivy's own wording
/// (field numbers, term dumps) never reaches users.
fn describe_parse_error(e: &QueryParserError) -> String {
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

fn max_of(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    values
        .flatten()
        .fold(None, |acc: Option<f64>, v| Some(acc.map_or(v, |a| a.max(v))))
}

fn provision_meta(atlas: &Atlas, ji: usize, ii: usize, pi: usize, inst: &Instrument, p: &Provision) -> DocMeta {
    let norm: Vec<_> = p.penalties.iter().map(|t| atlas.reference.normalise(t)).collect();
    let year = inst
        .dates
        .in_force
        .or(inst.dates.adopted)
        .or(inst.dates.introduced)
        .map(|d| i64::from(d.year));
    DocMeta {
        kind: DocKind::Provision,
        jurisdiction: ji,
        instrument: ii,
        provision: pi,
        prison_days: max_of(norm.iter().map(|n| n.imprisonment_max_days)),
        arrest_days: max_of(norm.iter().map(|n| n.arrest_max_days)),
        fine_usd: max_of(norm.iter().map(|n| n.fine_max_usd)),
        year,
    }
}

fn add_text(doc: &mut TantivyDocument, fields: &Fields, lang: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let name = analyzers::analyzer_for(lang);
    if let Some((_, f)) = fields.text.iter().find(|(n, _)| *n == name) {
        doc.add_text(*f, text);
    }
}

fn add_facets(doc: &mut TantivyDocument, fields: &Fields, dim: &str, values: impl IntoIterator<Item = String>) {
    for v in values {
        doc.add_facet(fields.facets, facet(dim, &v));
    }
}

fn jurisdiction_facets(doc: &mut TantivyDocument, fields: &Fields, j: &Jurisdiction, kind: DocKind) {
    add_facets(doc, fields, "region", [label(&j.region)]);
    add_facets(doc, fields, "jurisdiction", [j.code.clone()]);
    add_facets(doc, fields, "kind", [label(&kind)]);
}

fn provision_doc(
    fields: &Fields,
    no: u64,
    j: &Jurisdiction,
    inst: &Instrument,
    p: &Provision,
    m: &DocMeta,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.doc_no, no);
    doc.add_text(
        fields.title,
        format!("{} {} — {} ({})", p.article, p.title, inst.title, j.name),
    );
    // English: the summary and the labels of the structured facts, so that
    // "stalking" or "workplace" find provisions tagged so. Contributors'
    // `notes` are left out: they are mostly about sources ("not recorded",
    // "cross-checked in…"), and words like "recorded" would match everything.
    let mut en = vec![p.summary.clone()];
    en.extend(p.protected_note.clone());
    en.extend(p.penalties_note.clone());
    en.extend(p.prosecution.as_ref().and_then(|x| x.note.clone()));
    en.extend(p.escalation.as_ref().map(|e| e.condition.clone()));
    en.extend(
        p.penalties
            .iter()
            .flat_map(|t| {
                [
                    Some(t.label.clone()),
                    t.note.clone(),
                    t.training.clone(),
                    t.other.clone(),
                ]
            })
            .flatten(),
    );
    let tags: Vec<String> = [label(&p.offence_kind), label(&p.liability), label(&inst.kind)]
        .into_iter()
        .chain(p.conduct.iter().map(label))
        .chain(p.settings.iter().map(label))
        .chain(p.protected.iter().map(label))
        .map(|s| s.replace('_', " "))
        .collect();
    en.push(tags.join(" "));
    en.push(j.name.clone());
    add_text(&mut doc, fields, "en", &en.join("\n"));
    let orig = inst.original_language.as_deref().unwrap_or("other");
    for t in [p.title_original.as_deref(), inst.title_original.as_deref()]
        .into_iter()
        .flatten()
    {
        add_text(&mut doc, fields, orig, t);
    }
    if let Some(e) = &p.excerpt {
        add_text(&mut doc, fields, &e.lang, &e.text);
    }
    for n in &j.native_names {
        add_text(&mut doc, fields, &n.lang, &n.name);
    }

    jurisdiction_facets(&mut doc, fields, j, DocKind::Provision);
    let mut liabilities: Vec<String> = p
        .penalties
        .iter()
        .filter_map(|t| t.liability.as_ref())
        .map(label)
        .collect();
    liabilities.push(label(&p.liability));
    liabilities.sort();
    liabilities.dedup();
    add_facets(&mut doc, fields, "liability", liabilities);
    add_facets(&mut doc, fields, "offence_kind", [label(&p.offence_kind)]);
    add_facets(
        &mut doc,
        fields,
        "prosecution",
        p.prosecution.as_ref().and_then(|x| x.kind).map(|k| label(&k)),
    );
    add_facets(&mut doc, fields, "setting", p.settings.iter().map(label));
    add_facets(&mut doc, fields, "conduct", p.conduct.iter().map(label));
    add_facets(&mut doc, fields, "status", [label(&inst.status)]);
    add_facets(&mut doc, fields, "instrument_kind", [label(&inst.kind)]);
    add_facets(
        &mut doc,
        fields,
        "repeat_escalation",
        [repeat_escalation(p).to_string()],
    );
    if let Some(v) = m.prison_days {
        doc.add_f64(fields.prison, v);
    }
    if let Some(v) = m.arrest_days {
        doc.add_f64(fields.arrest, v);
    }
    if let Some(v) = m.fine_usd {
        doc.add_f64(fields.fine, v);
    }
    if let Some(v) = m.year {
        doc.add_i64(fields.year, v);
    }
    doc
}

fn profile_doc(fields: &Fields, no: u64, j: &Jurisdiction) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.doc_no, no);
    doc.add_text(fields.title, format!("{} profile", j.name));
    let mut en = vec![j.name.clone(), j.notes.clone(), j.sub_region.clone()];
    en.extend(j.no_harassment_offence.as_ref().map(|a| a.note.clone()));
    en.extend(j.statistics.iter().map(|s| s.description.clone()));
    en.extend(j.employer_duties.as_ref().map(|e| {
        format!(
            "employer duties {} {}",
            e.summary,
            e.sanctions.clone().unwrap_or_default()
        )
    }));
    en.extend(j.evidence.iter().map(|e| format!("{} {}", e.topic, e.note)));
    en.extend(j.remedies.iter().map(|r| r.note.clone()));
    add_text(&mut doc, fields, "en", &en.join("\n"));
    for n in &j.native_names {
        add_text(&mut doc, fields, &n.lang, &n.name);
    }
    jurisdiction_facets(&mut doc, fields, j, DocKind::Profile);
    doc
}
