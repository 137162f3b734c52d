//! Tests for `str_format_parse`: the template and field-name parsers against CPython's
//! `_string` helpers, and a full `str.format` driver against CPython formatting test objects
//! (`V` in tools/gen_tests.py); all expected values come from CPython 3.13.

use super::super::str_methods::tests::show;
use super::super::str_quote::{str_ascii, str_repr};
use super::*;

/// The keyword arguments of the generated `str.format` calls; there are three positional ones.
const KWARGS: [&str; 4] = ["a", "b", "w", "é"];
const POSITIONAL: usize = 3;

/// A field as `_string.formatter_parser` shows it: (name, spec, conversion).
type ParsedField = (&'static str, &'static str, Option<&'static str>);
/// (template, the (literal, field) items, the error that stopped the parse)
type ParseCase = (
    &'static str,
    &'static [(&'static str, Option<ParsedField>)],
    Option<&'static str>,
);
/// (name, `_string.formatter_field_name_split(name)`: first, accesses, the error after them)
type FieldNameCase = (
    &'static str,
    Result<
        (
            FieldKey<'static>,
            &'static [FieldAccess<'static>],
            Option<&'static str>,
        ),
        &'static str,
    >,
);

/// `ascii()` of a str without its quotes: the repr text with non-ASCII escaped.
fn escape_non_ascii(s: &str) -> String {
    let quoted = str_ascii(s);
    let mut chars = quoted.chars();
    chars.next();
    chars.next_back();
    chars.as_str().to_string()
}

/// A `str.format` driver over the test objects, following CPython's `build_string`: values are
/// named by their path ("p0[1].x"), `format()` writes "<path|spec>", `repr` "R(path)", `str`
/// "S(path)".
fn render(template: &str, depth: u32, auto: &mut AutoNumber) -> Result<String, String> {
    let fail = |e: StrError| show(&e);
    if depth == 0 {
        return Err(fail(recursion_error()));
    }
    let mut out = String::new();
    for item in MarkupIter::new(template) {
        let item = item.map_err(fail)?;
        out.push_str(item.literal);
        let Some(field) = item.field else { continue };
        let name = parse_field_name(field.name, Some(auto)).map_err(fail)?;
        let mut obj = match name.key {
            FieldKey::Index(i) if i < POSITIONAL => format!("p{i}"),
            FieldKey::Index(i) => {
                return Err(format!("IndexError: {}", index_out_of_range_message(i)))
            }
            FieldKey::Name(k) if KWARGS.contains(&k) => k.to_string(),
            FieldKey::Name(k) => return Err(format!("KeyError: {}", str_repr(k))),
        };
        for access in &name.rest {
            obj = match access {
                FieldAccess::Attr(a) => format!("{obj}.{a}"),
                FieldAccess::Index(i) => format!("{obj}[{i}]"),
                FieldAccess::Key(k) => format!("{obj}[{}]", str_repr(k)),
            };
        }
        if let Some(e) = name.rest_error {
            return Err(fail(e));
        }
        let converted = match field.conversion {
            None => None,
            Some(c) => Some(match conversion_kind(c).map_err(fail)? {
                Conversion::Repr => format!("R({obj})"),
                Conversion::Str => format!("S({obj})"),
                Conversion::Ascii => escape_non_ascii(&format!("R({obj})")),
            }),
        };
        let spec = if field.spec_needs_expanding {
            render(field.spec, depth - 1, auto)?
        } else {
            field.spec.to_string()
        };
        match converted {
            Some(text) => out.push_str(&text),
            None => out.push_str(&format!("<{obj}|{spec}>")),
        }
    }
    Ok(out)
}

#[test]
fn format_matches_cpython() {
    for &(template, expected) in FORMAT {
        let got = render(template, MAX_FORMAT_RECURSION, &mut AutoNumber::default());
        assert_eq!(
            got.as_deref(),
            expected.map_err(String::from).as_deref(),
            "{template:?}.format(...)"
        );
    }
}

#[test]
fn markup_matches_cpython_formatter_parser() {
    for &(template, items, error) in PARSE {
        let mut got = Vec::new();
        let mut got_error = None;
        for item in MarkupIter::new(template) {
            match item {
                Ok(m) => got.push((m.literal, m.field.map(|f| (f.name, f.spec, f.conversion)))),
                Err(e) => got_error = Some(show(&e)),
            }
        }
        let expected: Vec<_> = items
            .iter()
            .map(|&(lit, f)| {
                (
                    lit,
                    f.map(|(n, s, c)| (n, s, c.and_then(|c| c.chars().next()))),
                )
            })
            .collect();
        assert_eq!(got, expected, "formatter_parser({template:?})");
        assert_eq!(
            got_error.as_deref(),
            error,
            "formatter_parser({template:?})"
        );
        let whole = str_format_field_parse(template).map_err(|e| show(&e));
        assert_eq!(
            whole.is_err(),
            error.is_some(),
            "str_format_field_parse({template:?})"
        );
    }
}

