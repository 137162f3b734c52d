//! pest's failures turned into CPython-shaped syntax errors: the furthest position pest reached
//! and the rules it expected there, read against the tokens of the logical line, give CPython's
//! message ("expected ':'", "expected an indented block after …", "Perhaps you forgot a
//! comma?" …) and its position (the start of the offending token).

use crate::error::{LineIndex, SyntaxError};
use crate::prescan::Prescanned;
use crate::Rule;

/// Operators, longest first, as CPython's tokenizer splits them.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
    ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
    Newline,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

/// The tokens of the prescanned text from `from` to the end of its logical line.
fn tokens(text: &str, from: usize) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\x0c' | 1 | 2 => {
                i += 1;
                continue;
            }
            b'\n' => {
                out.push(Tok {
                    start,
                    end: i + 1,
                    kind: Kind::Newline,
                });
                break;
            }
            3 => {
                i += 1;
                while i < b.len() && b[i] == 4 {
                    i += 1;
                }
                Kind::Str
            }
            b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.')) {
                    i += 1;
                }
                Kind::Number
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.')) {
                    i += 1;
                }
                Kind::Number
            }
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80)
                {
                    i += 1;
                }
                Kind::Name
            }
            _ => {
                let rest = &text[i..];
                let n = OPERATORS
                    .iter()
                    .find(|op| rest.starts_with(**op))
                    .map_or(1, |op| op.len());
                i += n;
                Kind::Op
            }
        };
        out.push(Tok {
            start,
            end: i,
            kind,
        });
    }
    out
}

fn header_kind(words: &[&str]) -> Option<&'static str> {
    let first = match words {
        ["async", w, ..] => *w,
        [w, ..] => *w,
        [] => return None,
    };
    Some(match first {
        "def" => "function definition",
        "class" => "class definition",
        "if" => "'if' statement",
        "elif" => "'elif' statement",
        "else" => "'else' statement",
        "while" => "'while' statement",
        "for" => "'for' statement",
        "try" => "'try' statement",
        "except" if words.get(1) == Some(&"*") => "'except*' statement",
        "except" => "'except' statement",
        "finally" => "'finally' statement",
        "with" => "'with' statement",
        "match" => "'match' statement",
        "case" => "'case' statement",
        _ => return None,
    })
}

struct Ctx<'a> {
    src: &'a str,
    pre: &'a Prescanned,
    index: LineIndex,
}

impl Ctx<'_> {
    fn at(&self, pos: usize) -> usize {
        self.pre.source_offset(pos.min(self.pre.text.len()))
    }

    fn err(&self, type_name: &'static str, pos: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::typed(type_name, self.src, self.at(pos), msg)
    }

    fn text(&self, t: &Tok) -> &str {
        &self.pre.text[t.start..t.end]
    }

    /// Start of the logical line holding `pos`.
    fn line_start(&self, pos: usize) -> usize {
        self.pre.text[..pos.min(self.pre.text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1)
    }

    /// The start of the primary expression that ends just before token `i` (`a.b[c](d)`).
    fn primary_start(&self, toks: &[Tok], mut i: usize) -> usize {
        let mut depth = 0i32;
        while i > 0 {
            let t = &toks[i - 1];
            let s = self.text(t);
            match s {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" if depth > 0 => depth -= 1,
                _ if depth > 0 => {}
                _ if t.kind != Kind::Op && i >= 2 && self.text(&toks[i - 2]) == "." => {
                    i -= 2;
                    continue;
                }
                _ => {}
            }
            i -= 1;
            if depth == 0 {
                // A call or subscript continues the primary it follows.
                let next = toks.get(i.wrapping_sub(1));
                let opens = matches!(self.text(&toks[i]), "(" | "[");
                if !(opens
                    && next.is_some_and(|n| {
                        matches!(n.kind, Kind::Name | Kind::Str)
                            || matches!(self.text(n), ")" | "]")
                    }))
                {
                    return toks[i].start;
                }
            }
        }
        toks.first().map_or(0, |t| t.start)
    }
}

/// Nesting depth of brackets before token `i`.
fn depth_before(ctx: &Ctx, toks: &[Tok], i: usize) -> i32 {
    toks[..i].iter().fold(0, |d, t| match ctx.text(t) {
        "(" | "[" | "{" => d + 1,
        ")" | "]" | "}" => d - 1,
        _ => d,
    })
}

fn starts_atom(ctx: &Ctx, t: &Tok) -> bool {
    match t.kind {
        Kind::Name => !matches!(
            ctx.text(t),
            "and" | "or" | "if" | "else" | "for" | "in" | "is" | "not" | "as" | "from" | "async"
        ),
        Kind::Number | Kind::Str => true,
        _ => false,
    }
}

fn ends_atom(ctx: &Ctx, t: &Tok) -> bool {
    match t.kind {
        Kind::Name => !matches!(
            ctx.text(t),
            "and"
                | "or"
                | "if"
                | "else"
                | "for"
                | "in"
                | "is"
                | "not"
                | "lambda"
                | "await"
                | "yield"
                | "return"
                | "import"
                | "from"
                | "del"
                | "assert"
                | "raise"
                | "async"
        ),
        Kind::Number | Kind::Str => true,
        Kind::Op => matches!(ctx.text(t), ")" | "]" | "}"),
        Kind::Newline => false,
    }
}

