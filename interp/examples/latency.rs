//! In-process latency of compiling and running a snippet with the embedding API: `1 + 2` and a
//! 20-line snippet, median of many runs (the figure issue 6 asks for). Run with
//! `cargo run --release -p terrarium --example latency`.

use std::time::{Duration, Instant};

use terrarium::{CollectOutput, HostError, Limits, Object, Script};

const SNIPPET: &str = "\
def score(item):
    name, qty, price = item
    total = qty * price
    if total > 100:
        total *= 0.9
    return name, round(total, 2)

orders = [('apple', 3, 1.5), ('pear', 10, 12.0), ('fig', 1, 99.0)]
scored = [score(o) for o in orders]
by_name = {n: t for n, t in scored}
best = max(scored, key=lambda p: p[1])
lines = []
for name, total in sorted(scored):
    lines.append(f'{name:>6}: {total:8.2f}')
summary = {
    'count': len(scored),
    'best': best[0],
    'sum': round(sum(by_name.values()), 2),
}
(lines, summary)
";

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(source: &str, rounds: usize) -> (Duration, Duration) {
    let mut host = |_: &str,
                    _: Vec<Object>,
                    _: Vec<(String, Object)>|
     -> Result<Object, HostError> { Ok(Object::None) };
    let limits = Limits::default();
    let mut both = Vec::with_capacity(rounds);
    let mut run_only = Vec::with_capacity(rounds);
    let compiled = Script::compile(source, "snippet.py", &[], &[]).expect("compiles");
    for _ in 0..rounds {
        let t = Instant::now();
        let script = Script::compile(source, "snippet.py", &[], &[]).expect("compiles");
        let mut out = CollectOutput::default();
        script
            .run(vec![], &limits, &mut host, &mut out)
            .expect("runs");
        both.push(t.elapsed());
        let t = Instant::now();
        let mut out = CollectOutput::default();
        compiled
            .run(vec![], &limits, &mut host, &mut out)
            .expect("runs");
        run_only.push(t.elapsed());
    }
    (median(both), median(run_only))
}

fn main() {
    for (name, src, rounds) in [
        ("1 + 2", "1 + 2\n", 20_000),
        ("20-line snippet", SNIPPET, 2_000),
    ] {
        let (both, run) = measure(src, rounds);
        println!(
            "{name:<16} compile + run: {:7.1} µs   run of a compiled script: {:7.1} µs   (median of {rounds})",
            both.as_secs_f64() * 1e6,
            run.as_secs_f64() * 1e6
        );
    }
}
