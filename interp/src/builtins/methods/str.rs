//! Methods of `str`.

use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const METHODS: &[&str] = &[
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "join",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "format",
    "format_map",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isdecimal",
    "isnumeric",
    "isidentifier",
    "isascii",
    "istitle",
    "isprintable",
    "title",
    "capitalize",
    "swapcase",
    "casefold",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "splitlines",
    "partition",
    "rpartition",
    "encode",
    "removeprefix",
    "removesuffix",
    "expandtabs",
    "translate",
    "maketrans",
    "__len__",
    "__contains__",
    "__getitem__",
    "__add__",
    "__mul__",
    "__eq__",
    "__lt__",
    "__hash__",
];

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// Python slice clamping of optional start/end (code point indices) for find/count.
fn span(vm: &mut Vm, args: &[Value], len: usize) -> RtResult<(usize, usize)> {
    let conv = |vm: &mut Vm, v: Option<&Value>, default: i64| -> RtResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => vm.index_of(*v),
        }
    };
    let n = len as i64;
    let mut start = conv(vm, args.first(), 0)?;
    let mut end = conv(vm, args.get(1), n)?;
    if start < 0 {
        start = (start + n).max(0);
    }
    if end < 0 {
        end = (end + n).max(0);
    }
    Ok((start.min(n + 1) as usize, end.min(n) as usize))
}

fn char_slice(s: &str, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    let mut it = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()));
    let a = it.nth(start).unwrap_or(s.len());
    let b = if end > start {
        it.nth(end - start - 1).unwrap_or(s.len())
    } else {
        a
    };
    &s[a..b]
}

fn find_in(hay: &str, needle: &str, start: usize, end: usize, rev: bool) -> Option<usize> {
    let len = hay.chars().count();
    if start > len || end < start {
        return None;
    }
    let sub = char_slice(hay, start, end);
    let pos = if rev {
        sub.rfind(needle)
    } else {
        sub.find(needle)
    }?;
    Some(start + sub[..pos].chars().count())
}

