//! One linear pass before pest: decides the logical lines (comments, continuations and newlines
//! inside brackets become spaces of the same length), inserts INDENT/DEDENT marker bytes, finds
//! where every string and f-string ends, and bounds nesting and size. Token-level errors get
//! CPython's messages here. Offsets in the output map back to the source through the list of
//! inserted bytes, so every span points into the original text.

use crate::error::SyntaxError;

pub const INDENT: char = '\x01';
pub const DEDENT: char = '\x02';
/// CPython's limit on nested brackets.
pub const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
pub const MAX_INDENT: usize = 100;
/// Sources larger than this are refused before parsing.
pub const MAX_SOURCE: usize = 16 * 1024 * 1024;

#[derive(Debug)]
pub struct Prescanned {
    pub text: String,
    /// Output positions of inserted bytes, increasing.
    inserted: Vec<u32>,
}

impl Prescanned {
    /// The source offset of an output position.
    pub fn source_offset(&self, pos: usize) -> usize {
        let before = self.inserted.partition_point(|&p| (p as usize) < pos);
        pos - before
    }
}

const KEYWORDS_AFTER_NUMBER: &[&str] = &["and", "else", "for", "if", "in", "is", "not", "or"];

/// A string literal becomes STRING_START followed by STRING_FILL bytes (same byte length): the
/// grammar sees one opaque token and the lowering decodes the original text through its span.
pub const STRING_START: char = '\x03';
pub const STRING_FILL: char = '\x04';

