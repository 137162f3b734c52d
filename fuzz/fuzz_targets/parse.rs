//! Any text either parses or gives a SyntaxError; never a panic, never an internal error.
//! A parsed module is also dumped and dropped, which must not crash either.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match terrarium_grammar::parse_module(src) {
        Ok(module) => {
            let _ = terrarium_grammar::dump_with_source(&module, src);
        }
        Err(e) => assert!(
            e.type_name != "SystemError" && !e.message.contains("internal parser error"),
            "internal error for {src:?}: {}",
            e.message
        ),
    }
});
