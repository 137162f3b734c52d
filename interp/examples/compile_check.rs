//! Developer check: parses and compiles every file given, reporting panics and internal errors.
fn main() {
    let (mut ok, mut syntax, mut bad) = (0, 0, 0);
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let r = std::panic::catch_unwind(|| terrarium::check_compiles(&src, &path));
        match r {
            Ok(Ok(())) => ok += 1,
            Ok(Err(e)) if e.contains("internal") => {
                bad += 1;
                println!("INTERNAL {path}: {e}");
            }
            Ok(Err(e)) => {
                syntax += 1;
                if std::env::var_os("SHOW").is_some() {
                    println!("ERR {e}");
                }
            }
            Err(_) => {
                bad += 1;
                println!("PANIC {path}");
            }
        }
    }
    println!("{ok} compiled, {syntax} rejected with an error, {bad} internal errors or panics");
}