struct Scanner<'a> {
    /// Inside a string literal: copied bytes become STRING_FILL.
    fill: bool,
    src: &'a str,
    b: &'a [u8],
    i: usize,
    out: String,
    inserted: Vec<u32>,
    brackets: Vec<(u8, usize)>,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl<'a> Scanner<'a> {
    fn err(&self, offset: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::at(self.src, offset, msg)
    }

    fn ch(&self, at: usize) -> Option<char> {
        self.src.get(at..).and_then(|s| s.chars().next())
    }

    /// Copies the char at `i` to the output.
    fn copy(&mut self) {
        let n = self.ch(self.i).map_or(1, char::len_utf8);
        if self.fill {
            for _ in 0..n {
                self.out.push(STRING_FILL);
            }
        } else if let Some(c) = self.ch(self.i) {
            self.out.push(c);
        }
        self.i += n;
    }

    /// Replaces the char at `i` by as many spaces as it has bytes.
    fn blank(&mut self) {
        let n = self.ch(self.i).map_or(1, char::len_utf8);
        for _ in 0..n {
            self.out.push(' ');
        }
        self.i += n;
    }

    fn insert(&mut self, c: char) {
        self.inserted.push(self.out.len() as u32);
        self.out.push(c);
    }

    fn line_of(&self, offset: usize) -> usize {
        self.b[..offset.min(self.b.len())]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
            + 1
    }

    /// Scans a string literal whose quote is at `i` (prefix already copied).
    fn string(&mut self, prefix: &str, start: usize) -> Result<(), SyntaxError> {
        if self.fill {
            return self.string_rest(prefix, start);
        }
        // The prefix was copied as an identifier: the whole literal becomes one token.
        self.out.truncate(self.out.len() - prefix.len());
        let mark = self.out.len();
        for _ in 0..prefix.len() {
            self.out.push(STRING_FILL);
        }
        self.fill = true;
        let r = self.string_rest(prefix, start);
        self.fill = false;
        if self.out.len() > mark {
            self.out.replace_range(mark..mark + 1, "\x03");
        }
        r
    }

    fn string_rest(&mut self, prefix: &str, start: usize) -> Result<(), SyntaxError> {
        let raw = prefix.contains(['r', 'R']);
        let fstr = prefix.contains(['f', 'F']);
        let q = self.b[self.i];
        let triple = self.b.get(self.i + 1) == Some(&q) && self.b.get(self.i + 2) == Some(&q);
        let n = if triple { 3 } else { 1 };
        for _ in 0..n {
            self.copy();
        }
        loop {
            if self.i >= self.b.len() {
                let line = self.line_of(self.b.len().saturating_sub(1));
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(self.err(start, msg));
            }
            let c = self.b[self.i];
            if c == b'\\' {
                self.copy();
                // In an f-string a backslash does not escape a brace: `rf"\{x}"` has a field.
                let brace = matches!(self.b.get(self.i), Some(b'{' | b'}'));
                if self.i < self.b.len() && !(fstr && brace) {
                    self.copy();
                }
                continue;
            }
            if c == q {
                if !triple {
                    self.copy();
                    return Ok(());
                }
                if self.b.get(self.i + 1) == Some(&q) && self.b.get(self.i + 2) == Some(&q) {
                    self.copy();
                    self.copy();
                    self.copy();
                    return Ok(());
                }
            }
            if c == b'\n' && !triple {
                let line = self.line_of(start);
                return Err(self.err(
                    start,
                    format!("unterminated string literal (detected at line {line})"),
                ));
            }
            if fstr && c == b'{' {
                if self.b.get(self.i + 1) == Some(&b'{') {
                    self.copy();
                    self.copy();
                    continue;
                }
                self.copy();
                self.fstring_field(start, triple)?;
                continue;
            }
            if fstr && c == b'}' {
                if self.b.get(self.i + 1) == Some(&b'}') {
                    self.copy();
                    self.copy();
                    continue;
                }
                return Err(self.err(self.i, "f-string: single '}' is not allowed"));
            }
            let _ = raw;
            self.copy();
        }
    }

    /// Scans an f-string replacement field after its `{`, through its closing `}`.
    fn fstring_field(&mut self, start: usize, triple: bool) -> Result<(), SyntaxError> {
        let mut depth = 0usize;
        loop {
            let Some(c) = self.ch(self.i) else {
                return Err(self.err(start, "f-string: expecting '}'"));
            };
            match c {
                '(' | '[' | '{' => {
                    depth += 1;
                    if depth > MAX_BRACKETS {
                        return Err(self.err(self.i, "too many nested parentheses"));
                    }
                    self.copy();
                }
                ')' | ']' => {
                    depth = depth.saturating_sub(1);
                    self.copy();
                }
                '}' => {
                    self.copy();
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                ':' if depth == 0 => {
                    self.copy();
                    // The format spec: literal text with nested fields.
                    loop {
                        let Some(s) = self.ch(self.i) else {
                            return Err(self.err(start, "f-string: expecting '}'"));
                        };
                        match s {
                            '{' => {
                                self.copy();
                                self.fstring_field(start, triple)?;
                            }
                            '}' => {
                                self.copy();
                                return Ok(());
                            }
                            '\n' if !triple => {
                                return Err(self.err(start, "f-string: expecting '}'"))
                            }
                            _ => self.copy(),
                        }
                    }
                }
                '\'' | '"' => {
                    let s = self.i;
                    self.string("", s)?;
                }
                // A comment inside a (triple-quoted) replacement field runs to the line end.
                '#' => {
                    while self.i < self.b.len() && self.b[self.i] != b'\n' {
                        self.copy();
                    }
                }
                c if is_ident_start(c) => {
                    let word_start = self.i;
                    while self.ch(self.i).is_some_and(is_ident_char) {
                        self.copy();
                    }
                    let word = &self.src[word_start..self.i];
                    if matches!(self.b.get(self.i), Some(b'\'' | b'"')) && is_prefix(word) {
                        let w = word.to_string();
                        self.string(&w, word_start)?;
                    }
                }
                _ => self.copy(),
            }
        }
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.i;
        let hex = self.b[self.i] == b'0' && matches!(self.b.get(self.i + 1), Some(b'x' | b'X'));
        let radix = self.b[self.i] == b'0'
            && matches!(
                self.b.get(self.i + 1),
                Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
            );
        // A second `.`, or one after the exponent or in a radix literal, ends the number
        // (`1.5e100.__format__`, `1..real`).
        let mut dot_allowed = !radix;
        while let Some(c) = self.ch(self.i) {
            let prev = self.b.get(self.i.wrapping_sub(1)).copied();
            if c == '.' {
                if !dot_allowed {
                    break;
                }
                dot_allowed = false;
                self.copy();
                continue;
            }
            if matches!(c, 'e' | 'E') && !hex {
                // An exponent needs digits: `1else` is `1` then `else`.
                let next = self.b.get(self.i + 1).copied();
                let after = self.b.get(self.i + 2).copied();
                let digits = next.is_some_and(|n| n.is_ascii_digit())
                    || (matches!(next, Some(b'+' | b'-'))
                        && after.is_some_and(|a| a.is_ascii_digit()));
                if !digits {
                    break;
                }
                dot_allowed = false;
            }
            if c.is_ascii_alphanumeric() || c == '_' {
                let radix_letter = self.i == start + 1
                    && self.b[start] == b'0'
                    && matches!(c, 'x' | 'X' | 'o' | 'O' | 'b' | 'B');
                if c.is_alphabetic() && !hex && !radix_letter && !matches!(c, 'e' | 'E' | 'j' | 'J')
                {
                    break;
                }
                if hex && c.is_alphabetic() && !c.is_ascii_hexdigit() && !matches!(c, 'x' | 'X') {
                    break;
                }
                if matches!(c, 'j' | 'J') {
                    self.copy();
                    break;
                }
                self.copy();
            } else if (c == '+' || c == '-') && matches!(prev, Some(b'e' | b'E')) && !hex {
                self.copy();
            } else {
                break;
            }
        }
        // Underscores go between digits, and a radix prefix needs digits; CPython reports the
        // character before the offending one.
        let text = &self.b[start..self.i];
        let digit = |c: u8| {
            if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        };
        let kind = if hex {
            "hexadecimal"
        } else if radix && matches!(text.get(1), Some(b'o' | b'O')) {
            "octal"
        } else if radix && matches!(text.get(1), Some(b'b' | b'B')) {
            "binary"
        } else {
            "decimal"
        };
        if radix && text.len() == 2 {
            return Err(self.err(self.i - 1, format!("invalid {kind} literal")));
        }
        for (k, &c) in text.iter().enumerate() {
            if c == b'_' && !text.get(k + 1).is_some_and(|&n| digit(n)) {
                return Err(self.err(start + k, format!("invalid {kind} literal")));
            }
        }
        if let Some(c) = self.ch(self.i) {
            if is_ident_start(c) {
                let mut j = self.i;
                while self.ch(j).is_some_and(is_ident_char) {
                    j += self.ch(j).map_or(1, char::len_utf8);
                }
                let word = &self.src[self.i..j];
                if !KEYWORDS_AFTER_NUMBER.contains(&word) {
                    let text = &self.src[start..self.i];
                    let kind = if hex {
                        "hexadecimal"
                    } else if text.starts_with("0o") || text.starts_with("0O") {
                        "octal"
                    } else if text.starts_with("0b") || text.starts_with("0B") {
                        "binary"
                    } else {
                        "decimal"
                    };
                    return Err(self.err(start, format!("invalid {kind} literal")));
                }
            }
        }
        Ok(())
    }

    /// Scans tokens up to the end of a logical line (through brackets and continuations).
    fn logical_line(&mut self) -> Result<(), SyntaxError> {
        loop {
            let Some(c) = self.ch(self.i) else {
                return Ok(());
            };
            match c {
                '\n' => {
                    if self.brackets.is_empty() {
                        self.copy();
                        return Ok(());
                    }
                    self.blank();
                }
                '\r' => self.blank(),
                '#' => {
                    while self.i < self.b.len() && self.b[self.i] != b'\n' {
                        self.blank();
                    }
                }
                '\\' => {
                    let next = self.b.get(self.i + 1).copied();
                    let next2 = self.b.get(self.i + 2).copied();
                    if next == Some(b'\n') {
                        self.blank();
                        self.blank();
                    } else if next == Some(b'\r') && next2 == Some(b'\n') {
                        self.blank();
                        self.blank();
                        self.blank();
                    } else if next.is_none() {
                        return Err(self.err(self.i, "unexpected EOF while parsing"));
                    } else {
                        return Err(self.err(
                            self.i + 1,
                            "unexpected character after line continuation character",
                        ));
                    }
                }
                '(' | '[' | '{' => {
                    self.brackets.push((c as u8, self.i));
                    if self.brackets.len() > MAX_BRACKETS {
                        return Err(self.err(self.i, "too many nested parentheses"));
                    }
                    self.copy();
                }
                ')' | ']' | '}' => {
                    let open = match c {
                        ')' => b'(',
                        ']' => b'[',
                        _ => b'{',
                    };
                    match self.brackets.pop() {
                        None => return Err(self.err(self.i, format!("unmatched '{c}'"))),
                        Some((o, at)) if o != open => {
                            let (ol, _) =
                                crate::error::LineIndex::new(self.src).line_col(self.src, at);
                            let here = self.line_of(self.i) as u32;
                            let msg = if ol != here {
                                format!("closing parenthesis '{c}' does not match opening parenthesis '{}' on line {ol}", o as char)
                            } else {
                                format!("closing parenthesis '{c}' does not match opening parenthesis '{}'", o as char)
                            };
                            return Err(self.err(self.i, msg));
                        }
                        Some(_) => self.copy(),
                    }
                }
                '\'' | '"' => {
                    let s = self.i;
                    self.string("", s)?;
                }
                c if c.is_ascii_digit() => self.number()?,
                '.' if self.b.get(self.i + 1).is_some_and(u8::is_ascii_digit) => self.number()?,
                c if is_ident_start(c) => {
                    let start = self.i;
                    while self.ch(self.i).is_some_and(is_ident_char) {
                        self.copy();
                    }
                    let word = &self.src[start..self.i];
                    if matches!(self.b.get(self.i), Some(b'\'' | b'"')) && is_prefix(word) {
                        let w = word.to_string();
                        self.string(&w, start)?;
                    }
                }
                ' ' | '\t' | '\x0c' => self.copy(),
                c if (c as u32) < 0x20 || c == '\x7f' => {
                    return Err(self.err(
                        self.i,
                        format!("invalid non-printable character U+{:04X}", c as u32),
                    ));
                }
                c if c.is_ascii() => self.copy(),
                c if c.is_whitespace() => {
                    return Err(self.err(
                        self.i,
                        format!("invalid non-printable character U+{:04X}", c as u32),
                    ));
                }
                c if !is_ident_char(c) => {
                    return Err(self.err(
                        self.i,
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                    ));
                }
                _ => self.copy(),
            }
        }
    }
}

fn is_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

/// Indentation width of the line starting at `i` (tabs to multiples of 8) and with tabs
/// counting 1 (CPython's "altcol", to detect inconsistent use of tabs).
fn measure(b: &[u8], mut i: usize) -> (usize, usize, usize) {
    let (mut col, mut alt) = (0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b' ' => {
                col += 1;
                alt += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
        i += 1;
    }
    (col, alt, i)
}

pub fn prescan(src: &str) -> Result<Prescanned, SyntaxError> {
    if src.len() > MAX_SOURCE {
        return Err(SyntaxError::at(
            src,
            0,
            format!(
                "source is too large for Terrarium ({} bytes; the limit is {MAX_SOURCE})",
                src.len()
            ),
        ));
    }
    let mut s = Scanner {
        fill: false,
        src,
        b: src.as_bytes(),
        i: 0,
        out: String::with_capacity(src.len() + 64),
        inserted: Vec::new(),
        brackets: Vec::new(),
    };
    // (col, altcol) of each open indentation level.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    while s.i < s.b.len() {
        let (col, alt, first) = measure(s.b, s.i);
        let blank = first >= s.b.len() || matches!(s.b[first], b'\n' | b'#' | b'\r');
        if blank {
            while s.i < s.b.len() && s.b[s.i] != b'\n' {
                s.blank();
            }
            if s.i < s.b.len() {
                s.copy();
            }
            continue;
        }
        // Indentation: copy the whitespace, then the markers right before the first token.
        while s.i < first {
            s.copy();
        }
        let (top, top_alt) = *indents.last().unwrap_or(&(0, 0));
        if col > top {
            if alt <= top_alt {
                return Err(SyntaxError::typed(
                    "TabError",
                    src,
                    first,
                    "inconsistent use of tabs and spaces in indentation",
                ));
            }
            indents.push((col, alt));
            if indents.len() > MAX_INDENT {
                return Err(SyntaxError::typed(
                    "IndentationError",
                    src,
                    first,
                    "too many levels of indentation",
                ));
            }
            s.insert(INDENT);
        } else if col < top {
            while indents.last().is_some_and(|&(c, _)| c > col) {
                indents.pop();
                s.insert(DEDENT);
            }
            let (c, a) = *indents.last().unwrap_or(&(0, 0));
            if c != col {
                // CPython reports the end of the offending line.
                let eol = s.b[first..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(s.b.len(), |n| first + n);
                let eol = if eol > first && s.b[eol - 1] == b'\r' {
                    eol - 1
                } else {
                    eol
                };
                let mut e = SyntaxError::typed(
                    "IndentationError",
                    src,
                    eol,
                    "unindent does not match any outer indentation level",
                );
                e.end_column = e.column;
                return Err(e);
            }
            if a != alt {
                return Err(SyntaxError::typed(
                    "TabError",
                    src,
                    first,
                    "inconsistent use of tabs and spaces in indentation",
                ));
            }
        } else if alt != top_alt {
            return Err(SyntaxError::typed(
                "TabError",
                src,
                first,
                "inconsistent use of tabs and spaces in indentation",
            ));
        }
        s.logical_line()?;
        if let Some(&(c, at)) = s.brackets.last() {
            if s.i >= s.b.len() {
                return Err(s.err(at, format!("'{}' was never closed", c as char)));
            }
        }
    }
    if let Some(&(c, at)) = s.brackets.first() {
        return Err(s.err(at, format!("'{}' was never closed", c as char)));
    }
    if !s.out.ends_with('\n') {
        s.insert('\n');
    }
    while indents.len() > 1 {
        indents.pop();
        s.insert(DEDENT);
    }
    Ok(Prescanned {
        text: s.out,
        inserted: s.inserted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_blank_lines() {
        let p = prescan("if x:\n    y = 1  # c\n\n    z\nw\n").unwrap();
        assert_eq!(p.text, "if x:\n    \x01y = 1     \n\n    z\n\x02w\n");
        // `w` is at source offset 28.
        let w = p.text.find('w').unwrap();
        assert_eq!(p.source_offset(w), 28);
    }

    #[test]
    fn brackets_and_continuations() {
        let p = prescan("x = (1,\n     2)\ny = 1 + \\\n  2\n").unwrap();
        assert_eq!(p.text, "x = (1,      2)\ny = 1 +     2\n");
    }

    #[test]
    fn errors() {
        assert_eq!(
            prescan("x = (1,\n").unwrap_err().message,
            "'(' was never closed"
        );
        assert_eq!(prescan("x = 1)\n").unwrap_err().message, "unmatched ')'");
        assert_eq!(
            prescan("x = 'abc\n").unwrap_err().message,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            prescan("if x:\n    a\n  b\n").unwrap_err().message,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(
            prescan("x = 1abc\n").unwrap_err().message,
            "invalid decimal literal"
        );
        assert_eq!(
            prescan("x = 2x\n").unwrap_err().message,
            "invalid decimal literal"
        );
        assert!(prescan("x = 0x1f + 0o17 + 0b101 + 1e5 + 2j + 1if y else 0\n").is_ok());
        let deep = format!("x = {}{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(
            prescan(&deep).unwrap_err().message,
            "too many nested parentheses"
        );
    }

    #[test]
    fn strings_become_one_token() {
        let src = "x = f\"{x[\"a\"]!r:>{w}} {{}}\" + 'b'\n";
        let p = prescan(src).unwrap();
        let n = "f\"{x[\"a\"]!r:>{w}} {{}}\"".len();
        let want = format!("x = \x03{} + \x03\x04\x04\n", "\x04".repeat(n - 1));
        assert_eq!(p.text, want);
        assert_eq!(p.text.len(), src.len());
    }
}