fn split_ws(s: &str, maxsplit: i64, rev: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !rev {
        let mut rest = s.trim_start_matches(char::is_whitespace);
        let mut n = 0;
        while !rest.is_empty() {
            if maxsplit >= 0 && n >= maxsplit {
                out.push(rest.to_string());
                return out;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = rest[end..].trim_start_matches(char::is_whitespace);
            n += 1;
        }
    } else {
        let mut rest = s.trim_end_matches(char::is_whitespace);
        let mut n = 0;
        while !rest.is_empty() {
            if maxsplit >= 0 && n >= maxsplit {
                out.push(rest.to_string());
                break;
            }
            let start = rest
                .rfind(char::is_whitespace)
                .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            out.push(rest[start..].to_string());
            rest = rest[..start].trim_end_matches(char::is_whitespace);
            n += 1;
        }
        out.reverse();
    }
    out
}

fn list_of_strs(vm: &mut Vm, items: Vec<String>) -> RtResult<Value> {
    let mut vals = Vec::with_capacity(items.len());
    for s in items {
        vals.push(vm.new_str(s)?);
    }
    vm.new_list(vals)
}

fn pad(vm: &mut Vm, args: &Args, s: &str, how: char) -> RtResult<Value> {
    args.range(vm, 1, 2)?;
    let width = vm.index_of(args.pos[0])?;
    let fill = match args.pos.get(1) {
        Some(f) => {
            let f = str_arg(vm, *f, "The fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return vm.new_str(s);
    }
    vm.heap.check_fits(width as u64 * fill.len_utf8() as u64)?;
    let total = (width - len) as usize;
    let (left, right) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    vm.new_str(out)
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}

pub fn call(vm: &mut Vm, recv: Value, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let s = vm.str_of(recv).unwrap_or("").to_string();
    let mut args = Args::new("str", pos, kw);
    let b = |v: bool| Ok(Value::Bool(v));
    match name {
        "upper" => vm.new_str(s.to_uppercase()),
        "lower" => vm.new_str(s.to_lowercase()),
        "casefold" => vm.new_str(s.to_lowercase().replace('ß', "ss")),
        "swapcase" => vm.new_str(
            s.chars()
                .flat_map(|c| {
                    if c.is_uppercase() {
                        c.to_lowercase().collect::<Vec<_>>()
                    } else {
                        c.to_uppercase().collect()
                    }
                })
                .collect::<String>(),
        ),
        "title" => vm.new_str(title(&s)),
        "capitalize" => {
            let mut cs = s.chars();
            let out: String = match cs.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            };
            vm.new_str(out)
        }
        "strip" | "lstrip" | "rstrip" => {
            args.range(vm, 0, 1)?;
            let chars = match args.pos.first() {
                Some(Value::None) | None => None,
                Some(v) => Some(str_arg(vm, *v, &format!("{name} arg"))?),
            };
            let pred = |c: char| match &chars {
                Some(cs) => cs.contains(c),
                None => c.is_whitespace(),
            };
            let out = match name {
                "strip" => s.trim_matches(pred),
                "lstrip" => s.trim_start_matches(pred),
                _ => s.trim_end_matches(pred),
            };
            vm.new_str(out)
        }
        "split" | "rsplit" => {
            let sep_kw = args.take_kw(vm, "sep");
            let max_kw = args.take_kw(vm, "maxsplit");
            args.no_more_kw(vm)?;
            let sep = sep_kw
                .or(args.pos.first().copied())
                .filter(|v| !v.is_none());
            let maxsplit = match max_kw.or(args.pos.get(1).copied()) {
                Some(v) => vm.index_of(v)?,
                None => -1,
            };
            let parts: Vec<String> = match sep {
                None => split_ws(&s, maxsplit, name == "rsplit"),
                Some(sv) => {
                    let sep = str_arg(vm, sv, "must be str or None")?;
                    if sep.is_empty() {
                        return Err(vm.value_error("empty separator"));
                    }
                    if maxsplit < 0 {
                        s.split(sep.as_str()).map(str::to_string).collect()
                    } else if name == "split" {
                        s.splitn(maxsplit as usize + 1, sep.as_str())
                            .map(str::to_string)
                            .collect()
                    } else {
                        let mut v: Vec<String> = s
                            .rsplitn(maxsplit as usize + 1, sep.as_str())
                            .map(str::to_string)
                            .collect();
                        v.reverse();
                        v
                    }
                }
            };
            list_of_strs(vm, parts)
        }
        "splitlines" => {
            let keep = match args.take_kw(vm, "keepends").or(args.pos.first().copied()) {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut parts = Vec::new();
            let mut cur = String::new();
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                if matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                ) {
                    let mut end = c.to_string();
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                        end.push('\n');
                    }
                    if keep {
                        cur.push_str(&end);
                    }
                    parts.push(std::mem::take(&mut cur));
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                parts.push(cur);
            }
            list_of_strs(vm, parts)
        }
        "join" => {
            args.exact(vm, 1)?;
            let items = vm.collect_iterable(args.pos[0])?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&s);
                }
                match vm.str_of(*it) {
                    Some(t) => out.push_str(t),
                    None => {
                        let tn = vm.type_name(*it);
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected str instance, {tn} found"
                        )));
                    }
                }
                vm.heap.check_fits(out.len() as u64)?;
            }
            vm.new_str(out)
        }
        "replace" => {
            let count_kw = args.take_kw(vm, "count");
            args.no_more_kw(vm)?;
            args.range(vm, 2, 3)?;
            let old = str_arg(vm, args.pos[0], "replace() argument 1")?;
            let new = str_arg(vm, args.pos[1], "replace() argument 2")?;
            let count = match count_kw.or(args.pos.get(2).copied()) {
                Some(v) => vm.index_of(v)?,
                None => -1,
            };
            let est = if old.is_empty() {
                (s.chars().count() + 1) * new.len() + s.len()
            } else {
                s.len() / old.len().max(1) * new.len() + s.len()
            };
            vm.heap.check_fits(est as u64)?;
            let out = if count < 0 {
                s.replace(&old, &new)
            } else {
                s.replacen(&old, &new, count as usize)
            };
            vm.new_str(out)
        }
        "startswith" | "endswith" => {
            args.range(vm, 1, 3)?;
            let len = s.chars().count();
            let (start, end) = span(vm, &args.pos[1..], len)?;
            let sub = if start > len {
                None
            } else {
                Some(char_slice(&s, start, end.max(start)).to_string())
            };
            let prefixes: Vec<Value> = match vm.str_of(args.pos[0]) {
                Some(_) => vec![args.pos[0]],
                None => {
                    let is_tuple = matches!(
                        args.pos[0].as_obj().map(|id| vm.heap.get(id)),
                        Some(crate::objects::Obj::Tuple(_))
                    );
                    if !is_tuple {
                        let tn = vm.type_name(args.pos[0]);
                        return Err(vm.type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {tn}"
                        )));
                    }
                    vm.tuple_items(args.pos[0])
                }
            };
            let Some(sub) = sub else { return b(false) };
            for p in prefixes {
                let p = str_arg(vm, p, "tuple for startswith")?;
                let hit = if name == "startswith" {
                    sub.starts_with(&p)
                } else {
                    sub.ends_with(&p)
                };
                if hit {
                    return b(true);
                }
            }
            b(false)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            args.range(vm, 1, 3)?;
            let needle = str_arg(vm, args.pos[0], "must be")?;
            let len = s.chars().count();
            let (start, end) = span(vm, &args.pos[1..], len)?;
            if name == "count" {
                if start > len || start > end {
                    return Ok(Value::Int(0));
                }
                let sub = char_slice(&s, start, end);
                let n = if needle.is_empty() {
                    sub.chars().count() + 1
                } else {
                    sub.matches(needle.as_str()).count()
                };
                return Ok(Value::Int(n as i64));
            }
            let rev = name.starts_with('r');
            match find_in(&s, &needle, start, end, rev) {
                Some(i) => Ok(Value::Int(i as i64)),
                None if name.ends_with("index") => Err(vm.value_error("substring not found")),
                None => Ok(Value::Int(-1)),
            }
        }
        "partition" | "rpartition" => {
            args.exact(vm, 1)?;
            let sep = str_arg(vm, args.pos[0], "must be")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let found = if name == "partition" {
                s.find(&sep)
            } else {
                s.rfind(&sep)
            };
            let (a, m, c) = match found {
                Some(i) => (
                    s[..i].to_string(),
                    sep.clone(),
                    s[i + sep.len()..].to_string(),
                ),
                None if name == "partition" => (s.clone(), String::new(), String::new()),
                None => (String::new(), String::new(), s.clone()),
            };
            let (a, m, c) = (vm.new_str(a)?, vm.new_str(m)?, vm.new_str(c)?);
            vm.new_tuple(vec![a, m, c])
        }
        "center" => pad(vm, &args, &s, 'c'),
        "ljust" => pad(vm, &args, &s, 'l'),
        "rjust" => pad(vm, &args, &s, 'r'),
        "zfill" => {
            args.exact(vm, 1)?;
            let width = vm.index_of(args.pos[0])?;
            let len = s.chars().count() as i64;
            if width <= len {
                return vm.new_str(s);
            }
            vm.heap.check_fits(width as u64)?;
            let zeros = "0".repeat((width - len) as usize);
            let out = match s.chars().next() {
                Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
                _ => format!("{zeros}{s}"),
            };
            vm.new_str(out)
        }
        "expandtabs" => {
            let ts = match args.take_kw(vm, "tabsize").or(args.pos.first().copied()) {
                Some(v) => vm.index_of(v)?,
                None => 8,
            };
            let mut out = String::new();
            let mut col = 0i64;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if ts > 0 {
                            let n = ts - col % ts;
                            out.push_str(&" ".repeat(n as usize));
                            col += n;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            vm.new_str(out)
        }
        "removeprefix" | "removesuffix" => {
            args.exact(vm, 1)?;
            let a = str_arg(vm, args.pos[0], &format!("{name}() argument"))?;
            let out = if name == "removeprefix" {
                s.strip_prefix(&a).unwrap_or(&s)
            } else {
                s.strip_suffix(&a).unwrap_or(&s)
            };
            vm.new_str(out)
        }
        "isdecimal" => b(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())),
        "isdigit" => b(!s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c))),
        "isnumeric" => b(!s.is_empty() && s.chars().all(char::is_numeric)),
        "isalpha" => b(!s.is_empty() && s.chars().all(char::is_alphabetic)),
        "isalnum" => b(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
        "isspace" => b(!s.is_empty() && s.chars().all(char::is_whitespace)),
        "isascii" => b(s.is_ascii()),
        "isupper" => b(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)),
        "islower" => b(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)),
        "istitle" => b(!s.is_empty() && title(&s) == s && s.chars().any(char::is_alphabetic)),
        "isidentifier" => b(s
            .chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
            && s.chars().all(|c| c == '_' || c.is_alphanumeric())),
        "isprintable" => b(s.chars().all(|c| !c.is_control())),
        "encode" => {
            let enc = args.take_kw(vm, "encoding").or(args.pos.first().copied());
            let enc = match enc {
                Some(e) => str_arg(vm, e, "encode() argument 'encoding'")?.to_lowercase(),
                None => "utf-8".into(),
            };
            let bytes = match enc.as_str() {
                "utf-8" | "utf8" => s.as_bytes().to_vec(),
                "ascii" | "latin-1" | "latin1" => {
                    let limit = if enc == "ascii" { 128 } else { 256 };
                    let mut out = Vec::new();
                    for (i, c) in s.chars().enumerate() {
                        if (c as u32) < limit {
                            out.push(c as u8);
                        } else {
                            let name = if enc == "ascii" { "ascii" } else { "latin-1" };
                            return Err(vm.err(Ty::UnicodeEncodeError, format!("'{name}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})", crate::objects::str_repr::str_ascii(&c.to_string()).trim_matches('\''))));
                        }
                    }
                    out
                }
                other => return Err(vm.err(Ty::LookupError, format!("unknown encoding: {other}"))),
            };
            vm.alloc(crate::objects::Obj::Bytes(bytes))
        }
        "format" => {
            let out = crate::builtins::format::str_format(vm, &s, &args.pos, &args.kw)?;
            vm.new_str(out)
        }
        "format_map" => {
            args.exact(vm, 1)?;
            let out = crate::builtins::format::str_format_map(vm, &s, args.pos[0])?;
            vm.new_str(out)
        }
        "__len__" => Ok(Value::Int(s.chars().count() as i64)),
        "__contains__" => {
            args.exact(vm, 1)?;
            vm.contains(recv, args.pos[0]).map(Value::Bool)
        }
        "__getitem__" => {
            args.exact(vm, 1)?;
            vm.getitem(recv, args.pos[0])
        }
        "__add__" | "__mul__" | "__eq__" | "__lt__" | "__hash__" => {
            crate::builtins::methods::misc::dunder_fallback(vm, recv, name, &args.pos)
        }
        _ => {
            let _ = Ty::Str;
            Err(vm.err(
                Ty::AttributeError,
                format!("'str' object has no attribute '{name}'"),
            ))
        }
    }
}