/// Turns pest's failure into a CPython-shaped SyntaxError.
pub(super) fn pest_error(src: &str, pre: &Prescanned, e: pest::error::Error<Rule>) -> SyntaxError {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((p, _)) => p,
    }
    .min(pre.text.len());
    let ctx = Ctx {
        src,
        pre,
        index: LineIndex::new(src),
    };
    let positives: Vec<Rule> = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        pest::error::ErrorVariant::CustomError { message } => {
            if message.contains("limit") {
                return ctx.err("SyntaxError", pos, "too many nested expressions");
            }
            Vec::new()
        }
    };
    let text = pre.text.as_bytes();
    // An indented line where none may start: CPython points at the end of the indentation.
    if text.get(pos) == Some(&1) {
        let ls = ctx.line_start(pos);
        let width = pos - ls;
        let at = ctx.at(ls);
        let line = ctx.index.line(at);
        return SyntaxError {
            type_name: "IndentationError",
            message: "unexpected indent".into(),
            line,
            column: width as u32,
            end_line: line,
            end_column: width as u32,
        };
    }
    // A block header whose block is missing: the last token before `pos` is the header's `:`.
    let mut back = pos;
    while back > 0 && matches!(text[back - 1], b' ' | b'\t' | b'\n' | 1 | 2 | b'\x0c') {
        back -= 1;
    }
    let mut fwd = pos;
    while fwd < text.len() && matches!(text[fwd], b' ' | b'\t' | b'\n' | 1 | 2 | b'\x0c') {
        fwd += 1;
    }
    if back > 0 && text[back - 1] == b':' && text[back..fwd.max(back)].contains(&b'\n') {
        let hstart = ctx.line_start(back - 1);
        let htoks = tokens(&pre.text, hstart);
        let words: Vec<&str> = htoks.iter().take(2).map(|t| ctx.text(t)).collect();
        if let Some(kind) = header_kind(&words) {
            let first = htoks.first().map_or(hstart, |t| t.start);
            let line = ctx.index.line(ctx.at(first));
            // The error is at the first token of the line after the header.
            let next = fwd;
            let mut err = ctx.err(
                "IndentationError",
                next,
                format!("expected an indented block after {kind} on line {line}"),
            );
            // CPython gives the line start, before any indentation.
            let nl = ctx.index.line(ctx.at(next));
            if nl > line {
                err.column = 1;
                err.end_column = 1;
            }
            return err;
        }
    }
    if positives.contains(&Rule::kw_except) || positives.contains(&Rule::kw_finally) {
        return ctx.err("SyntaxError", back, "expected 'except' or 'finally' block");
    }
    let ls = ctx.line_start(pos);
    let toks = tokens(&pre.text, ls);
    let Some(cur) = toks.iter().position(|t| t.end > pos) else {
        return ctx.err("SyntaxError", pos, "invalid syntax");
    };
    let cur_tok = toks[cur];
    let word = |i: usize| toks.get(i).map_or("", |t| ctx.text(t));
    let first = toks.first().map_or(ls, |t| t.start);
    // Statements that look like Python 2 or like a swapped import.
    if matches!(word(0), "print" | "exec")
        && cur == 1
        && (starts_atom(&ctx, &cur_tok) || cur_tok.kind == Kind::Str)
    {
        return ctx.err(
            "SyntaxError",
            first,
            format!(
                "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                word(0),
                word(0)
            ),
        );
    }
    if word(0) == "import" && ctx.text(&cur_tok) == "from" {
        return ctx.err(
            "SyntaxError",
            first,
            "Did you mean to use 'from ... import ...' instead?",
        );
    }
    if cur > 0 && word(cur - 1) == "import" && cur_tok.kind == Kind::Newline {
        return ctx.err(
            "SyntaxError",
            cur_tok.start,
            "Expected one or more names after 'import'",
        );
    }
    if positives.contains(&Rule::kw_else) && !positives.contains(&Rule::block) {
        if let Some(k) = toks[..cur].iter().rposition(|t| ctx.text(t) == "if") {
            let start = ctx.primary_start(&toks, k);
            return ctx.err(
                "SyntaxError",
                start,
                "expected 'else' after 'if' expression",
            );
        }
    }
    // Two expressions side by side inside brackets.
    if cur > 0
        && depth_before(&ctx, &toks, cur) > 0
        && ends_atom(&ctx, &toks[cur - 1])
        && starts_atom(&ctx, &cur_tok)
        && !(toks[cur - 1].kind == Kind::Name && cur_tok.kind == Kind::Str)
    {
        let start = ctx.primary_start(&toks, cur);
        return ctx.err(
            "SyntaxError",
            start,
            "invalid syntax. Perhaps you forgot a comma?",
        );
    }
    // A block header without its colon.
    let header = header_kind(&[word(0), word(1)]).is_some();
    if header && cur_tok.kind == Kind::Newline && word(cur.wrapping_sub(1)) != ":" {
        return ctx.err("SyntaxError", cur_tok.start, "expected ':'");
    }
    ctx.err("SyntaxError", cur_tok.start, "invalid syntax")
}
