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
mod index;
pub mod params;
mod query;
pub mod request;
mod scoring;

use schemars::JsonSchema;
use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::FacetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery};
use tantivy::schema::{Facet, Field};
use tantivy::{Index, IndexReader, Term};

pub use params::SearchParams;
pub use request::{Filters, Ranges, SearchError, SearchRequest, Sort};

use crate::data::load::Atlas;
use crate::data::model::names::label;

/// What a document stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
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
    /// Provision titles in their own language (`title_ru`, …), by analyzer
    /// name, weighted like `title`.
    native_titles: Vec<(String, Field)>,
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
    /// Per document, the texts a snippet may come from, as plain text
    /// (Markdown removed) and analysed once.
    snippet_texts: Vec<Vec<(String, highlight::Analysed)>>,
    /// The glossary with its trigger words already analysed: (English, [(language, [stems of each word])]).
    glossary: Vec<AnalysedEntry>,
    /// Documents per text field, for BM25's average field length.
    field_counts: scoring::FieldCounts,
    codes: Vec<String>,
    names: Vec<String>,
}

/// One matching document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
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
    /// Whether the provision's penalty rises on a repeat offence or a
    /// repeat falls under another provision.
    pub escalates: bool,
    /// A highlighted excerpt: HTML-escaped text with matches in `<b>`.
    pub snippet_html: String,
}

/// The hits of one jurisdiction.
#[derive(Debug, Clone, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Serialize, JsonSchema)]
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

/// Counts per facet value, by dimension.
fn facet_counts_by_dimension(
    facet_counts: &tantivy::collector::FacetCounts,
) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut facets: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for dim in FACETS {
        let counts: BTreeMap<String, u64> = facet_counts
            .get(Facet::from_path([*dim]))
            .map(|(f, n)| (f.to_path().last().map(|s| s.to_string()).unwrap_or_default(), n))
            .collect();
        facets.insert((*dim).to_owned(), counts);
    }
    facets
}

fn facet(dim: &str, value: &str) -> Facet {
    Facet::from_path([dim, value])
}

impl SearchIndex {
    /// Number of documents.
    pub fn len(&self) -> usize {
        self.meta.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
    }

    /// Runs a request. `lenient` is for people typing into a search box: what
    /// cannot be parsed is ignored and reported instead of refused.
    pub fn search(&self, atlas: &Atlas, req: &SearchRequest, lenient: bool) -> Result<SearchResponse, SearchError> {
        req.validate()?;
        let (text, ignored) = self.text_query(&req.q, lenient)?;
        let has_text = !req.q.trim().is_empty();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.box_clone())];
        self.filter_clauses(&mut clauses, req);
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
            .search_with_statistics_provider(
                &query,
                &(grouper, facet_collector),
                &self.field_counts.provider(&searcher),
            )
            .map_err(|e| SearchError::Engine(e.to_string()))?;

        let order = group::ordered(groups);
        let total_hits: usize = order.iter().map(|(_, g)| g.count).sum();
        let total_jurisdictions = order.len();
        let pages = total_jurisdictions.div_ceil(request::PER_PAGE).max(1);
        let page_groups: Vec<&(u32, group::Group)> = order
            .iter()
            .skip((req.page - 1) * request::PER_PAGE)
            .take(request::PER_PAGE)
            .collect();
        let wanted = self.wanted_terms(&*text, has_text);
        Ok(SearchResponse {
            request: req.clone(),
            understood: self.understood(&*text, has_text),
            ignored,
            total_hits,
            total_jurisdictions,
            pages,
            groups: self.page_groups(atlas, page_groups, &wanted),
            facets: facet_counts_by_dimension(&facet_counts),
        })
    }

    /// The filters and ranges of a request, each a clause that must hold.
    /// Penalty ranges concern provisions; profiles have no figures.
    fn filter_clauses(&self, clauses: &mut Vec<(Occur, Box<dyn Query>)>, req: &SearchRequest) {
        let f = &req.filters;
        self.facet_clause(clauses, "liability", f.liability.iter().map(label));
        self.facet_clause(clauses, "prosecution", f.prosecution.iter().map(label));
        self.facet_clause(clauses, "setting", f.setting.iter().map(label));
        self.facet_clause(clauses, "conduct", f.conduct.iter().map(label));
        self.facet_clause(clauses, "region", f.region.iter().map(label));
        self.facet_clause(clauses, "status", f.status.iter().map(label));
        self.facet_clause(clauses, "offence_kind", f.offence_kind.iter().map(label));
        self.facet_clause(clauses, "instrument_kind", f.instrument_kind.iter().map(label));
        self.facet_clause(clauses, "jurisdiction", f.jurisdiction.iter().map(|c| c.to_uppercase()));
        self.facet_clause(
            clauses,
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
    }

    /// Snippets: the query's terms by analyzer, matched against texts
    /// analysed at build time (see `highlight`).
    fn wanted_terms(&self, text: &dyn Query, has_text: bool) -> highlight::Wanted {
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
        wanted
    }

    /// One page's groups, each with its best hits and their snippets.
    fn page_groups(
        &self,
        atlas: &Atlas,
        page_groups: Vec<&(u32, group::Group)>,
        wanted: &highlight::Wanted,
    ) -> Vec<Group> {
        let mut groups = Vec::with_capacity(page_groups.len());
        for (j, g) in page_groups {
            let j = *j as usize;
            let hits_out = g
                .top
                .iter()
                .map(|r| self.hit(atlas, r.no as usize, r.score, self.snippet(r.no as usize, wanted)))
                .collect();
            groups.push(Group {
                jurisdiction: self.codes[j].clone(),
                name: self.names[j].clone(),
                more: g.count.saturating_sub(g.top.len()),
                hits: hits_out,
            });
        }
        groups
    }

    /// The analyzer id of a field: its position among the text fields; the
    /// title is analysed as English.
    fn analyzer_id(&self, field: Field) -> Option<u16> {
        if field == self.fields.title {
            return Some(0);
        }
        self.fields
            .text
            .iter()
            .position(|(_, f)| *f == field)
            .or_else(|| self.fields.native_titles.iter().position(|(_, f)| *f == field))
            .map(|i| i as u16)
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

    fn analyse_snippet_texts(&mut self, atlas: &Atlas, no: usize) -> Vec<(String, highlight::Analysed)> {
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
                let text = highlight::plain_text(self.source_text(atlas, no, src));
                let name = &self.fields.text[aid as usize].0;
                let mut analyzer = self.index.tokenizers().get(name).expect("registered analyzer");
                let mut toks = Vec::new();
                {
                    let mut stream = analyzer.token_stream(&text);
                    while stream.advance() {
                        let t = stream.token();
                        toks.push((t.text.clone(), t.offset_from..t.offset_to));
                    }
                }
                let analysed = self.terms.analyse(aid, toks.into_iter());
                (text, analysed)
            })
            .collect()
    }

    /// The first highlighted fragment among a hit's summary, official
    /// excerpt and title.
    fn snippet(&self, no: usize, wanted: &highlight::Wanted) -> Option<String> {
        if wanted.is_empty() {
            return None;
        }
        self.snippet_texts[no]
            .iter()
            .find_map(|(text, a)| highlight::snippet(text, a, wanted, 220))
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
                    escalates: crate::data::model::names::repeat_escalation(p),
                    snippet_html: snippet.unwrap_or_else(|| fallback(&self.snippet_texts[no][0].0)),
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
                escalates: false,
                snippet_html: snippet.unwrap_or_else(|| fallback(&self.snippet_texts[no][0].0)),
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
