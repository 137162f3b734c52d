//! The parser of `str.format()` templates: literal text and `{field_name!conversion:format_spec}`
//! fields, as CPython's `MarkupIterator` and `FieldNameIterator` read them; the caller resolves
//! values and formats them.
//!
//! CPython parses lazily: a field is looked up and formatted before the rest of the template is
//! read, so in `'{0!x}{'` the bad conversion is reported, not the lone brace. [`MarkupIter`]
//! keeps that order by yielding one item at a time; [`FieldName::rest_error`] does the same for
//! the `.attr`/`[key]` chain, whose errors come after the lookups before them.
//!
//! A driver follows CPython's `build_string`:
//! ```text
//! render(template, depth):            # depth starts at MAX_FORMAT_RECURSION
//!     if depth == 0: raise recursion_error()
//!     for item in MarkupIter::new(template):   # each item may be an error: raise it
//!         write item.literal
//!         if item.field is f:
//!             name = parse_field_name(f.name, Some(&mut auto))   # one AutoNumber per call
//!             obj = args[i] / kwargs[key]; then each of name.rest; then raise name.rest_error
//!             if f.conversion is c: obj = repr/str/ascii(obj) per conversion_kind(c)?
//!             spec = render(f.spec, depth - 1) if f.spec_needs_expanding else f.spec
//!             write format(obj, spec)
//! ```

use super::str_methods::StrError;
use super::str_predicates::decimal_value;

/// How deep format specs may nest fields: `'{:{}}'` is fine, `'{:{:{}}}'` is not.
pub const MAX_FORMAT_RECURSION: u32 = 2;

/// One replacement field, as written in the template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMarkup<'a> {
    /// Everything before `!` or `:`; may be empty (automatic numbering).
    pub name: &'a str,
    /// The character after `!`, unchecked: see [`conversion_kind`].
    pub conversion: Option<char>,
    /// Everything after `:`, without the closing brace; may hold nested fields.
    pub spec: &'a str,
    /// The spec holds `{`: it must be rendered as a template first.
    pub spec_needs_expanding: bool,
}

/// Literal text followed by at most one field, as `string.Formatter().parse()` yields them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Markup<'a> {
    /// Text to copy as is; a doubled brace contributes one brace.
    pub literal: &'a str,
    pub field: Option<FieldMarkup<'a>>,
}

/// Iterates a template's [`Markup`]s; after an error it yields nothing more.
pub struct MarkupIter<'a> {
    template: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> MarkupIter<'a> {
    pub fn new(template: &'a str) -> MarkupIter<'a> {
        MarkupIter {
            template,
            pos: 0,
            failed: false,
        }
    }

    fn step(&mut self) -> Result<Markup<'a>, StrError> {
        let s = self.template;
        let start = self.pos;
        let rest = s.get(start..).unwrap_or("");
        let Some(off) = rest.find(['{', '}']) else {
            self.pos = s.len();
            return Ok(Markup {
                literal: rest,
                field: None,
            });
        };
        let brace = start + off;
        let after = brace + 1;
        let is_open = rest.as_bytes().get(off) == Some(&b'{');
        let next = s.get(after..).and_then(|t| t.chars().next());
        let doubled = next == Some(if is_open { '{' } else { '}' });
        if !is_open && !doubled {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if doubled {
            self.pos = after + 1;
            return Ok(Markup {
                literal: s.get(start..after).unwrap_or(""),
                field: None,
            });
        }
        self.pos = after;
        let field = self.parse_field()?;
        Ok(Markup {
            literal: s.get(start..brace).unwrap_or(""),
            field: Some(field),
        })
    }

    /// CPython's `parse_field`, from just after the opening brace.
    fn parse_field(&mut self) -> Result<FieldMarkup<'a>, StrError> {
        let s = self.template;
        let name_start = self.pos;
        let mut chars = s.get(name_start..).unwrap_or("").char_indices();
        let mut terminator = None;
        while let Some((i, c)) = chars.next() {
            match c {
                '{' => return Err(value_error("unexpected '{' in field name")),
                // An index may hold any of the terminators: skip to its ']'.
                '[' => {
                    for (_, c) in chars.by_ref() {
                        if c == ']' {
                            break;
                        }
                    }
                }
                '}' | ':' | '!' => {
                    terminator = Some((name_start + i, c));
                    break;
                }
                _ => {}
            }
        }
        let Some((name_end, term)) = terminator else {
            return Err(value_error("expected '}' before end of string"));
        };
        let name = s.get(name_start..name_end).unwrap_or("");
        let mut field = FieldMarkup {
            name,
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        };
        self.pos = name_end + 1;
        if term == '}' {
            return Ok(field);
        }
        if term == '!' {
            let mut rest = s.get(self.pos..).unwrap_or("").chars();
            let Some(conv) = rest.next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            // CPython marks "no conversion" with NUL, so `!\0` means none.
            field.conversion = (conv != '\0').then_some(conv);
            self.pos += conv.len_utf8();
            match rest.next() {
                Some('}') => {
                    self.pos += 1;
                    return Ok(field);
                }
                Some(':') => self.pos += 1,
                Some(_) => return Err(value_error("expected ':' after conversion specifier")),
                None => {}
            }
        }
        let spec_start = self.pos;
        let mut depth = 1usize;
        for (i, c) in s.get(spec_start..).unwrap_or("").char_indices() {
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = s.get(spec_start..spec_start + i).unwrap_or("");
                        self.pos = spec_start + i + 1;
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(value_error("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = Result<Markup<'a>, StrError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.template.len() {
            return None;
        }
        let item = self.step();
        self.failed = item.is_err();
        Some(item)
    }
}

/// The whole template at once. Unlike iterating [`MarkupIter`] while rendering, this reports a
/// syntax error late in the template even when CPython would first fail on an earlier field.
pub fn str_format_field_parse(template: &str) -> Result<Vec<Markup<'_>>, StrError> {
    MarkupIter::new(template).collect()
}

