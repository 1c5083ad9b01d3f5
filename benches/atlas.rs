//! In-process benchmarks: loading and validating the bundled data, building
//! the search index, and a fixed mix of queries.
//!
//! Run: `cargo bench --bench atlas`. Results go into BENCHMARKS.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use harassment_atlas::Atlas;
use harassment_atlas::views::search::{SearchIndex, SearchRequest};

fn data() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The query mix: plain text, phrase, Russian, facet filters, ranges, sorted by penalty.
pub const MIX: &[&[(&str, &str)]] = &[
    &[("q", "harassment")],
    &[("q", "\"sexual harassment\" workplace")],
    &[("q", "домогательство на работе")],
    &[("q", "catcalling street")],
    &[
        ("liability", "criminal"),
        ("prosecution", "complaint"),
        ("setting", "workplace"),
    ],
    &[("q", "stalking"), ("region", "Asia")],
    &[("min_prison_days", "365"), ("offence_kind", "sexual_harassment")],
    &[("repeat_escalation", "true"), ("min_arrest_days", "1")],
    &[("sort", "fine"), ("status", "in_force")],
    &[("q", "employer duties training"), ("sort", "prison")],
    &[("q", "harcèlement sexuel")],
    &[("q", "acoso"), ("region", "Americas"), ("page", "2")],
];

fn requests() -> Vec<SearchRequest> {
    MIX.iter()
        .map(|q| {
            let pairs: Vec<(String, String)> = q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            SearchRequest::from_pairs(&pairs).unwrap()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let dir = data();
    c.bench_function("load_and_validate", |b| b.iter(|| black_box(Atlas::load(&dir))));
    let atlas = Atlas::load(&dir).into_result().unwrap();
    c.bench_function("build_index", |b| {
        b.iter(|| black_box(SearchIndex::build(&atlas).unwrap()))
    });
    let index = SearchIndex::build(&atlas).unwrap();
    let reqs = requests();
    c.bench_function("query_mix_12", |b| {
        b.iter(|| {
            for r in &reqs {
                black_box(index.search(&atlas, r, false).unwrap());
            }
        })
    });
    let mut group = c.benchmark_group("query");
    for (i, r) in reqs.iter().enumerate() {
        group.bench_function(format!("q{i:02}"), |b| {
            b.iter(|| black_box(index.search(&atlas, r, false).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
