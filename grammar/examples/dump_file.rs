//! Developer aid: prints `dump` of a file's AST (what `ast.dump(ast.parse(src))` prints), or
//! the SyntaxError.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match terrarium_grammar::parse_module(&src) {
        Ok(m) => println!("{}", terrarium_grammar::dump_with_source(&m, &src)),
        Err(e) => println!("{e}"),
    }
}