fn value_error(msg: &str) -> StrError {
    StrError::Value(msg.to_string())
}

/// The ValueError for fields nested deeper than [`MAX_FORMAT_RECURSION`].
pub fn recursion_error() -> StrError {
    value_error("Max string recursion exceeded")
}

/// A field's `!conversion`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Repr,
    Str,
    Ascii,
}

/// Checks a conversion character; CPython does so after looking the field's value up.
pub fn conversion_kind(c: char) -> Result<Conversion, StrError> {
    match c {
        'r' => Ok(Conversion::Repr),
        's' => Ok(Conversion::Str),
        'a' => Ok(Conversion::Ascii),
        c if (33..127).contains(&(c as u32)) => {
            Err(StrError::Value(format!("Unknown conversion specifier {c}")))
        }
        c => Err(StrError::Value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// All decimal digits (any script), or automatic numbering: a positional argument.
    Index(usize),
    /// Anything else: a keyword argument (the empty name only without automatic numbering).
    Name(&'a str),
}

/// One `.attr` or `[key]` after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccess<'a> {
    Attr(&'a str),
    /// `[digits]`: sequences index it directly, other objects get an int key.
    Index(usize),
    /// `[text]`: a str key.
    Key(&'a str),
}

/// A parsed field name: look `key` up, apply `rest` in order, then raise `rest_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub key: FieldKey<'a>,
    pub rest: Vec<FieldAccess<'a>>,
    pub rest_error: Option<StrError>,
}

/// Automatic (`{}`) versus manual (`{0}`) numbering, shared by a template and its nested specs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    mode: Option<bool>,
    next: usize,
}

/// CPython's `get_integer`: `Ok(None)` unless all decimal digits.
fn get_integer(s: &str) -> Result<Option<usize>, StrError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(i64::from(d)))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(usize::try_from(acc).ok())
}

/// CPython's `field_name_split` plus `FieldNameIterator`. With `auto` (as `str.format` has),
/// an empty name takes the next automatic number and mixing the two styles is an error;
/// without it (`_string.formatter_field_name_split`), an empty name is the key ''.
pub fn parse_field_name<'a>(
    name: &'a str,
    auto: Option<&mut AutoNumber>,
) -> Result<FieldName<'a>, StrError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = name.get(..first_end).unwrap_or("");
    let index = get_integer(first)?;
    let mut key = match index {
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    if let Some(auto) = auto {
        let is_empty = first.is_empty();
        if is_empty || index.is_some() {
            let mode = *auto.mode.get_or_insert(is_empty);
            if mode && !is_empty {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if !mode && is_empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        }
        if is_empty {
            key = FieldKey::Index(auto.next);
            auto.next += 1;
        }
    }
    let (rest, rest_error) = parse_rest(name.get(first_end..).unwrap_or(""));
    Ok(FieldName {
        key,
        rest,
        rest_error,
    })
}

/// The `.attr`/`[key]` chain, up to its first error.
fn parse_rest(mut s: &str) -> (Vec<FieldAccess<'_>>, Option<StrError>) {
    let mut rest = Vec::new();
    while let Some(c) = s.chars().next() {
        let body = s.get(1..).unwrap_or("");
        let (access, text, tail) = match c {
            '.' => {
                let end = body.find(['.', '[']).unwrap_or(body.len());
                let text = body.get(..end).unwrap_or("");
                (FieldAccess::Attr(text), text, body.get(end..).unwrap_or(""))
            }
            '[' => {
                let Some(end) = body.find(']') else {
                    return (rest, Some(value_error("Missing ']' in format string")));
                };
                let text = body.get(..end).unwrap_or("");
                let access = match get_integer(text) {
                    Ok(Some(i)) => FieldAccess::Index(i),
                    Ok(None) => FieldAccess::Key(text),
                    Err(e) => return (rest, Some(e)),
                };
                (access, text, body.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let msg = "Only '.' or '[' may follow ']' in format field specifier";
                return (rest, Some(value_error(msg)));
            }
        };
        if text.is_empty() {
            return (rest, Some(value_error("Empty attribute in format string")));
        }
        rest.push(access);
        s = tail;
    }
    (rest, None)
}

/// The IndexError message for a positional field beyond the arguments.
pub fn index_out_of_range_message(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

/// The ValueError of `str.format_map` for a positional field.
pub fn positional_in_format_map_error() -> StrError {
    value_error("Format string contains positional fields")
}

#[cfg(test)]
#[path = "str_format_parse_tests.rs"]
mod tests;
