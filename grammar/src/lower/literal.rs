//! Atoms: names, numbers, displays, and string literals decoded from the original source
//! (escapes, bytes, raw strings, implicit concatenation, f-strings with nested fields).

use pest::Parser;

use super::{only, Lowerer, P, R};
use crate::ast::*;
use crate::prescan::prescan;
use crate::{PythonParser, Rule};

/// One piece of an f-string while it is being assembled.
enum Piece {
    Text(String),
    Field(Expr),
}

impl<'s> Lowerer<'s> {
    pub fn atom(&mut self, p: P) -> R<Expr> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::NAME => ExprKind::Name {
                id: p.as_str().to_string(),
                ctx: ExprContext::Load,
            },
            Rule::kw_none => ExprKind::Constant(Constant::None),
            Rule::kw_true => ExprKind::Constant(Constant::True),
            Rule::kw_false => ExprKind::Constant(Constant::False),
            Rule::ellipsis => ExprKind::Constant(Constant::Ellipsis),
            Rule::NUMBER => ExprKind::Constant(self.number(&p)?),
            Rule::strings => return self.strings(p),
            Rule::paren_atom => {
                let Some(body) = p.into_inner().next() else {
                    return Ok(Expr {
                        span,
                        kind: ExprKind::Tuple {
                            elts: Vec::new(),
                            ctx: ExprContext::Load,
                        },
                    });
                };
                let mut it = body.into_inner();
                let first = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                if first.as_rule() == Rule::yield_expr {
                    return self.expr(first);
                }
                match it.next() {
                    Some(rest) if rest.as_rule() == Rule::comp_fors => {
                        let elt = self.expr(first)?;
                        if matches!(elt.kind, ExprKind::Starred { .. }) {
                            return Err(self.err_span(
                                elt.span,
                                "iterable unpacking cannot be used in comprehension",
                            ));
                        }
                        let generators = self.comprehension(rest)?;
                        ExprKind::GeneratorExp {
                            elt: Box::new(elt),
                            generators,
                        }
                    }
                    Some(rest) => {
                        let items: Vec<P> = rest.into_inner().collect();
                        if items.is_empty() {
                            // A parenthesised expression keeps its inner span, as in CPython.
                            let e = self.expr(first)?;
                            if matches!(e.kind, ExprKind::Starred { .. }) {
                                return Err(
                                    self.err_span(e.span, "cannot use starred expression here")
                                );
                            }
                            return Ok(e);
                        }
                        let mut elts = vec![self.expr(first)?];
                        for c in items {
                            if c.as_rule() != Rule::trailing_comma {
                                elts.push(self.expr(c)?);
                            }
                        }
                        ExprKind::Tuple {
                            elts,
                            ctx: ExprContext::Load,
                        }
                    }
                    None => return self.expr(first),
                }
            }
            Rule::list_atom => {
                let mut it = p.into_inner();
                let Some(first) = it.next() else {
                    return Ok(Expr {
                        span,
                        kind: ExprKind::List {
                            elts: Vec::new(),
                            ctx: ExprContext::Load,
                        },
                    });
                };
                match it.next() {
                    Some(rest) if rest.as_rule() == Rule::comp_fors => {
                        let elt = self.expr(first)?;
                        if matches!(elt.kind, ExprKind::Starred { .. }) {
                            return Err(self.err_span(
                                elt.span,
                                "iterable unpacking cannot be used in comprehension",
                            ));
                        }
                        let generators = self.comprehension(rest)?;
                        ExprKind::ListComp {
                            elt: Box::new(elt),
                            generators,
                        }
                    }
                    rest => {
                        let mut elts = vec![self.expr(first)?];
                        if let Some(rest) = rest {
                            for c in rest.into_inner() {
                                if c.as_rule() != Rule::trailing_comma {
                                    elts.push(self.expr(c)?);
                                }
                            }
                        }
                        ExprKind::List {
                            elts,
                            ctx: ExprContext::Load,
                        }
                    }
                }
            }
            Rule::brace_atom => {
                let Some(body) = p.into_inner().next() else {
                    return Ok(Expr {
                        span,
                        kind: ExprKind::Dict {
                            keys: Vec::new(),
                            values: Vec::new(),
                        },
                    });
                };
                let mut it = body.into_inner();
                let first = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                if first.as_rule() == Rule::double_star_item {
                    let mut keys = vec![None];
                    let v = only(self, first, "**item")?;
                    let mut values = vec![self.expr(v)?];
                    if let Some(rest) = it.next() {
                        self.dict_items(rest, &mut keys, &mut values)?;
                    }
                    ExprKind::Dict { keys, values }
                } else {
                    let first_e = self.expr(first)?;
                    match it.next() {
                        Some(dv) if dv.as_rule() == Rule::dict_value => {
                            let v = only(self, dv, "dict value")?;
                            let value = self.expr(v)?;
                            match it.next() {
                                Some(fors) if fors.as_rule() == Rule::comp_fors => {
                                    let generators = self.comprehension(fors)?;
                                    ExprKind::DictComp {
                                        key: Box::new(first_e),
                                        value: Box::new(value),
                                        generators,
                                    }
                                }
                                rest => {
                                    let mut keys = vec![Some(first_e)];
                                    let mut values = vec![value];
                                    if let Some(rest) = rest {
                                        self.dict_items(rest, &mut keys, &mut values)?;
                                    }
                                    ExprKind::Dict { keys, values }
                                }
                            }
                        }
                        Some(fors) if fors.as_rule() == Rule::comp_fors => {
                            if matches!(first_e.kind, ExprKind::Starred { .. }) {
                                return Err(self.err_span(
                                    first_e.span,
                                    "iterable unpacking cannot be used in comprehension",
                                ));
                            }
                            let generators = self.comprehension(fors)?;
                            ExprKind::SetComp {
                                elt: Box::new(first_e),
                                generators,
                            }
                        }
                        rest => {
                            let mut elts = vec![first_e];
                            if let Some(rest) = rest {
                                for c in rest.into_inner() {
                                    if c.as_rule() != Rule::trailing_comma {
                                        elts.push(self.expr(c)?);
                                    }
                                }
                            }
                            ExprKind::Set(elts)
                        }
                    }
                }
            }
            _ => return Err(self.drift(&p, "atom")),
        };
        Ok(Expr { span, kind })
    }

    fn dict_items(
        &mut self,
        rest: P,
        keys: &mut Vec<Option<Expr>>,
        values: &mut Vec<Expr>,
    ) -> R<()> {
        for item in rest.into_inner() {
            let mut it = item.into_inner();
            let Some(first) = it.next() else { continue };
            if first.as_rule() == Rule::double_star_item {
                let v = only(self, first, "**item")?;
                keys.push(None);
                values.push(self.expr(v)?);
            } else {
                let k = self.expr(first)?;
                let v = match it.next() {
                    Some(v) => self.expr(v)?,
                    None => return Err(self.err_span(k.span, "invalid syntax")),
                };
                keys.push(Some(k));
                values.push(v);
            }
        }
        Ok(())
    }

    pub fn number(&self, p: &P) -> R<Constant> {
        let text: String = p.as_str().chars().filter(|c| *c != '_').collect();
        let lower = text.to_ascii_lowercase();
        if let Some(im) = lower.strip_suffix('j') {
            let v: f64 = im.parse().unwrap_or(f64::INFINITY);
            return Ok(Constant::Complex(v));
        }
        let radix = if lower.starts_with("0x") {
            16
        } else if lower.starts_with("0o") {
            8
        } else if lower.starts_with("0b") {
            2
        } else {
            10
        };
        if radix != 10 {
            return Ok(int_constant(&lower[2..], radix));
        }
        if lower.contains(['.', 'e']) {
            return Ok(Constant::Float(lower.parse().unwrap_or(f64::INFINITY)));
        }
        if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0') {
            return Err(self.err(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"));
        }
        Ok(int_constant(&lower, 10))
    }

    /// Source offset of the token after a run of string literals (where CPython reports
    /// errors found while joining them).
    fn after_strings(&self, p: &P) -> usize {
        let end = p.as_span().end();
        let skipped = self.pre.text[end..]
            .bytes()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        self.off(end + skipped)
    }

    /// Adjacent string literals, concatenated.
    fn strings(&mut self, p: P) -> R<Expr> {
        let span = self.span(&p);
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_str = false;
        let mut any_f = false;
        let mut kind_u = false;
        let after = self.after_strings(&p);
        for (i, s) in p.into_inner().enumerate() {
            let sspan = self.span(&s);
            let text = self
                .src
                .get(sspan.start as usize..sspan.end as usize)
                .unwrap_or("");
            let prefix_len = text.find(['\'', '"']).unwrap_or(0);
            let prefix = text[..prefix_len].to_ascii_lowercase();
            let q = &text[prefix_len..];
            let triple = q.starts_with("'''") || q.starts_with("\"\"\"");
            let ql = if triple { 3 } else { 1 };
            let body_start = sspan.start as usize + prefix_len + ql;
            let body = q.get(ql..q.len().saturating_sub(ql)).unwrap_or("");
            let raw = prefix.contains('r');
            if i == 0 && prefix.contains('u') {
                kind_u = true;
            }
            if prefix.contains('b') {
                if saw_str {
                    return Err(self.err_at(after, "cannot mix bytes and nonbytes literals"));
                }
                let b = self
                    .decode_bytes(body, raw, body_start)
                    .map_err(|e| self.err_at(sspan.start as usize, e.message))?;
                bytes.get_or_insert_with(Vec::new).extend(b);
            } else {
                if bytes.is_some() {
                    return Err(self.err_at(after, "cannot mix bytes and nonbytes literals"));
                }
                saw_str = true;
                if prefix.contains('f') {
                    any_f = true;
                    self.fstring(body, raw, body_start, &mut pieces)?;
                } else {
                    let s = self
                        .decode_str(body, raw, body_start)
                        .map_err(|e| self.err_at(sspan.start as usize, e.message))?;
                    pieces.push(Piece::Text(s));
                }
            }
        }
        if let Some(b) = bytes {
            return Ok(Expr {
                span,
                kind: ExprKind::Constant(Constant::Bytes(b)),
            });
        }
        if !any_f {
            let mut s = String::new();
            for piece in pieces {
                if let Piece::Text(t) = piece {
                    s.push_str(&t);
                }
            }
            let _ = kind_u;
            return Ok(Expr {
                span,
                kind: ExprKind::Constant(Constant::Str(s)),
            });
        }
        // Merge adjacent text; drop empty text.
        let mut values: Vec<Expr> = Vec::new();
        let mut text = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(t) => text.push_str(&t),
                Piece::Field(e) => {
                    if !text.is_empty() {
                        values.push(Expr {
                            span,
                            kind: ExprKind::Constant(Constant::Str(std::mem::take(&mut text))),
                        });
                    }
                    values.push(e);
                }
            }
        }
        if !text.is_empty() {
            values.push(Expr {
                span,
                kind: ExprKind::Constant(Constant::Str(text)),
            });
        }
        Ok(Expr {
            span,
            kind: ExprKind::JoinedStr(values),
        })
    }

    fn decode_bytes(&self, body: &str, raw: bool, at: usize) -> R<Vec<u8>> {
        if body.contains('\r') {
            let unix = body.replace("\r\n", "\n").replace('\r', "\n");
            return self.decode_bytes(&unix, raw, at);
        }
        if let Some(pos) = body.find(|c: char| !c.is_ascii()) {
            return Err(self.err_at(at + pos, "bytes can only contain ASCII literal characters"));
        }
        if raw {
            return Ok(body.as_bytes().to_vec());
        }
        let mut out = Vec::with_capacity(body.len());
        let b = body.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'\\' || i + 1 >= b.len() {
                out.push(b[i]);
                i += 1;
                continue;
            }
            let c = b[i + 1];
            i += 2;
            match c {
                b'\n' => {}
                b'\\' => out.push(b'\\'),
                b'\'' => out.push(b'\''),
                b'"' => out.push(b'"'),
                b'a' => out.push(7),
                b'b' => out.push(8),
                b'f' => out.push(12),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(11),
                b'0'..=b'7' => {
                    let mut v = (c - b'0') as u32;
                    let mut n = 1;
                    while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + (b[i] - b'0') as u32;
                        i += 1;
                        n += 1;
                    }
                    out.push((v & 0xff) as u8);
                }
                b'x' => {
                    let hex = body
                        .get(i..i + 2)
                        .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()));
                    match hex {
                        Some(h) => {
                            out.push(u8::from_str_radix(h, 16).unwrap_or(0));
                            i += 2;
                        }
                        None => {
                            return Err(self.err_at(
                                at + i - 2,
                                format!("(value error) invalid \\x escape at position {}", i - 2),
                            ))
                        }
                    }
                }
                other => {
                    out.push(b'\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }

    fn decode_str(&self, body: &str, raw: bool, at: usize) -> R<String> {
        if body.contains('\r') {
            // Newlines in literals are "\n" whatever the file uses, as in CPython.
            let unix = body.replace("\r\n", "\n").replace('\r', "\n");
            return self.decode_str(&unix, raw, at);
        }
        if raw || !body.contains('\\') {
            return Ok(body.to_string());
        }
        let mut out = String::with_capacity(body.len());
        let mut chars = body.char_indices().peekable();
        while let Some((pos, c)) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some((_, e)) = chars.next() else {
                out.push('\\');
                break;
            };
            match e {
                '\n' => {}
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut v = e.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek() {
                            Some((_, d)) if d.is_digit(8) => {
                                v = v * 8 + d.to_digit(8).unwrap_or(0);
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                'x' | 'u' | 'U' => {
                    let n = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut hex = String::new();
                    for _ in 0..n {
                        match chars.peek() {
                            Some((_, d)) if d.is_ascii_hexdigit() => {
                                hex.push(*d);
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    let escape = match e {
                        'x' => "\\xXX",
                        'u' => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    };
                    if hex.len() != n {
                        return Err(self.err_at(at + pos, format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {escape} escape", pos, pos + 1 + hex.len())));
                    }
                    let v = u32::from_str_radix(&hex, 16).unwrap_or(0);
                    match char::from_u32(v).or_else(|| crate::ast::surrogate_char(v)) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(self.err_at(at + pos, format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character", pos, pos + 1 + n)));
                        }
                    }
                }
                'N' => {
                    return Err(
                        self.err_at(at + pos, "\\N{...} escapes are not supported by Terrarium")
                    );
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }

    /// The body of one f-string literal: text and replacement fields.
    fn fstring(&mut self, body: &str, raw: bool, at: usize, pieces: &mut Vec<Piece>) -> R<()> {
        let b = body.as_bytes();
        let mut text_start = 0;
        let mut i = 0;
        let flush = |l: &Lowerer, pieces: &mut Vec<Piece>, from: usize, to: usize| -> R<()> {
            if to > from {
                let raw_text = body[from..to].replace("{{", "{").replace("}}", "}");
                let t = l.decode_str(&raw_text, raw, at + from)?;
                pieces.push(Piece::Text(t));
            }
            Ok(())
        };
        while i < b.len() {
            match b[i] {
                b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
                b'}' if b.get(i + 1) == Some(&b'}') => i += 2,
                // A backslash never escapes a brace in an f-string.
                b'\\' if !raw && !matches!(b.get(i + 1), Some(b'{' | b'}')) => i += 2,
                b'{' => {
                    flush(self, pieces, text_start, i)?;
                    let end = field_end(b, i + 1)
                        .ok_or_else(|| self.err_at(at + i, "f-string: expecting '}'"))?;
                    self.fstring_field(&body[i + 1..end], at + i + 1, pieces)?;
                    i = end + 1;
                    text_start = i;
                }
                _ => i += 1,
            }
        }
        flush(self, pieces, text_start, b.len())
    }

    /// `expr[=][!conv][:spec]` of a replacement field at source offset `at`.
    fn fstring_field(&mut self, field: &str, at: usize, pieces: &mut Vec<Piece>) -> R<()> {
        let b = field.as_bytes();
        // Find the end of the expression: `!` (not `!=`), `:` or `=` at depth 0, outside strings.
        let mut depth = 0i32;
        let mut i = 0;
        let mut quote: Option<u8> = None;
        let mut expr_end = b.len();
        while i < b.len() {
            let c = b[i];
            if let Some(q) = quote {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => {
                    expr_end = i;
                    break;
                }
                b':' if depth == 0 => {
                    expr_end = i;
                    break;
                }
                b'=' if depth == 0 => {
                    let prev = if i > 0 { b[i - 1] } else { 0 };
                    let next = b.get(i + 1).copied().unwrap_or(0);
                    if !matches!(prev, b'=' | b'!' | b'<' | b'>') && next != b'=' {
                        expr_end = i;
                        break;
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_text = &field[..expr_end];
        if expr_text.trim().is_empty() {
            return Err(self.err_at(at, "f-string: valid expression required before '}'"));
        }
        let mut rest = &field[expr_end..];
        let mut debug = false;
        if let Some(r) = rest.strip_prefix('=') {
            debug = true;
            // The text shown is the expression, `=` and the spaces after it.
            let spaces = r.len() - r.trim_start().len();
            pieces.push(Piece::Text(format!("{expr_text}={}", &r[..spaces])));
            rest = &r[spaces..];
        }
        let mut conversion = Conversion::None;
        if let Some(r) = rest.strip_prefix('!') {
            let c = r.chars().next();
            conversion = match c {
                Some('s') => Conversion::Str,
                Some('r') => Conversion::Repr,
                Some('a') => Conversion::Ascii,
                Some(c) if !matches!(c, ':' | '}') && !c.is_whitespace() => {
                    return Err(self.err_at(
                        at + expr_end + 1,
                        format!(
                        "f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"
                    ),
                    ))
                }
                _ => {
                    return Err(
                        self.err_at(at + expr_end + 1, "f-string: missing conversion character")
                    )
                }
            };
            rest = &r[1..];
        }
        let value = self.fstring_expr(expr_text, at)?;
        let format_spec = match rest.strip_prefix(':') {
            Some(spec) => {
                let mut spec_pieces = Vec::new();
                let spec_at = at + (field.len() - spec.len());
                self.fstring_spec(spec, spec_at, &mut spec_pieces)?;
                let mut values = Vec::new();
                for piece in spec_pieces {
                    match piece {
                        Piece::Text(t) => values.push(Expr {
                            span: value.span,
                            kind: ExprKind::Constant(Constant::Str(t)),
                        }),
                        Piece::Field(e) => values.push(e),
                    }
                }
                Some(Box::new(Expr {
                    span: value.span,
                    kind: ExprKind::JoinedStr(values),
                }))
            }
            None => None,
        };
        if debug && conversion == Conversion::None && format_spec.is_none() {
            conversion = Conversion::Repr;
        }
        let span = Span::new(at as u32 - 1, (at + field.len() + 1) as u32);
        pieces.push(Piece::Field(Expr {
            span,
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        }));
        Ok(())
    }

    fn fstring_spec(&mut self, spec: &str, at: usize, pieces: &mut Vec<Piece>) -> R<()> {
        let b = spec.as_bytes();
        let mut text_start = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'{' {
                if i > text_start {
                    pieces.push(Piece::Text(spec[text_start..i].to_string()));
                }
                let end = field_end(b, i + 1)
                    .ok_or_else(|| self.err_at(at + i, "f-string: expecting '}'"))?;
                self.fstring_field(&spec[i + 1..end], at + i + 1, pieces)?;
                i = end + 1;
                text_start = i;
            } else {
                i += 1;
            }
        }
        if text_start < b.len() {
            pieces.push(Piece::Text(spec[text_start..].to_string()));
        }
        Ok(())
    }

    /// Parses a replacement field's expression on its own (wrapped in parentheses so newlines
    /// inside are whitespace), with spans pointing into the enclosing source.
    fn fstring_expr(&mut self, text: &str, at: usize) -> R<Expr> {
        let wrapped = format!("({text})");
        let pre = prescan(&wrapped).map_err(|e| self.err_at(at, e.message))?;
        let pairs = PythonParser::parse(Rule::fstring_expr, &pre.text)
            .map_err(|_| self.err_at(at, "f-string: invalid syntax"))?;
        let mut sub = Lowerer {
            src: self.src,
            pre: &pre,
            base: at,
            shift: 1,
            budget: self.budget,
            stack: self.stack,
        };
        for p in pairs {
            for c in p.into_inner() {
                if matches!(c.as_rule(), Rule::EOI) {
                    continue;
                }
                return sub.expr(c);
            }
        }
        Err(self.err_at(at, "f-string: valid expression required before '}'"))
    }
}

/// Index of the `}` closing the field whose content starts at `from`.
fn field_end(b: &[u8], from: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = from;
    let mut quote: Option<(u8, bool)> = None;
    let mut in_spec = false;
    while i < b.len() {
        let c = b[i];
        if let Some((q, triple)) = quote {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
                quote = None;
                i += if triple { 3 } else { 1 };
                continue;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                quote = Some((c, triple));
                i += if triple { 3 } else { 1 };
                continue;
            }
            // A comment in the expression part; in the format spec `#` is text.
            b'#' if !in_spec => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b':' if depth == 0 => in_spec = true,
            b'{' | b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// An int literal's digits in `radix` as a constant (i64 or decimal digits of a big int).
fn int_constant(digits: &str, radix: u32) -> Constant {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int(v);
    }
    // Big: convert to decimal with base-1e9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    let mut s = limbs.last().map(|l| l.to_string()).unwrap_or_default();
    for limb in limbs.iter().rev().skip(1) {
        s.push_str(&format!("{limb:09}"));
    }
    Constant::BigInt(s)
}
