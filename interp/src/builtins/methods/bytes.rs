//! Methods of `bytes` and `bytearray`. Searching, padding and splitting on a separator reuse
//! the `str_*` functions on the Latin-1 reading of the bytes (one char per byte, so indices
//! agree); whitespace, line breaks, case and the predicates are ASCII-only as in CPython.

use crate::builtins::str_format::str_error;
use crate::builtins::Args;
use crate::eval::{RtResult, Vm};
use crate::objects::{str_codecs, str_methods as sm, str_pad, str_split, Obj};
use crate::types::Ty;
use crate::value::Value;

use super::str::{int_arg, opt_index};

pub const METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

/// The methods only `bytearray` has.
pub const BYTEARRAY_METHODS: &[&str] = &[
    "append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse",
];

pub fn has_method(t: Ty, name: &str) -> bool {
    if t == Ty::MemoryView {
        return matches!(name, "tobytes" | "tolist" | "hex" | "release");
    }
    METHODS.contains(&name) || t == Ty::ByteArray && BYTEARRAY_METHODS.contains(&name)
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|c| char::from(*c)).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| u8::try_from(c).unwrap_or(b'?')).collect()
}

/// The contents of a bytes-like value (bytes, bytearray, or a subclass instance of them).
pub fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match vm.native_of(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => Some(b.clone()),
        Some(Obj::MemoryView(of)) => match vm.heap.get(*of) {
            Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `bytes(x)` for an argument that is not a str or an int: bytes-like or an iterable of ints.
pub fn bytes_from_object(vm: &mut Vm, v: Value) -> RtResult<Vec<u8>> {
    if let Some(b) = bytes_like(vm, v) {
        return Ok(b);
    }
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = vm.index_of(it)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// A bytes-like argument; otherwise "a bytes-like object is required, not 'str'".
fn buffer_arg(vm: &mut Vm, v: Value) -> RtResult<Vec<u8>> {
    match bytes_like(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// The needle of `find`/`count`/`index`: bytes-like or an int in range(256).
fn needle_arg(vm: &mut Vm, v: Value) -> RtResult<Vec<u8>> {
    if let Some(b) = bytes_like(vm, v) {
        return Ok(b);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_))
        || vm.lookup_user_method(v, "__index__").is_some()
    {
        let n = vm.index_of(v)?;
        return match u8::try_from(n) {
            Ok(b) => Ok(vec![b]),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{tn}'"
    )))
}

/// One byte for `append`/`insert`/item assignment: an int in range(256).
pub fn byte_value(vm: &mut Vm, v: Value) -> RtResult<u8> {
    let n = vm.index_of(v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn new_like(vm: &mut Vm, array: bool, data: Vec<u8>) -> RtResult<Value> {
    vm.heap.check_fits(data.len() as u64)?;
    vm.alloc(if array {
        Obj::ByteArray(data)
    } else {
        Obj::Bytes(data)
    })
}

fn list_of(vm: &mut Vm, array: bool, parts: Vec<Vec<u8>>) -> RtResult<Value> {
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(new_like(vm, array, p)?);
    }
    vm.new_list(vals)
}

const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `split()`/`rsplit()` without a separator: runs of ASCII whitespace, at most `maxsplit`
/// splits (negative: no limit); the unsplit remainder keeps its inner and far-side whitespace,
/// as CPython's `split_whitespace`/`rsplit_whitespace` do.
fn split_whitespace(b: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut maxcount = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    let n = b.len();
    if !from_right {
        let mut i = 0;
        while maxcount > 0 {
            maxcount -= 1;
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i == n {
                break;
            }
            let j = i;
            while i < n && !is_space(b[i]) {
                i += 1;
            }
            out.push(b[j..i].to_vec());
        }
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i < n {
            out.push(b[i..].to_vec());
        }
        return out;
    }
    // Indices one past the position, so that "before the start" is 0.
    let mut i = n;
    while maxcount > 0 {
        maxcount -= 1;
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(b[i..j].to_vec());
    }
    while i > 0 && is_space(b[i - 1]) {
        i -= 1;
    }
    if i > 0 {
        out.push(b[..i].to_vec());
    }
    out.reverse();
    out
}

fn strip_bytes<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

fn splitlines(b: &[u8], keep: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        out.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    out
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn predicate(b: &[u8], name: &str) -> bool {
    let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
    match name {
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isascii" => b.is_ascii(),
        "isdigit" => all(u8::is_ascii_digit),
        "isspace" => all(|c| is_space(*c)),
        "islower" => b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
        "isupper" => b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
        _ => istitle(b),
    }
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`.
fn hex(vm: &mut Vm, data: &[u8], args: &mut Args) -> RtResult<Value> {
    let sep = args.take_kw(vm, "sep").or(args.pos.first().copied());
    let per = args
        .take_kw(vm, "bytes_per_sep")
        .or(args.pos.get(1).copied());
    args.no_more_kw(vm)?;
    let digits = |b: &u8| format!("{b:02x}");
    let Some(sep) = sep.filter(|s| !s.is_none()) else {
        return vm.new_str(data.iter().map(digits).collect::<String>());
    };
    let sep_text = match (vm.str_of(sep), bytes_like(vm, sep)) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => latin1(&b),
        _ => {
            let tn = vm.arg_type_name(sep);
            return Err(vm.type_error(format!("sep must be str or bytes, not {tn}")));
        }
    };
    if sep_text.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep_text.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => {
            let n = crate::builtins::numeric::int_arg(vm, p)?;
            match i32::try_from(&n) {
                Ok(n) => i64::from(n),
                Err(_) => {
                    return Err(vm.err(
                        Ty::OverflowError,
                        "Python int too large to convert to C int",
                    ))
                }
            }
        }
        None => 1,
    };
    let group = usize::try_from(per.unsigned_abs())
        .unwrap_or(usize::MAX)
        .max(1);
    let n = data.len();
    let mut out = String::with_capacity(n * 3);
    for (i, b) in data.iter().enumerate() {
        let boundary = if per < 0 {
            i % group == 0
        } else {
            (n - i) % group == 0
        };
        if i > 0 && per != 0 && boundary {
            out.push_str(&sep_text);
        }
        out.push_str(&digits(b));
    }
    vm.new_str(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(vm: &mut Vm, t: Ty, args: &Args) -> RtResult<Value> {
    args.exact(vm, 1)?;
    let Some(s) = vm.str_of(args.pos[0]).map(str::to_string) else {
        let tn = vm.arg_type_name(args.pos[0]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let Some(top) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            return Err(bad(vm, i));
        };
        let Some(bot) = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
        else {
            return Err(bad(vm, i + 1));
        };
        out.push(u8::try_from(top * 16 + bot).unwrap_or(0));
        i += 2;
    }
    new_like(vm, t == Ty::ByteArray, out)
}

/// Calls method `name` of the bytes or bytearray `recv`.
pub fn call(vm: &mut Vm, recv: Value, name: &str, mut args: Args) -> RtResult<Value> {
    let array = matches!(
        recv.as_obj().map(|id| vm.heap.get(id)),
        Some(Obj::ByteArray(_))
    );
    let data = bytes_like(vm, recv).unwrap_or_default();
    if matches!(
        recv.as_obj().map(|id| vm.heap.get(id)),
        Some(Obj::MemoryView(_))
    ) {
        return match name {
            "tobytes" => new_like(vm, false, data),
            "tolist" => {
                let items = data.iter().map(|b| Value::Int(i64::from(*b))).collect();
                vm.new_list(items)
            }
            "hex" => hex(vm, &data, &mut args),
            "release" => Ok(Value::None),
            _ => Err(vm.err(
                Ty::AttributeError,
                format!("'memoryview' object has no attribute '{name}'"),
            )),
        };
    }
    if array && BYTEARRAY_METHODS.contains(&name) {
        return mutate(vm, recv, name, &args);
    }
    let text = latin1(&data);
    macro_rules! tri {
        ($e:expr) => {
            $e.map_err(|e| str_error(vm, e))?
        };
    }
    match name {
        "decode" => {
            let enc = args.take_kw(vm, "encoding").or(args.pos.first().copied());
            let errors = args.take_kw(vm, "errors").or(args.pos.get(1).copied());
            args.no_more_kw(vm)?;
            let enc = match enc {
                Some(e) => text_arg(vm, e, "decode() argument 'encoding'")?,
                None => "utf-8".into(),
            };
            let errors = match errors {
                Some(e) => text_arg(vm, e, "decode() argument 'errors'")?,
                None => "strict".into(),
            };
            let s = str_codecs::decode(&data, &enc, &errors)
                .map_err(|e| crate::builtins::str_format::codec_error(vm, e, recv))?;
            vm.new_str(s)
        }
        "hex" => hex(vm, &data, &mut args),
        "upper" => new_like(vm, array, data.to_ascii_uppercase()),
        "lower" => new_like(vm, array, data.to_ascii_lowercase()),
        "swapcase" => {
            let out = data
                .iter()
                .map(|c| {
                    if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect();
            new_like(vm, array, out)
        }
        "capitalize" => {
            let mut out = data.to_ascii_lowercase();
            if let Some(c) = out.first_mut() {
                *c = c.to_ascii_uppercase();
            }
            new_like(vm, array, out)
        }
        "title" => new_like(vm, array, title(&data)),
        "isalnum" | "isalpha" | "isascii" | "isdigit" | "islower" | "isspace" | "istitle"
        | "isupper" => {
            args.exact(vm, 0)?;
            Ok(Value::Bool(predicate(&data, name)))
        }
        "strip" | "lstrip" | "rstrip" => {
            args.range(vm, 0, 1)?;
            let chars = match args.pos.first().filter(|v| !v.is_none()) {
                Some(v) => Some(buffer_arg(vm, *v)?),
                None => None,
            };
            let (l, r) = (name != "rstrip", name != "lstrip");
            let out = strip_bytes(&data, chars.as_deref(), l, r).to_vec();
            new_like(vm, array, out)
        }
        "split" | "rsplit" => {
            let sep_kw = args.take_kw(vm, "sep");
            let max_kw = args.take_kw(vm, "maxsplit");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 2)?;
            let sep = sep_kw
                .or(args.pos.first().copied())
                .filter(|v| !v.is_none());
            let maxsplit = match max_kw.or(args.pos.get(1).copied()) {
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            let parts = match sep {
                None => split_whitespace(&data, maxsplit, name == "rsplit"),
                Some(s) => {
                    let sep = latin1(&buffer_arg(vm, s)?);
                    let parts = if name == "split" {
                        tri!(str_split::split(&text, Some(&sep), maxsplit))
                    } else {
                        tri!(str_split::rsplit(&text, Some(&sep), maxsplit))
                    };
                    parts.into_iter().map(unlatin1).collect()
                }
            };
            list_of(vm, array, parts)
        }
        "splitlines" => {
            let keep = match args.take_kw(vm, "keepends").or(args.pos.first().copied()) {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let parts = splitlines(&data, keep);
            list_of(vm, array, parts)
        }
        "join" => {
            args.exact(vm, 1)?;
            let it = vm.iter_or_type_error(args.pos[0], "can only join an iterable")?;
            let items = vm.collect_iterable(it)?;
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&data);
                }
                match bytes_like(vm, *item) {
                    Some(b) => out.extend(b),
                    None => {
                        let tn = vm.type_name(*item);
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {tn} found"
                        )));
                    }
                }
                vm.heap.check_fits(out.len() as u64)?;
            }
            new_like(vm, array, out)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            args.range(vm, 1, 3)?;
            let needle = latin1(&needle_arg(vm, args.pos[0])?);
            let start = opt_index(vm, args.pos.get(1))?;
            let end = opt_index(vm, args.pos.get(2))?;
            let found = match name {
                "find" => sm::find(&text, &needle, start, end),
                "rfind" => sm::rfind(&text, &needle, start, end),
                "count" => sm::count(&text, &needle, start, end) as i64,
                _ => {
                    let i = if name == "index" {
                        sm::find(&text, &needle, start, end)
                    } else {
                        sm::rfind(&text, &needle, start, end)
                    };
                    if i < 0 {
                        return Err(vm.value_error("subsection not found"));
                    }
                    i
                }
            };
            Ok(Value::Int(found))
        }
        "replace" => {
            let count_kw = args.take_kw(vm, "count");
            args.no_more_kw(vm)?;
            args.range(vm, 2, 3)?;
            let old = latin1(&buffer_arg(vm, args.pos[0])?);
            let new = latin1(&buffer_arg(vm, args.pos[1])?);
            let count = match count_kw.or(args.pos.get(2).copied()) {
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            let out = tri!(sm::replace(&text, &old, &new, count));
            new_like(vm, array, unlatin1(&out))
        }
        "startswith" | "endswith" => {
            args.range(vm, 1, 3)?;
            let start = opt_index(vm, args.pos.get(1))?;
            let end = opt_index(vm, args.pos.get(2))?;
            let candidates = match bytes_like(vm, args.pos[0]) {
                Some(b) => vec![b],
                None => {
                    let is_tuple = matches!(
                        args.pos[0].as_obj().map(|id| vm.heap.get(id)),
                        Some(Obj::Tuple(_))
                    );
                    if !is_tuple {
                        let tn = vm.type_name(args.pos[0]);
                        return Err(vm.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {tn}"
                        )));
                    }
                    let mut out = Vec::new();
                    for item in vm.tuple_items(args.pos[0]) {
                        match bytes_like(vm, item) {
                            Some(b) => out.push(b),
                            None => {
                                let tn = vm.type_name(item);
                                return Err(vm.type_error(format!(
                                    "a bytes-like object is required, not '{tn}'"
                                )));
                            }
                        }
                    }
                    out
                }
            };
            let hit = candidates.iter().any(|p| {
                let p = latin1(p);
                if name == "startswith" {
                    sm::startswith(&text, &p, start, end)
                } else {
                    sm::endswith(&text, &p, start, end)
                }
            });
            Ok(Value::Bool(hit))
        }
        "partition" | "rpartition" => {
            args.exact(vm, 1)?;
            let sep = latin1(&buffer_arg(vm, args.pos[0])?);
            let (a, m, c) = if name == "partition" {
                tri!(sm::partition(&text, &sep))
            } else {
                tri!(sm::rpartition(&text, &sep))
            };
            let (a, m, c) = (unlatin1(a), unlatin1(m), unlatin1(c));
            let parts = vec![
                new_like(vm, array, a)?,
                new_like(vm, array, m)?,
                new_like(vm, array, c)?,
            ];
            vm.new_tuple(parts)
        }
        "center" | "ljust" | "rjust" => {
            args.range(vm, 1, 2)?;
            let width = int_arg(vm, args.pos[0])?;
            let fill = match args.pos.get(1) {
                Some(f) => match bytes_like(vm, *f) {
                    Some(b) if b.len() == 1 => char::from(b[0]),
                    _ => {
                        let tn = vm.type_name(*f);
                        return Err(vm.type_error(format!(
                            "{name}() argument 2 must be a byte string of length 1, not {tn}"
                        )));
                    }
                },
                None => ' ',
            };
            let out = match name {
                "center" => tri!(str_pad::center(&text, width, fill)),
                "ljust" => tri!(str_pad::ljust(&text, width, fill)),
                _ => tri!(str_pad::rjust(&text, width, fill)),
            };
            new_like(vm, array, unlatin1(&out))
        }
        "zfill" => {
            args.exact(vm, 1)?;
            let width = int_arg(vm, args.pos[0])?;
            let out = tri!(str_pad::zfill(&text, width));
            new_like(vm, array, unlatin1(&out))
        }
        "expandtabs" => {
            let ts = match args.take_kw(vm, "tabsize").or(args.pos.first().copied()) {
                Some(v) => int_arg(vm, v)?,
                None => 8,
            };
            if i32::try_from(ts).is_err() {
                return Err(vm.err(
                    Ty::OverflowError,
                    "Python int too large to convert to C int",
                ));
            }
            let out = tri!(str_pad::expandtabs(&text, ts));
            new_like(vm, array, unlatin1(&out))
        }
        "removeprefix" | "removesuffix" => {
            args.exact(vm, 1)?;
            let a = buffer_arg(vm, args.pos[0])?;
            let out = if name == "removeprefix" {
                data.strip_prefix(a.as_slice()).unwrap_or(&data)
            } else {
                data.strip_suffix(a.as_slice()).unwrap_or(&data)
            };
            let out = out.to_vec();
            new_like(vm, array, out)
        }
        _ => {
            let tn = vm.type_name(recv);
            Err(vm.err(
                Ty::AttributeError,
                format!("'{tn}' object has no attribute '{name}'"),
            ))
        }
    }
}

fn text_arg(vm: &mut Vm, v: Value, what: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.arg_type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

fn with_array<R>(vm: &mut Vm, recv: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let id = recv.as_obj()?;
    match vm.heap.get_mut(id) {
        Obj::ByteArray(b) => Some(f(b)),
        _ => None,
    }
}

/// The methods that change a bytearray in place.
fn mutate(vm: &mut Vm, recv: Value, name: &str, args: &Args) -> RtResult<Value> {
    let len = bytes_like(vm, recv).map_or(0, |b| b.len());
    match name {
        "append" => {
            args.exact(vm, 1)?;
            let b = byte_value(vm, args.pos[0])?;
            vm.heap.charge(1)?;
            with_array(vm, recv, |a| a.push(b));
        }
        "extend" => {
            args.exact(vm, 1)?;
            let more = match bytes_like(vm, args.pos[0]) {
                Some(b) => b,
                None => {
                    if vm.str_of(args.pos[0]).is_some() {
                        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
                    }
                    bytes_from_object(vm, args.pos[0])?
                }
            };
            vm.heap.charge(more.len() as u64)?;
            with_array(vm, recv, |a| a.extend(more));
        }
        "insert" => {
            args.exact(vm, 2)?;
            let i = vm.index_of(args.pos[0])?;
            let b = byte_value(vm, args.pos[1])?;
            vm.heap.charge(1)?;
            with_array(vm, recv, |a| {
                let n = a.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                a.insert(at as usize, b);
            });
        }
        "pop" => {
            args.range(vm, 0, 1)?;
            if len == 0 {
                return Err(vm.err(Ty::IndexError, "pop from empty bytearray"));
            }
            let i = match args.pos.first() {
                Some(v) => vm.index_of(*v)?,
                None => -1,
            };
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.err(Ty::IndexError, "pop index out of range"));
            }
            let b = with_array(vm, recv, |a| a.remove(j as usize)).unwrap_or(0);
            return Ok(Value::Int(i64::from(b)));
        }
        "remove" => {
            args.exact(vm, 1)?;
            let b = byte_value(vm, args.pos[0])?;
            let found = with_array(vm, recv, |a| match a.iter().position(|x| *x == b) {
                Some(p) => {
                    a.remove(p);
                    true
                }
                None => false,
            });
            if found != Some(true) {
                return Err(vm.value_error("value not found in bytearray"));
            }
        }
        "reverse" => {
            args.exact(vm, 0)?;
            with_array(vm, recv, |a| a.reverse());
        }
        "clear" => {
            args.exact(vm, 0)?;
            with_array(vm, recv, Vec::clear);
        }
        _ => {
            args.exact(vm, 0)?;
            let data = bytes_like(vm, recv).unwrap_or_default();
            return new_like(vm, true, data);
        }
    }
    Ok(Value::None)
}
