//! Developer aid: parses every `.py` file under the given directories (or files) and prints
//! the total parse time, for profiling (`perf record`) the grammar on a real corpus.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            if e.file_name().is_some_and(|n| n != "site-packages") {
                collect(&e, out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "py") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    let verbose = std::env::var_os("VERBOSE").is_some();
    let named: Vec<(&PathBuf, String)> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok().map(|s| (f, s)))
        .collect();
    if verbose {
        for (f, src) in &named {
            if let Err(e) = terrarium_grammar::parse_module(src) {
                println!("{}: {e}", f.display());
            }
        }
    }
    let sources: Vec<String> = named.into_iter().map(|(_, s)| s).collect();
    let (mut ok, mut failed, mut total) = (0, 0, Duration::default());
    for src in &sources {
        let t = Instant::now();
        let r = terrarium_grammar::parse_module(src);
        total += t.elapsed();
        match r {
            Ok(_) => ok += 1,
            Err(_) => failed += 1,
        }
    }
    // Phases: prescan alone, then prescan and pest, then everything (above).
    let (mut pre_t, mut pest_t) = (Duration::default(), Duration::default());
    for src in &sources {
        let t = Instant::now();
        let pre = terrarium_grammar::prescan::prescan(src);
        pre_t += t.elapsed();
        if let Ok(pre) = pre {
            use pest::Parser;
            let t = Instant::now();
            let _ =
                terrarium_grammar::PythonParser::parse(terrarium_grammar::Rule::file, &pre.text)
                    .map(|p| p.count());
            pest_t += t.elapsed();
        }
    }
    println!(
        "prescan {:.3}s, pest {:.3}s, lowering {:.3}s",
        pre_t.as_secs_f64(),
        pest_t.as_secs_f64(),
        (total.saturating_sub(pre_t + pest_t)).as_secs_f64()
    );
    let bytes: usize = sources.iter().map(String::len).sum();
    println!(
        "{} files, {ok} parsed, {failed} errors, {:.1} MB in {:.3}s",
        sources.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64()
    );
}