#[test]
fn field_names_match_cpython_split() {
    for (name, expected) in FIELD_NAMES {
        let got = parse_field_name(name, None).map_err(|e| show(&e));
        match (got, expected) {
            (Ok(got), Ok((key, rest, error))) => {
                assert_eq!(&got.key, key, "{name:?}");
                assert_eq!(&got.rest, rest, "{name:?}");
                assert_eq!(
                    got.rest_error.as_ref().map(show).as_deref(),
                    *error,
                    "{name:?}"
                );
            }
            (Err(got), Err(expected)) => assert_eq!(&got, expected, "{name:?}"),
            (got, _) => panic!("{name:?}: got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn spec_expansion_flag() {
    for &(template, _, error) in PARSE {
        if error.is_some() {
            continue;
        }
        for item in MarkupIter::new(template).flatten() {
            if let Some(f) = item.field {
                assert_eq!(f.spec_needs_expanding, f.spec.contains('{'), "{template:?}");
            }
        }
    }
}

// BEGIN GENERATED by gen_tests.py from CPython 3.13: do not edit.
/// (template, _string.formatter_parser(template) items as (literal, (name, spec,
/// conversion)), then the error that stopped it)
#[rustfmt::skip]
const PARSE: &[ParseCase] = &[
    ("", &[], None), ("abc", &[("abc", None)], None), ("{{", &[("{", None)], None),
    ("}}", &[("}", None)], None), ("a{{b}}c", &[("a{", None), ("b}", None), ("c", None)], None),
    ("{{}}", &[("{", None), ("}", None)], None),
    ("{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("a{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("a}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{}", &[("", Some(("", "", None)))], None), ("{0}", &[("", Some(("0", "", None)))], None),
    ("{1}{0}", &[("", Some(("1", "", None))), ("", Some(("0", "", None)))], None),
    ("{a}", &[("", Some(("a", "", None)))], None),
    ("{\u{e9}}", &[("", Some(("\u{e9}", "", None)))], None),
    ("{0!r}", &[("", Some(("0", "", Some("r"))))], None),
    ("{0!s}", &[("", Some(("0", "", Some("s"))))], None),
    ("{0!a}", &[("", Some(("0", "", Some("a"))))], None),
    ("{\u{e9}!a}", &[("", Some(("\u{e9}", "", Some("a"))))], None),
    ("{0!x}", &[("", Some(("0", "", Some("x"))))], None),
    ("{0!x}{", &[("", Some(("0", "", Some("x"))))], Some("ValueError: Single '{' encountered in format string")),
    ("{!r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{!}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{!}x}", &[], Some("ValueError: expected ':' after conversion specifier")),
    ("{0!rr}", &[], Some("ValueError: expected ':' after conversion specifier")),
    ("{0!}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{0!\u{0}}", &[("", Some(("0", "", None)))], None),
    ("{0!\u{1}}", &[("", Some(("0", "", Some("\u{1}"))))], None),
    ("{0!\u{e9}}", &[("", Some(("0", "", Some("\u{e9}"))))], None),
    ("{0! }", &[("", Some(("0", "", Some(" "))))], None),
    ("{0:>5}", &[("", Some(("0", ">5", None)))], None),
    ("{0:{1}}", &[("", Some(("0", "{1}", None)))], None),
    ("{:{}}", &[("", Some(("", "{}", None)))], None),
    ("{:{}}{}", &[("", Some(("", "{}", None))), ("", Some(("", "", None)))], None),
    ("{:{:{}}}", &[("", Some(("", "{:{}}", None)))], None),
    ("{0:{1}{2}}", &[("", Some(("0", "{1}{2}", None)))], None),
    ("{0:{{}}}", &[("", Some(("0", "{{}}", None)))], None),
    ("{a.}", &[("", Some(("a.", "", None)))], None),
    ("{a.b}", &[("", Some(("a.b", "", None)))], None),
    ("{0.x.y}", &[("", Some(("0.x.y", "", None)))], None),
    ("{0[1]}", &[("", Some(("0[1]", "", None)))], None),
    ("{0[x]}", &[("", Some(("0[x]", "", None)))], None),
    ("{0[x]y}", &[("", Some(("0[x]y", "", None)))], None),
    ("{0[}", &[], Some("ValueError: expected '}' before end of string")),
    ("{0]}", &[("", Some(("0]", "", None)))], None),
    ("{0[0]x}", &[("", Some(("0[0]x", "", None)))], None),
    ("{0[]}", &[("", Some(("0[]", "", None)))], None),
    ("{0.}", &[("", Some(("0.", "", None)))], None),
    ("{0..b}", &[("", Some(("0..b", "", None)))], None),
    ("{0[1][2].z}", &[("", Some(("0[1][2].z", "", None)))], None),
    ("{0[}]}", &[("", Some(("0[}]", "", None)))], None),
    ("{0[:]}", &[("", Some(("0[:]", "", None)))], None),
    ("{0[!]}", &[("", Some(("0[!]", "", None)))], None),
    ("{a[b]}", &[("", Some(("a[b]", "", None)))], None),
    ("{zz}", &[("", Some(("zz", "", None)))], None), ("{9}", &[("", Some(("9", "", None)))], None),
    ("{\u{663}}", &[("", Some(("\u{663}", "", None)))], None),
    ("{0x}", &[("", Some(("0x", "", None)))], None),
    ("{-1}", &[("", Some(("-1", "", None)))], None),
    ("{99999999999999999999}", &[("", Some(("99999999999999999999", "", None)))], None),
    ("{0[99999999999999999999]}", &[("", Some(("0[99999999999999999999]", "", None)))], None),
    ("{0.a[99999999999999999999]}", &[("", Some(("0.a[99999999999999999999]", "", None)))], None),
    ("{}{0}", &[("", Some(("", "", None))), ("", Some(("0", "", None)))], None),
    ("{0}{}", &[("", Some(("0", "", None))), ("", Some(("", "", None)))], None),
    ("{0!r:{}}", &[("", Some(("0", "{}", Some("r"))))], None),
    ("{:{0}}", &[("", Some(("", "{0}", None)))], None),
    ("{0:{}}", &[("", Some(("0", "{}", None)))], None),
    ("{0{", &[], Some("ValueError: unexpected '{' in field name")),
    ("{0:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{0:{", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{0", &[], Some("ValueError: expected '}' before end of string")),
    ("{x!r:>{w}}", &[("", Some(("x", ">{w}", Some("r"))))], None),
    ("{a!s:}", &[("", Some(("a", "", Some("s"))))], None),
    ("{a:{b:{a}}}", &[("", Some(("a", "{b:{a}}", None)))], None),
    ("x{0}y{1}z", &[("x", Some(("0", "", None))), ("y", Some(("1", "", None))), ("z", None)], None),
    ("\u{e9}{0}\u{1f600}", &[("\u{e9}", Some(("0", "", None))), ("\u{1f600}", None)], None),
    ("{0:}}", &[("", Some(("0", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{0:{}}}", &[("", Some(("0", "{}", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{[}", &[], Some("ValueError: expected '}' before end of string")),
    ("{.}", &[("", Some((".", "", None)))], None), ("{.a}", &[("", Some((".a", "", None)))], None),
    ("{[0]}", &[("", Some(("[0]", "", None)))], None), ("{:}", &[("", Some(("", "", None)))], None),
    ("{!r}", &[("", Some(("", "", Some("r"))))], None),
    ("{!s:}", &[("", Some(("", "", Some("s"))))], None),
    ("{a[0]!r}", &[("", Some(("a[0]", "", Some("r"))))], None),
    ("{a.b!a}", &[("", Some(("a.b", "", Some("a"))))], None),
    ("{0:\u{1f600}^9}", &[("", Some(("0", "\u{1f600}^9", None)))], None),
    ("}{", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{}}", &[("", Some(("", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{{}", &[("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{{{0}}}", &[("{", None), ("", Some(("0", "", None))), ("}", None)], None),
    ("{0}}", &[("", Some(("0", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{{0}", &[("{", None)], Some("ValueError: Single '}' encountered in format string")),
    (".x!r{{a}", &[(".x!r{", None)], Some("ValueError: Single '}' encountered in format string")),
    (":}!0x{::", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{{0}}:", &[("{", None), ("0}", None), (":", None)], None), ("r", &[("r", None)], None),
    (".!{}!", &[(".!", Some(("", "", None))), ("!", None)], None),
    ("a1\u{e9}\u{e9}{a}11", &[("a1\u{e9}\u{e9}", Some(("a", "", None))), ("11", None)], None),
    ("r!", &[("r!", None)], None), ("![]r{{r!", &[("![]r{", None), ("r!", None)], None),
    ("r{}[{x{0}", &[("r", Some(("", "", None)))], Some("ValueError: unexpected '{' in field name")),
    ("1.", &[("1.", None)], None), ("]", &[("]", None)], None),
    ("\u{e9}}}{", &[("\u{e9}}", None)], Some("ValueError: Single '{' encountered in format string")),
    ("]a[x[", &[("]a[x[", None)], None),
    ("]!{:{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("!}.{x{}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{0}x{}}}{{a}}", &[("", Some(("0", "", None))), ("x", Some(("", "", None))), ("}", None), ("{", None), ("a}", None)], None),
    ("!\u{e9}r0:{a}", &[("!\u{e9}r0:", Some(("a", "", None)))], None),
    ("!rx!r", &[("!rx!r", None)], None),
    ("{a}0}}", &[("", Some(("a", "", None))), ("0}", None)], None),
    ("x[}{0}ar", &[], Some("ValueError: Single '}' encountered in format string")),
    ("!r\u{e9}x", &[("!r\u{e9}x", None)], None), ("].", &[("].", None)], None),
    ("{{a[][!", &[("{", None), ("a[][!", None)], None),
    ("a1[{:!}a", &[("a1[", Some(("", "!", None))), ("a", None)], None),
    ("{{{}}:\u{e9}", &[("{", None), ("", Some(("", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    (".{a}{0}", &[(".", Some(("a", "", None))), ("", Some(("0", "", None)))], None),
    ("{:]r1}}1{0}", &[("", Some(("", "]r1", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("!", &[("!", None)], None),
    ("x1}{0}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("1{a}\u{e9}", &[("1", Some(("a", "", None))), ("\u{e9}", None)], None),
    ("!!r{a}{:]{:.", &[("!!r", Some(("a", "", None)))], Some("ValueError: unmatched '{' in format spec")),
    ("{:{}1", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{{!{:]!a{:", &[("{", None)], Some("ValueError: unmatched '{' in format spec")),
    ("!r{{!r", &[("!r{", None), ("!r", None)], None), ("ax}}", &[("ax}", None)], None),
    ("}[x{{.{:", &[], Some("ValueError: Single '}' encountered in format string")),
    ("[]!", &[("[]!", None)], None), ("{{:{{.]", &[("{", None), (":{", None), (".]", None)], None),
    (".{a}[!rxx", &[(".", Some(("a", "", None))), ("[!rxx", None)], None),
    ("x{0}x", &[("x", Some(("0", "", None))), ("x", None)], None),
    ("!{a}x]!r1!r", &[("!", Some(("a", "", None))), ("x]!r1!r", None)], None),
    ("rx", &[("rx", None)], None),
    ("{:[a{0}!\u{e9}}}", &[("", Some(("", "[a{0}!\u{e9}", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{0}[\u{e9}{{.", &[("", Some(("0", "", None))), ("[\u{e9}{", None), (".", None)], None),
    ("{r!}}{a}\u{e9}", &[("", Some(("r", "", Some("}")))), ("", Some(("a", "", None))), ("\u{e9}", None)], None),
    ("!:!}{::", &[], Some("ValueError: Single '}' encountered in format string")),
    ("}1", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{:r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("}{0}{a}x{}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}a}}r:x", &[("\u{e9}a}", None), ("r:x", None)], None), ("x", &[("x", None)], None),
    (".{0}0{{", &[(".", Some(("0", "", None))), ("0{", None)], None),
    ("}{{\u{e9}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("0[{{", &[("0[{", None)], None), ("]}}[x1", &[("]}", None), ("[x1", None)], None),
    ("{0}}}{{x", &[("", Some(("0", "", None))), ("}", None), ("{", None), ("x", None)], None),
    ("1!\u{e9}{}", &[("1!\u{e9}", Some(("", "", None)))], None),
    ("{:r1\u{e9}a", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{{}0", &[("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("}}\u{e9}{{", &[("}", None), ("\u{e9}{", None)], None), ("]}}", &[("]}", None)], None),
    ("{0}{0}:{:", &[("", Some(("0", "", None))), ("", Some(("0", "", None)))], Some("ValueError: unmatched '{' in format spec")),
    ("{:{}{}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("!\u{e9}\u{e9}.[{:.", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{][{:", &[], Some("ValueError: expected '}' before end of string")),
    ("1{:{", &[], Some("ValueError: unmatched '{' in format spec")),
    ("\u{e9}", &[("\u{e9}", None)], None),
    (":[}1", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{}{{:{{{{.:", &[("", Some(("", "", None))), ("{", None), (":{", None), ("{", None), (".:", None)], None),
    ("}:{:.", &[], Some("ValueError: Single '}' encountered in format string")),
    ("1[[{:\u{e9}{:!r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("\u{e9}0{1[[", &[], Some("ValueError: expected '}' before end of string")),
    ("]\u{e9}[!r{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("xx}}1", &[("xx}", None), ("1", None)], None),
    ("{{{a}0", &[("{", None), ("", Some(("a", "", None))), ("0", None)], None),
    ("{{r{{0}{0}\u{e9}", &[("{", None), ("r{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{:{}{:{}r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{a}a[", &[("", Some(("a", "", None))), ("a[", None)], None),
    ("{{0}}}[{:[1", &[("{", None), ("0}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{:{{", &[], Some("ValueError: unmatched '{' in format spec")),
    ("]{{1{0}", &[("]{", None), ("1", Some(("0", "", None)))], None),
    ("{{}a:.", &[("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("aa{]{0}a{}", &[], Some("ValueError: unexpected '{' in field name")),
    ("{:}00:\u{e9}", &[("", Some(("", "", None))), ("00:\u{e9}", None)], None),
    ("01[{a}1!", &[("01[", Some(("a", "", None))), ("1!", None)], None),
    ("!{0}!a\u{e9}", &[("!", Some(("0", "", None))), ("!a\u{e9}", None)], None),
    ("}{{", &[], Some("ValueError: Single '}' encountered in format string")),
    ("a.}}}}}0", &[("a.}", None), ("}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{}\u{e9}1{{0}a", &[("", Some(("", "", None))), ("\u{e9}1{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{:{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("x}1", &[], Some("ValueError: Single '}' encountered in format string")),
    ("[1}}!r[{{", &[("[1}", None), ("!r[{", None)], None),
    ("\u{e9}:.a{{", &[("\u{e9}:.a{", None)], None), (".[", &[(".[", None)], None),
    ("1:x{a}{}", &[("1:x", Some(("a", "", None))), ("", Some(("", "", None)))], None),
    ("1{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("]a}}}a0", &[("]a}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{a}:{}{a}", &[("\u{e9}", Some(("a", "", None))), (":", Some(("", "", None))), ("", Some(("a", "", None)))], None),
    ("]0!r{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("{}}1{0}:", &[("", Some(("", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("0a{:r1\u{e9}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("x:[]", &[("x:[]", None)], None),
    ("x{}{}1x", &[("x", Some(("", "", None))), ("", Some(("", "", None))), ("1x", None)], None),
    ("[{0}x!r}}}", &[("[", Some(("0", "", None))), ("x!r}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("r!{}a0", &[("r!", Some(("", "", None))), ("a0", None)], None), ("rr", &[("rr", None)], None),
    ("{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("x{{0}{:", &[("x{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{0}]", &[("\u{e9}", Some(("0", "", None))), ("]", None)], None),
    ("{a}0r1", &[("", Some(("a", "", None))), ("0r1", None)], None),
    ("!ax{}{:1", &[("!ax", Some(("", "", None)))], Some("ValueError: unmatched '{' in format spec")),
    (".0.![", &[(".0.![", None)], None),
    (":}{:}xx", &[], Some("ValueError: Single '}' encountered in format string")),
    ("}{{a}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("10][", &[("10][", None)], None),
    (":!}r", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{}}:a\u{e9}{}", &[("", Some(("", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("x[!{a}x[", &[("x[!", Some(("a", "", None))), ("x[", None)], None),
    (":!", &[(":!", None)], None),
    ("r}\u{e9}{0}.{", &[], Some("ValueError: Single '}' encountered in format string")),
    ("}{a}{0}!", &[], Some("ValueError: Single '}' encountered in format string")),
    ("!r}}x0a", &[("!r}", None), ("x0a", None)], None),
    ("{:a", &[], Some("ValueError: unmatched '{' in format spec")),
    ("}:}{:", &[], Some("ValueError: Single '}' encountered in format string")),
    ("}}.{0}", &[("}", None), (".", Some(("0", "", None)))], None),
    ("[}}r", &[("[}", None), ("r", None)], None), ("!r{}", &[("!r", Some(("", "", None)))], None),
    ("{{:", &[("{", None), (":", None)], None),
    ("0a{{!\u{e9}ar", &[("0a{", None), ("!\u{e9}ar", None)], None),
    ("{{a}{{x{:", &[("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("}}{}!r1", &[("}", None), ("", Some(("", "", None))), ("!r1", None)], None),
    ("{[{a}:{{0", &[], Some("ValueError: expected '}' before end of string")),
    ("[{:", &[], Some("ValueError: unmatched '{' in format spec")), (".", &[(".", None)], None),
    ("{}]11{{a{:", &[("", Some(("", "", None))), ("]11{", None)], Some("ValueError: unmatched '{' in format spec")),
    ("a{0}", &[("a", Some(("0", "", None)))], None),
    (":.}{::", &[], Some("ValueError: Single '}' encountered in format string")),
    ("[x0a{0}]{}", &[("[x0a", Some(("0", "", None))), ("]", Some(("", "", None)))], None),
    ("{{{[1}}{{a}", &[("{", None)], Some("ValueError: expected '}' before end of string")),
    ("{0}.0{}{{1", &[("", Some(("0", "", None))), (".0", Some(("", "", None))), ("{", None), ("1", None)], None),
    ("a[!", &[("a[!", None)], None), (".{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("][}a{{{{", &[], Some("ValueError: Single '}' encountered in format string")),
    ("x{0}", &[("x", Some(("0", "", None)))], None),
    (".\u{e9}{:!r{0}1", &[], Some("ValueError: unmatched '{' in format spec")),
    ("r]x", &[("r]x", None)], None), ("\u{e9}!0.!r", &[("\u{e9}!0.!r", None)], None),
    ("!1{a}{0}{0}", &[("!1", Some(("a", "", None))), ("", Some(("0", "", None))), ("", Some(("0", "", None)))], None),
    ("{a}:{a}", &[("", Some(("a", "", None))), (":", Some(("a", "", None)))], None),
    ("{0}!{a}}!", &[("", Some(("0", "", None))), ("!", Some(("a", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("{:{:\u{e9}{0", &[], Some("ValueError: unmatched '{' in format spec")),
    (":{:x{}{a}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("r.", &[("r.", None)], None), ("r[{{!rx:x", &[("r[{", None), ("!rx:x", None)], None),
    (":}\u{e9}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{}x11", &[("", Some(("", "", None))), ("x11", None)], None),
    (":{:{}}0!{}", &[(":", Some(("", "{}", None))), ("0!", Some(("", "", None)))], None),
    ("[", &[("[", None)], None), ("]{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{:{{\u{e9}ar{}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{0!r\u{e9}}}\u{e9}", &[], Some("ValueError: expected ':' after conversion specifier")),
    ("{}{", &[("", Some(("", "", None)))], Some("ValueError: Single '{' encountered in format string")),
    ("{\u{e9}[", &[], Some("ValueError: expected '}' before end of string")),
    ("{}!r{:{{{}", &[("", Some(("", "", None)))], Some("ValueError: unmatched '{' in format spec")),
    ("}}{{}{{", &[("}", None), ("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{0}x", &[("", Some(("0", "", None))), ("x", None)], None),
    ("{!rr[[", &[], Some("ValueError: expected ':' after conversion specifier")),
    ("}}{0}[{.", &[("}", None), ("", Some(("0", "", None)))], Some("ValueError: expected '}' before end of string")),
    (":a}a[x", &[], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}\u{e9}{{r{:!r", &[("\u{e9}\u{e9}{", None)], Some("ValueError: unmatched '{' in format spec")),
    ("0", &[("0", None)], None), ("]{{", &[("]{", None)], None),
    ("{}{{}{}", &[("", Some(("", "", None))), ("{", None)], Some("ValueError: Single '}' encountered in format string")),
    ("!rr", &[("!rr", None)], None),
    ("\u{e9}]{}]0{{", &[("\u{e9}]", Some(("", "", None))), ("]0{", None)], None),
    ("x:0r[[", &[("x:0r[[", None)], None),
    (".\u{e9}a!a{0}!", &[(".\u{e9}a!a", Some(("0", "", None))), ("!", None)], None),
    ("a}}", &[("a}", None)], None),
    ("{{{0}{0}:{0}", &[("{", None), ("", Some(("0", "", None))), ("", Some(("0", "", None))), (":", Some(("0", "", None)))], None),
    ("!r\u{e9}:[", &[("!r\u{e9}:[", None)], None), (".a\u{e9}]", &[(".a\u{e9}]", None)], None),
    ("{0}{", &[("", Some(("0", "", None)))], Some("ValueError: Single '{' encountered in format string")),
    ("0[", &[("0[", None)], None),
    ("{{\u{e9}}}!{0}", &[("{", None), ("\u{e9}}", None), ("!", Some(("0", "", None)))], None),
    ("]\u{e9}", &[("]\u{e9}", None)], None),
    ("a}{:1!ra", &[], Some("ValueError: Single '}' encountered in format string")),
    ("r{a}{}", &[("r", Some(("a", "", None))), ("", Some(("", "", None)))], None),
    ("\u{e9}{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("0{r!0a]", &[], Some("ValueError: expected ':' after conversion specifier")),
    ("x\u{e9}", &[("x\u{e9}", None)], None),
    ("0}}{a}]!{{}}", &[("0}", None), ("", Some(("a", "", None))), ("]!{", None), ("}", None)], None),
    ("0x0arr", &[("0x0arr", None)], None), ("x!{a}", &[("x!", Some(("a", "", None)))], None),
    ("a:{}{{{a}{}", &[("a:", Some(("", "", None))), ("{", None), ("", Some(("a", "", None))), ("", Some(("", "", None)))], None),
    ("x1{{:{}", &[("x1{", None), (":", Some(("", "", None)))], None),
    ("a{:[", &[], Some("ValueError: unmatched '{' in format spec")),
    ("{:xr]{}1[", &[], Some("ValueError: unmatched '{' in format spec")),
    ("a}}0[", &[("a}", None), ("0[", None)], None),
    ("]a!r{0}", &[("]a!r", Some(("0", "", None)))], None), (":", &[(":", None)], None),
    (":.a1", &[(":.a1", None)], None),
    ("0{{{:", &[("0{", None)], Some("ValueError: unmatched '{' in format spec")),
    ("!{{{}:", &[("!{", None), ("", Some(("", "", None))), (":", None)], None),
    ("1a{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("1x{{.{{{a}", &[("1x{", None), (".{", None), ("", Some(("a", "", None)))], None),
    ("!ra}r", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{a}{", &[("", Some(("a", "", None)))], Some("ValueError: Single '{' encountered in format string")),
    ("!ra.\u{e9}", &[("!ra.\u{e9}", None)], None),
    ("{:!r{}!{}!r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("}}\u{e9}}}}", &[("}", None), ("\u{e9}}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("{0}{0}{}{!]1", &[("", Some(("0", "", None))), ("", Some(("0", "", None))), ("", Some(("", "", None)))], Some("ValueError: expected ':' after conversion specifier")),
    ("r{0}a", &[("r", Some(("0", "", None))), ("a", None)], None),
    ("r{}{0}", &[("r", Some(("", "", None))), ("", Some(("0", "", None)))], None),
    (".1", &[(".1", None)], None),
    ("x[{0", &[], Some("ValueError: expected '}' before end of string")),
    ("!{a}aa{}}{0}", &[("!", Some(("a", "", None))), ("aa", Some(("", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("r{", &[], Some("ValueError: Single '{' encountered in format string")),
    ("{:]\u{e9}{a}1{a}", &[], Some("ValueError: unmatched '{' in format spec")),
    ("ax", &[("ax", None)], None),
    ("{{!{0}a", &[("{", None), ("!", Some(("0", "", None))), ("a", None)], None),
    ("1x]", &[("1x]", None)], None), ("r1[!r{{a[", &[("r1[!r{", None), ("a[", None)], None),
    ("{}x[x{:{{", &[("", Some(("", "", None)))], Some("ValueError: unmatched '{' in format spec")),
    ("{a}:}}1.", &[("", Some(("a", "", None))), (":}", None), ("1.", None)], None),
    (":{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("}{{r{0}:", &[], Some("ValueError: Single '}' encountered in format string")),
    ("\u{e9}:[}!r", &[], Some("ValueError: Single '}' encountered in format string")),
    ("}{}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("{{{[", &[("{", None)], Some("ValueError: expected '}' before end of string")),
    ("{a}00x", &[("", Some(("a", "", None))), ("00x", None)], None),
    ("!r.}}\u{e9}{}", &[("!r.}", None), ("\u{e9}", Some(("", "", None)))], None),
    ("[!}}a", &[("[!}", None), ("a", None)], None),
    ("{a}}r!r\u{e9}{}", &[("", Some(("a", "", None)))], Some("ValueError: Single '}' encountered in format string")),
    ("!r", &[("!r", None)], None), ("{{x{0}", &[("{", None), ("x", Some(("0", "", None)))], None),
    ("{a}x", &[("", Some(("a", "", None))), ("x", None)], None),
    ("r}}{a}}}", &[("r}", None), ("", Some(("a", "", None))), ("}", None)], None),
    ("a0]1x]", &[("a0]1x]", None)], None),
    (".{:1", &[], Some("ValueError: unmatched '{' in format spec")),
    ("0..{.{}", &[], Some("ValueError: unexpected '{' in field name")),
    (":.", &[(":.", None)], None),
    ("{a}!\u{e9}1}}", &[("", Some(("a", "", None))), ("!\u{e9}1}", None)], None),
    ("0{{a}}\u{e9}", &[("0{", None), ("a}", None), ("\u{e9}", None)], None),
    ("}{}}{0}", &[], Some("ValueError: Single '}' encountered in format string")),
    ("!r\u{e9}{a}\u{e9}}}:", &[("!r\u{e9}", Some(("a", "", None))), ("\u{e9}}", None), (":", None)], None),
    ("0a}}a}", &[("0a}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("!r{{a", &[("!r{", None), ("a", None)], None),
    (".0{}[.{a}", &[(".0", Some(("", "", None))), ("[.", Some(("a", "", None)))], None),
    ("[{]", &[], Some("ValueError: expected '}' before end of string")),
    ("{:{a}{}1r", &[], Some("ValueError: unmatched '{' in format spec")),
    ("]\u{e9}r", &[("]\u{e9}r", None)], None), ("a1xa", &[("a1xa", None)], None),
    ("{0}{a}\u{e9}!r{}!", &[("", Some(("0", "", None))), ("", Some(("a", "", None))), ("\u{e9}!r", Some(("", "", None))), ("!", None)], None),
    ("1{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("!r{a}", &[("!r", Some(("a", "", None)))], None),
    ("x{1{0}.", &[], Some("ValueError: unexpected '{' in field name")),
    ("{:!r{{r{{", &[], Some("ValueError: unmatched '{' in format spec")),
    ("!{0}", &[("!", Some(("0", "", None)))], None), (".][\u{e9}0", &[(".][\u{e9}0", None)], None),
    (".{0}", &[(".", Some(("0", "", None)))], None),
    ("!r.{:", &[], Some("ValueError: unmatched '{' in format spec")),
    ("a00]00", &[("a00]00", None)], None),
    ("[}}!}{{{}!", &[("[}", None)], Some("ValueError: Single '}' encountered in format string")),
    ("].0{0}]0", &[("].0", Some(("0", "", None))), ("]0", None)], None),
    ("a[]", &[("a[]", None)], None),
    ("{0}aa[", &[("", Some(("0", "", None))), ("aa[", None)], None),
];

/// (template, template.format(*ARGS, **KWARGS) with the test objects)
#[rustfmt::skip]
const FORMAT: &[(&str, Result<&str, &str>)] = &[
    ("", Ok("")), ("abc", Ok("abc")), ("{{", Ok("{")), ("}}", Ok("}")), ("a{{b}}c", Ok("a{b}c")),
    ("{{}}", Ok("{}")), ("{", Err("ValueError: Single '{' encountered in format string")),
    ("}", Err("ValueError: Single '}' encountered in format string")),
    ("a{", Err("ValueError: Single '{' encountered in format string")),
    ("a}", Err("ValueError: Single '}' encountered in format string")), ("{}", Ok("<p0|>")),
    ("{0}", Ok("<p0|>")), ("{1}{0}", Ok("<p1|><p0|>")), ("{a}", Ok("<a|>")),
    ("{\u{e9}}", Ok("<\u{e9}|>")), ("{0!r}", Ok("R(p0)")), ("{0!s}", Ok("S(p0)")),
    ("{0!a}", Ok("R(p0)")), ("{\u{e9}!a}", Ok("R(\\xe9)")),
    ("{0!x}", Err("ValueError: Unknown conversion specifier x")),
    ("{0!x}{", Err("ValueError: Unknown conversion specifier x")),
    ("{!r", Err("ValueError: unmatched '{' in format spec")),
    ("{!}", Err("ValueError: unmatched '{' in format spec")),
    ("{!}x}", Err("ValueError: expected ':' after conversion specifier")),
    ("{0!rr}", Err("ValueError: expected ':' after conversion specifier")),
    ("{0!}", Err("ValueError: unmatched '{' in format spec")), ("{0!\u{0}}", Ok("<p0|>")),
    ("{0!\u{1}}", Err("ValueError: Unknown conversion specifier \\x1")),
    ("{0!\u{e9}}", Err("ValueError: Unknown conversion specifier \\xe9")),
    ("{0! }", Err("ValueError: Unknown conversion specifier \\x20")), ("{0:>5}", Ok("<p0|>5>")),
    ("{0:{1}}", Ok("<p0|<p1|>>")), ("{:{}}", Ok("<p0|<p1|>>")), ("{:{}}{}", Ok("<p0|<p1|>><p2|>")),
    ("{:{:{}}}", Err("ValueError: Max string recursion exceeded")),
    ("{0:{1}{2}}", Ok("<p0|<p1|><p2|>>")), ("{0:{{}}}", Ok("<p0|{}>")),
    ("{a.}", Err("ValueError: Empty attribute in format string")), ("{a.b}", Ok("<a.b|>")),
    ("{0.x.y}", Ok("<p0.x.y|>")), ("{0[1]}", Ok("<p0[1]|>")), ("{0[x]}", Ok("<p0['x']|>")),
    ("{0[x]y}", Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
    ("{0[}", Err("ValueError: expected '}' before end of string")), ("{0]}", Err("KeyError: '0]'")),
    ("{0[0]x}", Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
    ("{0[]}", Err("ValueError: Empty attribute in format string")),
    ("{0.}", Err("ValueError: Empty attribute in format string")),
    ("{0..b}", Err("ValueError: Empty attribute in format string")),
    ("{0[1][2].z}", Ok("<p0[1][2].z|>")), ("{0[}]}", Ok("<p0['}']|>")),
    ("{0[:]}", Ok("<p0[':']|>")), ("{0[!]}", Ok("<p0['!']|>")), ("{a[b]}", Ok("<a['b']|>")),
    ("{zz}", Err("KeyError: 'zz'")),
    ("{9}", Err("IndexError: Replacement index 9 out of range for positional args tuple")),
    ("{\u{663}}", Err("IndexError: Replacement index 3 out of range for positional args tuple")),
    ("{0x}", Err("KeyError: '0x'")), ("{-1}", Err("KeyError: '-1'")),
    ("{99999999999999999999}", Err("ValueError: Too many decimal digits in format string")),
    ("{0[99999999999999999999]}", Err("ValueError: Too many decimal digits in format string")),
    ("{0.a[99999999999999999999]}", Err("ValueError: Too many decimal digits in format string")),
    ("{}{0}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
    ("{0}{}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("{:{0}}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
    ("{0:{}}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("{0{", Err("ValueError: unexpected '{' in field name")),
    ("{0:", Err("ValueError: unmatched '{' in format spec")),
    ("{0:{", Err("ValueError: unmatched '{' in format spec")),
    ("{0", Err("ValueError: expected '}' before end of string")), ("{a!s:}", Ok("S(a)")),
    ("{a:{b:{a}}}", Err("ValueError: Max string recursion exceeded")),
    ("x{0}y{1}z", Ok("x<p0|>y<p1|>z")), ("\u{e9}{0}\u{1f600}", Ok("\u{e9}<p0|>\u{1f600}")),
    ("{0:}}", Err("ValueError: Single '}' encountered in format string")),
    ("{0:{}}}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("{[}", Err("ValueError: expected '}' before end of string")),
    ("{.}", Err("ValueError: Empty attribute in format string")), ("{.a}", Ok("<p0.a|>")),
    ("{[0]}", Ok("<p0[0]|>")), ("{:}", Ok("<p0|>")), ("{!r}", Ok("R(p0)")), ("{!s:}", Ok("S(p0)")),
    ("{a[0]!r}", Ok("R(a[0])")), ("{a.b!a}", Ok("R(a.b)")),
    ("{0:\u{1f600}^9}", Ok("<p0|\u{1f600}^9>")),
    ("}{", Err("ValueError: Single '}' encountered in format string")),
    ("{}}", Err("ValueError: Single '}' encountered in format string")),
    ("{{}", Err("ValueError: Single '}' encountered in format string")), ("{{{0}}}", Ok("{<p0|>}")),
    ("{0}}", Err("ValueError: Single '}' encountered in format string")),
    ("{{0}", Err("ValueError: Single '}' encountered in format string")),
    (".x!r{{a}", Err("ValueError: Single '}' encountered in format string")),
    (":}!0x{::", Err("ValueError: Single '}' encountered in format string")),
    ("{{0}}:", Ok("{0}:")), ("r", Ok("r")), (".!{}!", Ok(".!<p0|>!")),
    ("a1\u{e9}\u{e9}{a}11", Ok("a1\u{e9}\u{e9}<a|>11")), ("r!", Ok("r!")),
    ("![]r{{r!", Ok("![]r{r!")), ("r{}[{x{0}", Err("ValueError: unexpected '{' in field name")),
    ("1.", Ok("1.")), ("]", Ok("]")),
    ("\u{e9}}}{", Err("ValueError: Single '{' encountered in format string")),
    ("]a[x[", Ok("]a[x[")), ("]!{:{:", Err("ValueError: unmatched '{' in format spec")),
    ("!}.{x{}", Err("ValueError: Single '}' encountered in format string")),
    ("{0}x{}}}{{a}}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("!\u{e9}r0:{a}", Ok("!\u{e9}r0:<a|>")), ("!rx!r", Ok("!rx!r")), ("{a}0}}", Ok("<a|>0}")),
    ("x[}{0}ar", Err("ValueError: Single '}' encountered in format string")),
    ("!r\u{e9}x", Ok("!r\u{e9}x")), ("].", Ok("].")), ("{{a[][!", Ok("{a[][!")),
    ("a1[{:!}a", Ok("a1[<p0|!>a")),
    ("{{{}}:\u{e9}", Err("ValueError: Single '}' encountered in format string")),
    (".{a}{0}", Ok(".<a|><p0|>")),
    ("{:]r1}}1{0}", Err("ValueError: Single '}' encountered in format string")), ("!", Ok("!")),
    ("x1}{0}", Err("ValueError: Single '}' encountered in format string")),
    ("1{a}\u{e9}", Ok("1<a|>\u{e9}")),
    ("!!r{a}{:]{:.", Err("ValueError: unmatched '{' in format spec")),
    ("{:{}1", Err("ValueError: unmatched '{' in format spec")),
    ("{{!{:]!a{:", Err("ValueError: unmatched '{' in format spec")), ("!r{{!r", Ok("!r{!r")),
    ("ax}}", Ok("ax}")), ("}[x{{.{:", Err("ValueError: Single '}' encountered in format string")),
    ("[]!", Ok("[]!")), ("{{:{{.]", Ok("{:{.]")), (".{a}[!rxx", Ok(".<a|>[!rxx")),
    ("x{0}x", Ok("x<p0|>x")), ("!{a}x]!r1!r", Ok("!<a|>x]!r1!r")), ("rx", Ok("rx")),
    ("{:[a{0}!\u{e9}}}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
    ("{0}[\u{e9}{{.", Ok("<p0|>[\u{e9}{.")), ("{r!}}{a}\u{e9}", Err("KeyError: 'r'")),
    ("!:!}{::", Err("ValueError: Single '}' encountered in format string")),
    ("}1", Err("ValueError: Single '}' encountered in format string")),
    ("{:r", Err("ValueError: unmatched '{' in format spec")),
    ("}{0}{a}x{}", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}a}}r:x", Ok("\u{e9}a}r:x")), ("x", Ok("x")), (".{0}0{{", Ok(".<p0|>0{")),
    ("}{{\u{e9}", Err("ValueError: Single '}' encountered in format string")), ("0[{{", Ok("0[{")),
    ("]}}[x1", Ok("]}[x1")), ("{0}}}{{x", Ok("<p0|>}{x")), ("1!\u{e9}{}", Ok("1!\u{e9}<p0|>")),
    ("{:r1\u{e9}a", Err("ValueError: unmatched '{' in format spec")),
    ("{{}0", Err("ValueError: Single '}' encountered in format string")),
    ("}}\u{e9}{{", Ok("}\u{e9}{")), ("]}}", Ok("]}")),
    ("{0}{0}:{:", Err("ValueError: unmatched '{' in format spec")),
    ("{:{}{}", Err("ValueError: unmatched '{' in format spec")),
    ("!\u{e9}\u{e9}.[{:.", Err("ValueError: unmatched '{' in format spec")),
    ("{][{:", Err("ValueError: expected '}' before end of string")),
    ("1{:{", Err("ValueError: unmatched '{' in format spec")), ("\u{e9}", Ok("\u{e9}")),
    (":[}1", Err("ValueError: Single '}' encountered in format string")),
    ("{}{{:{{{{.:", Ok("<p0|>{:{{.:")),
    ("}:{:.", Err("ValueError: Single '}' encountered in format string")),
    ("1[[{:\u{e9}{:!r", Err("ValueError: unmatched '{' in format spec")),
    ("\u{e9}0{1[[", Err("ValueError: expected '}' before end of string")),
    ("]\u{e9}[!r{", Err("ValueError: Single '{' encountered in format string")),
    ("xx}}1", Ok("xx}1")), ("{{{a}0", Ok("{<a|>0")),
    ("{{r{{0}{0}\u{e9}", Err("ValueError: Single '}' encountered in format string")),
    ("{:{}{:{}r", Err("ValueError: unmatched '{' in format spec")), ("{a}a[", Ok("<a|>a[")),
    ("{{0}}}[{:[1", Err("ValueError: Single '}' encountered in format string")),
    ("{:{{", Err("ValueError: unmatched '{' in format spec")), ("]{{1{0}", Ok("]{1<p0|>")),
    ("{{}a:.", Err("ValueError: Single '}' encountered in format string")),
    ("aa{]{0}a{}", Err("ValueError: unexpected '{' in field name")),
    ("{:}00:\u{e9}", Ok("<p0|>00:\u{e9}")), ("01[{a}1!", Ok("01[<a|>1!")),
    ("!{0}!a\u{e9}", Ok("!<p0|>!a\u{e9}")),
    ("}{{", Err("ValueError: Single '}' encountered in format string")),
    ("a.}}}}}0", Err("ValueError: Single '}' encountered in format string")),
    ("{}\u{e9}1{{0}a", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{:{:", Err("ValueError: unmatched '{' in format spec")),
    ("x}1", Err("ValueError: Single '}' encountered in format string")),
    ("[1}}!r[{{", Ok("[1}!r[{")), ("\u{e9}:.a{{", Ok("\u{e9}:.a{")), (".[", Ok(".[")),
    ("1:x{a}{}", Ok("1:x<a|><p0|>")),
    ("1{", Err("ValueError: Single '{' encountered in format string")),
    ("]a}}}a0", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{a}:{}{a}", Ok("\u{e9}<a|>:<p0|><a|>")),
    ("]0!r{", Err("ValueError: Single '{' encountered in format string")),
    ("{}}1{0}:", Err("ValueError: Single '}' encountered in format string")),
    ("0a{:r1\u{e9}", Err("ValueError: unmatched '{' in format spec")), ("x:[]", Ok("x:[]")),
    ("x{}{}1x", Ok("x<p0|><p1|>1x")),
    ("[{0}x!r}}}", Err("ValueError: Single '}' encountered in format string")),
    ("r!{}a0", Ok("r!<p0|>a0")), ("rr", Ok("rr")),
    ("{:", Err("ValueError: unmatched '{' in format spec")),
    ("x{{0}{:", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}{0}]", Ok("\u{e9}<p0|>]")), ("{a}0r1", Ok("<a|>0r1")),
    ("!ax{}{:1", Err("ValueError: unmatched '{' in format spec")), (".0.![", Ok(".0.![")),
    (":}{:}xx", Err("ValueError: Single '}' encountered in format string")),
    ("}{{a}", Err("ValueError: Single '}' encountered in format string")), ("10][", Ok("10][")),
    (":!}r", Err("ValueError: Single '}' encountered in format string")),
    ("{}}:a\u{e9}{}", Err("ValueError: Single '}' encountered in format string")),
    ("x[!{a}x[", Ok("x[!<a|>x[")), (":!", Ok(":!")),
    ("r}\u{e9}{0}.{", Err("ValueError: Single '}' encountered in format string")),
    ("}{a}{0}!", Err("ValueError: Single '}' encountered in format string")),
    ("!r}}x0a", Ok("!r}x0a")), ("{:a", Err("ValueError: unmatched '{' in format spec")),
    ("}:}{:", Err("ValueError: Single '}' encountered in format string")),
    ("}}.{0}", Ok("}.<p0|>")), ("[}}r", Ok("[}r")), ("!r{}", Ok("!r<p0|>")), ("{{:", Ok("{:")),
    ("0a{{!\u{e9}ar", Ok("0a{!\u{e9}ar")),
    ("{{a}{{x{:", Err("ValueError: Single '}' encountered in format string")),
    ("}}{}!r1", Ok("}<p0|>!r1")),
    ("{[{a}:{{0", Err("ValueError: expected '}' before end of string")),
    ("[{:", Err("ValueError: unmatched '{' in format spec")), (".", Ok(".")),
    ("{}]11{{a{:", Err("ValueError: unmatched '{' in format spec")), ("a{0}", Ok("a<p0|>")),
    (":.}{::", Err("ValueError: Single '}' encountered in format string")),
    ("[x0a{0}]{}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("{{{[1}}{{a}", Err("ValueError: expected '}' before end of string")),
    ("{0}.0{}{{1", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("a[!", Ok("a[!")), (".{:", Err("ValueError: unmatched '{' in format spec")),
    ("][}a{{{{", Err("ValueError: Single '}' encountered in format string")),
    ("x{0}", Ok("x<p0|>")), (".\u{e9}{:!r{0}1", Err("ValueError: unmatched '{' in format spec")),
    ("r]x", Ok("r]x")), ("\u{e9}!0.!r", Ok("\u{e9}!0.!r")), ("!1{a}{0}{0}", Ok("!1<a|><p0|><p0|>")),
    ("{a}:{a}", Ok("<a|>:<a|>")),
    ("{0}!{a}}!", Err("ValueError: Single '}' encountered in format string")),
    ("{:{:\u{e9}{0", Err("ValueError: unmatched '{' in format spec")),
    (":{:x{}{a}", Err("ValueError: unmatched '{' in format spec")), ("r.", Ok("r.")),
    ("r[{{!rx:x", Ok("r[{!rx:x")),
    (":}\u{e9}", Err("ValueError: Single '}' encountered in format string")),
    ("{}x11", Ok("<p0|>x11")), (":{:{}}0!{}", Ok(":<p0|<p1|>>0!<p2|>")), ("[", Ok("[")),
    ("]{:", Err("ValueError: unmatched '{' in format spec")),
    ("{:{{\u{e9}ar{}", Err("ValueError: unmatched '{' in format spec")),
    ("{0!r\u{e9}}}\u{e9}", Err("ValueError: expected ':' after conversion specifier")),
    ("{}{", Err("ValueError: Single '{' encountered in format string")),
    ("{\u{e9}[", Err("ValueError: expected '}' before end of string")),
    ("{}!r{:{{{}", Err("ValueError: unmatched '{' in format spec")),
    ("}}{{}{{", Err("ValueError: Single '}' encountered in format string")), ("{0}x", Ok("<p0|>x")),
    ("{!rr[[", Err("ValueError: expected ':' after conversion specifier")),
    ("}}{0}[{.", Err("ValueError: expected '}' before end of string")),
    (":a}a[x", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}\u{e9}{{r{:!r", Err("ValueError: unmatched '{' in format spec")), ("0", Ok("0")),
    ("]{{", Ok("]{")), ("{}{{}{}", Err("ValueError: Single '}' encountered in format string")),
    ("!rr", Ok("!rr")), ("\u{e9}]{}]0{{", Ok("\u{e9}]<p0|>]0{")), ("x:0r[[", Ok("x:0r[[")),
    (".\u{e9}a!a{0}!", Ok(".\u{e9}a!a<p0|>!")), ("a}}", Ok("a}")),
    ("{{{0}{0}:{0}", Ok("{<p0|><p0|>:<p0|>")), ("!r\u{e9}:[", Ok("!r\u{e9}:[")),
    (".a\u{e9}]", Ok(".a\u{e9}]")),
    ("{0}{", Err("ValueError: Single '{' encountered in format string")), ("0[", Ok("0[")),
    ("{{\u{e9}}}!{0}", Ok("{\u{e9}}!<p0|>")), ("]\u{e9}", Ok("]\u{e9}")),
    ("a}{:1!ra", Err("ValueError: Single '}' encountered in format string")),
    ("r{a}{}", Ok("r<a|><p0|>")), ("\u{e9}{:", Err("ValueError: unmatched '{' in format spec")),
    ("0{r!0a]", Err("ValueError: expected ':' after conversion specifier")),
    ("x\u{e9}", Ok("x\u{e9}")), ("0}}{a}]!{{}}", Ok("0}<a|>]!{}")), ("0x0arr", Ok("0x0arr")),
    ("x!{a}", Ok("x!<a|>")), ("a:{}{{{a}{}", Ok("a:<p0|>{<a|><p1|>")), ("x1{{:{}", Ok("x1{:<p0|>")),
    ("a{:[", Err("ValueError: unmatched '{' in format spec")),
    ("{:xr]{}1[", Err("ValueError: unmatched '{' in format spec")), ("a}}0[", Ok("a}0[")),
    ("]a!r{0}", Ok("]a!r<p0|>")), (":", Ok(":")), (":.a1", Ok(":.a1")),
    ("0{{{:", Err("ValueError: unmatched '{' in format spec")), ("!{{{}:", Ok("!{<p0|>:")),
    ("1a{", Err("ValueError: Single '{' encountered in format string")),
    ("1x{{.{{{a}", Ok("1x{.{<a|>")),
    ("!ra}r", Err("ValueError: Single '}' encountered in format string")),
    ("{a}{", Err("ValueError: Single '{' encountered in format string")),
    ("!ra.\u{e9}", Ok("!ra.\u{e9}")),
    ("{:!r{}!{}!r", Err("ValueError: unmatched '{' in format spec")),
    ("}}\u{e9}}}}", Err("ValueError: Single '}' encountered in format string")),
    ("{0}{0}{}{!]1", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("r{0}a", Ok("r<p0|>a")),
    ("r{}{0}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
    (".1", Ok(".1")), ("x[{0", Err("ValueError: expected '}' before end of string")),
    ("!{a}aa{}}{0}", Err("ValueError: Single '}' encountered in format string")),
    ("r{", Err("ValueError: Single '{' encountered in format string")),
    ("{:]\u{e9}{a}1{a}", Err("ValueError: unmatched '{' in format spec")), ("ax", Ok("ax")),
    ("{{!{0}a", Ok("{!<p0|>a")), ("1x]", Ok("1x]")), ("r1[!r{{a[", Ok("r1[!r{a[")),
    ("{}x[x{:{{", Err("ValueError: unmatched '{' in format spec")), ("{a}:}}1.", Ok("<a|>:}1.")),
    (":{:", Err("ValueError: unmatched '{' in format spec")),
    ("}{{r{0}:", Err("ValueError: Single '}' encountered in format string")),
    ("\u{e9}:[}!r", Err("ValueError: Single '}' encountered in format string")),
    ("}{}", Err("ValueError: Single '}' encountered in format string")),
    ("{{{[", Err("ValueError: expected '}' before end of string")), ("{a}00x", Ok("<a|>00x")),
    ("!r.}}\u{e9}{}", Ok("!r.}\u{e9}<p0|>")), ("[!}}a", Ok("[!}a")),
    ("{a}}r!r\u{e9}{}", Err("ValueError: Single '}' encountered in format string")),
    ("!r", Ok("!r")), ("{{x{0}", Ok("{x<p0|>")), ("{a}x", Ok("<a|>x")), ("r}}{a}}}", Ok("r}<a|>}")),
    ("a0]1x]", Ok("a0]1x]")), (".{:1", Err("ValueError: unmatched '{' in format spec")),
    ("0..{.{}", Err("ValueError: unexpected '{' in field name")), (":.", Ok(":.")),
    ("{a}!\u{e9}1}}", Ok("<a|>!\u{e9}1}")), ("0{{a}}\u{e9}", Ok("0{a}\u{e9}")),
    ("}{}}{0}", Err("ValueError: Single '}' encountered in format string")),
    ("!r\u{e9}{a}\u{e9}}}:", Ok("!r\u{e9}<a|>\u{e9}}:")),
    ("0a}}a}", Err("ValueError: Single '}' encountered in format string")), ("!r{{a", Ok("!r{a")),
    (".0{}[.{a}", Ok(".0<p0|>[.<a|>")),
    ("[{]", Err("ValueError: expected '}' before end of string")),
    ("{:{a}{}1r", Err("ValueError: unmatched '{' in format spec")), ("]\u{e9}r", Ok("]\u{e9}r")),
    ("a1xa", Ok("a1xa")),
    ("{0}{a}\u{e9}!r{}!", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
    ("1{:", Err("ValueError: unmatched '{' in format spec")), ("!r{a}", Ok("!r<a|>")),
    ("x{1{0}.", Err("ValueError: unexpected '{' in field name")),
    ("{:!r{{r{{", Err("ValueError: unmatched '{' in format spec")), ("!{0}", Ok("!<p0|>")),
    (".][\u{e9}0", Ok(".][\u{e9}0")), (".{0}", Ok(".<p0|>")),
    ("!r.{:", Err("ValueError: unmatched '{' in format spec")), ("a00]00", Ok("a00]00")),
    ("[}}!}{{{}!", Err("ValueError: Single '}' encountered in format string")),
    ("].0{0}]0", Ok("].0<p0|>]0")), ("a[]", Ok("a[]")), ("{0}aa[", Ok("<p0|>aa[")),
];

/// (name, _string.formatter_field_name_split(name): first, the accesses, then the error)
#[rustfmt::skip]
const FIELD_NAMES: &[FieldNameCase] = &[
    ("", Ok((FieldKey::Name(""), &[], None))), ("0", Ok((FieldKey::Index(0), &[], None))),
    ("abc", Ok((FieldKey::Name("abc"), &[], None))),
    ("\u{663}", Ok((FieldKey::Index(3), &[], None))),
    ("0.a", Ok((FieldKey::Index(0), &[FieldAccess::Attr("a")], None))),
    ("a.b.c", Ok((FieldKey::Name("a"), &[FieldAccess::Attr("b"), FieldAccess::Attr("c")], None))),
    ("a[0]", Ok((FieldKey::Name("a"), &[FieldAccess::Index(0)], None))),
    ("a[x]", Ok((FieldKey::Name("a"), &[FieldAccess::Key("x")], None))),
    ("a[0]b", Ok((FieldKey::Name("a"), &[FieldAccess::Index(0)], Some("ValueError: Only '.' or '[' may follow ']' in format field specifier")))),
    ("a[", Ok((FieldKey::Name("a"), &[], Some("ValueError: Missing ']' in format string")))),
    ("a.", Ok((FieldKey::Name("a"), &[], Some("ValueError: Empty attribute in format string")))),
    ("a[]", Ok((FieldKey::Name("a"), &[], Some("ValueError: Empty attribute in format string")))),
    ("a..b", Ok((FieldKey::Name("a"), &[], Some("ValueError: Empty attribute in format string")))),
    ("a]", Ok((FieldKey::Name("a]"), &[], None))),
    ("0[99999999999999999999]", Ok((FieldKey::Index(0), &[], Some("ValueError: Too many decimal digits in format string")))),
    ("99999999999999999999", Err("ValueError: Too many decimal digits in format string")),
    ("a.b[c]d", Ok((FieldKey::Name("a"), &[FieldAccess::Attr("b"), FieldAccess::Key("c")], Some("ValueError: Only '.' or '[' may follow ']' in format field specifier")))),
    ("a[.]", Ok((FieldKey::Name("a"), &[FieldAccess::Key(".")], None))),
    ("x[0].y[z]", Ok((FieldKey::Name("x"), &[FieldAccess::Index(0), FieldAccess::Attr("y"), FieldAccess::Key("z")], None))),
];
// END GENERATED
