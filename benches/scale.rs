//! Scale benchmarks: loading, index build and query latency on the real
//! data and on synthetic atlases 10× and 100× its size (see `src/synth.rs`).
//!
//! Run: `cargo bench --bench scale`. Results go into BENCHMARKS.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use harassment_atlas::Atlas;
use harassment_atlas::views::search::{SearchIndex, SearchRequest};

fn dirs() -> Vec<(usize, PathBuf)> {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let atlas = Atlas::load(&real).into_result().unwrap();
    let mut out = vec![(1, real)];
    for factor in [10, 100] {
        // Written afresh every run (it takes well under a second), so it always matches the
        // code; one folder per process, so that two runs at once cannot delete each other's.
        let dir = std::env::temp_dir().join(format!("harassment-atlas-synth-{factor}x-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        harassment_atlas::data::synth::write(&atlas, factor, &dir).unwrap();
        out.push((factor, dir));
    }
    out
}

fn request(pairs: &[(&str, &str)]) -> SearchRequest {
    SearchRequest::from_pairs(
        &pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>(),
    )
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let dirs = dirs();
    let mut load = c.benchmark_group("scale_load");
    load.sample_size(10);
    for (factor, dir) in &dirs {
        load.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), dir, |b, dir| {
            b.iter(|| black_box(Atlas::load(dir)))
        });
    }
    load.finish();

    let atlases: Vec<(usize, Atlas)> = dirs
        .iter()
        .map(|(f, d)| (*f, Atlas::load(d).into_result().unwrap()))
        .collect();
    let mut build = c.benchmark_group("scale_build_index");
    build.sample_size(10);
    for (factor, atlas) in &atlases {
        build.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), atlas, |b, a| {
            b.iter(|| black_box(SearchIndex::build(a).unwrap()))
        });
    }
    build.finish();

    let queries = [
        ("text", request(&[("q", "harassment workplace")])),
        ("russian", request(&[("q", "домогательство на работе")])),
        (
            "filters",
            request(&[("liability", "criminal"), ("prosecution", "complaint")]),
        ),
        ("range_sort", request(&[("min_prison_days", "365"), ("sort", "prison")])),
    ];
    let mut query = c.benchmark_group("scale_query");
    for (factor, atlas) in &atlases {
        let index = SearchIndex::build(atlas).unwrap();
        for (name, req) in &queries {
            query.bench_function(BenchmarkId::new(*name, format!("{factor}x")), |b| {
                b.iter(|| black_box(index.search(atlas, req, false).unwrap()))
            });
        }
    }
    query.finish();
    for (factor, dir) in &dirs {
        if *factor > 1 {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
