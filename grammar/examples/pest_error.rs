//! Developer aid: shows pest's raw failure (position and expected rules) for a file, to design
//! the CPython-shaped messages in `lower::errors`.

use pest::Parser;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let pre = match terrarium_grammar::prescan::prescan(&src) {
        Ok(p) => p,
        Err(e) => return println!("prescan: {e}"),
    };
    match terrarium_grammar::PythonParser::parse(terrarium_grammar::Rule::file, &pre.text) {
        Ok(_) => println!("parsed"),
        Err(e) => println!("{:?}\n{:?}", e.location, e.variant),
    }
}
