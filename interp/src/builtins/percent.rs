//! printf-style `%` formatting of str and bytes (`'%5.2f' % x`, `b'%s' % data`): walks the
//! format and fetches the arguments as CPython's `PyUnicode_Format` and `_PyBytes_FormatEx`
//! do, and converts each through `objects::percent_format`.
//!
//! Bytes are handled as text of Latin-1 characters (one char per byte) and turned back into
//! bytes at the end, so both forms share one walk.

use num_bigint::BigInt;

use crate::eval::ops::Num;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::format_spec::FormatError;
use crate::objects::int_text::DEFAULT_MAX_STR_DIGITS;
use crate::objects::percent_format::{
    parse_percent_key, parse_percent_spec, percent_char, percent_char_code, percent_float,
    percent_int, percent_text, unsupported_message, PercentParseError, PercentSpec, Star,
};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// The argument cursor (`unicode_formatter_t`): `arglen` -1 means a single non-tuple argument,
/// which the first fetch returns.
struct Cursor {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
}

impl Cursor {
    fn next(&mut self, vm: &mut Vm) -> RtResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            let items = vm.tuple_items(self.args);
            return Ok(items.get(i as usize).copied().unwrap_or(Value::None));
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `PyMapping_Check`: the object has `__getitem__` (dicts, lists, ranges, classes defining it).
fn is_mapping(vm: &Vm, v: Value) -> bool {
    if vm.lookup_user_method(v, "__getitem__").is_some() {
        return true;
    }
    matches!(
        vm.native_of(v).as_obj().map(|id| vm.heap.get(id)),
        Some(
            Obj::Dict(_)
                | Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Range { .. }
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
        )
    )
}

fn is_kind(vm: &Vm, v: Value, f: impl Fn(&Obj) -> bool) -> bool {
    vm.native_of(v)
        .as_obj()
        .is_some_and(|id| f(vm.heap.get(id)))
}

/// `fmt % args` for a str format.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> RtResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    format_chars(vm, &chars, args, false)
}

/// `fmt % args` for a bytes or bytearray format.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> RtResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|b| char::from(*b)).collect();
    let text = format_chars(vm, &chars, args, true)?;
    Ok(text
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect())
}

fn format_chars(vm: &mut Vm, fmt: &[char], args: Value, bytes: bool) -> RtResult<String> {
    let is_tuple = is_kind(vm, args, |o| matches!(o, Obj::Tuple(_)));
    let excluded = is_tuple
        || is_kind(vm, args, |o| matches!(o, Obj::Str(_)))
        || bytes && is_kind(vm, args, |o| matches!(o, Obj::Bytes(_) | Obj::ByteArray(_)));
    let dict = (!excluded && is_mapping(vm, args)).then_some(args);
    let mut cur = if is_tuple {
        let n = vm.tuple_items(vm.native_of(args)).len() as i64;
        Cursor {
            args: vm.native_of(args),
            arglen: n,
            argidx: 0,
            dict,
        }
    } else {
        Cursor {
            args,
            arglen: -1,
            argidx: -2,
            dict,
        }
    };
    let what = if bytes { "bytes" } else { "string" };
    let mut out = String::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != '%' {
            let end = fmt[i..]
                .iter()
                .position(|c| *c == '%')
                .map_or(fmt.len(), |p| i + p);
            out.extend(&fmt[i..end]);
            i = end;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        i = format_one(vm, fmt, i, &mut cur, bytes, &mut out)?;
        vm.heap.check_fits(out.len() as u64)?;
        if cur.dict.is_some() && cur.argidx < cur.arglen {
            return Err(vm.type_error(format!(
                "not all arguments converted during {what} formatting"
            )));
        }
    }
    if cur.argidx < cur.arglen && cur.dict.is_none() {
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// One conversion starting just after its `%`; returns the position after it.
fn format_one(
    vm: &mut Vm,
    fmt: &[char],
    pos: usize,
    cur: &mut Cursor,
    bytes: bool,
    out: &mut String,
) -> RtResult<usize> {
    let mut pos = pos;
    if fmt.get(pos) == Some(&'(') {
        let Some(dict) = cur.dict else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let (key, next) = match parse_percent_key(fmt, pos) {
            Ok(Some(k)) => k,
            Ok(None) => return Err(vm.internal("percent key without '('")),
            Err(e) => return Err(vm.format_error(e)),
        };
        let key = if bytes {
            let raw: Vec<u8> = key
                .chars()
                .map(|c| u8::try_from(c).unwrap_or(b'?'))
                .collect();
            vm.alloc(Obj::Bytes(raw))?
        } else {
            vm.new_str(key)?
        };
        cur.args = vm.getitem(dict, key)?;
        cur.arglen = -1;
        cur.argidx = -2;
        pos = next;
    }
    let parsed = {
        let mut star = |which: Star| -> RtResult<i64> { star_value(vm, cur, which) };
        parse_percent_spec(fmt, pos, &mut star)
    };
    let (spec, next) = match parsed {
        Ok(p) => p,
        Err(PercentParseError::Format(e)) => return Err(vm.format_error(e)),
        Err(PercentParseError::Arg(e)) => return Err(e),
    };
    let v = cur.next(vm)?;
    let text = convert(vm, v, &spec, next - 1, bytes)?;
    out.push_str(&text);
    Ok(next)
}

/// The value of a `*` width or precision: an int ("* wants int" otherwise).
fn star_value(vm: &mut Vm, cur: &mut Cursor, which: Star) -> RtResult<i64> {
    let v = cur.next(vm)?;
    let n = match v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Bool(b) => Some(Num::Int(i64::from(b))),
        Value::Obj(_) if is_kind(vm, v, |o| matches!(o, Obj::BigInt(_))) => vm.num(v),
        _ => None,
    };
    match n {
        Some(Num::Int(i)) => Ok(i),
        Some(_) => {
            let c = if which == Star::Width {
                "ssize_t"
            } else {
                "int"
            };
            Err(vm.err(
                Ty::OverflowError,
                format!("Python int too large to convert to C {c}"),
            ))
        }
        None => Err(vm.type_error("* wants int")),
    }
}

fn fmt_err(vm: &mut Vm, r: Result<String, FormatError>) -> RtResult<String> {
    r.map_err(|e| vm.format_error(e))
}

/// The text of one conversion of `v`.
fn convert(
    vm: &mut Vm,
    v: Value,
    spec: &PercentSpec,
    index: usize,
    bytes: bool,
) -> RtResult<String> {
    match spec.conv {
        's' | 'b' if bytes => {
            let raw = bytes_of_arg(vm, v)?;
            let text: String = raw.iter().map(|b| char::from(*b)).collect();
            fmt_err(vm, percent_text(&text, spec))
        }
        'r' | 'a' if bytes => {
            let text = vm.ascii(v)?;
            fmt_err(vm, percent_text(&text, spec))
        }
        's' | 'r' | 'a' if !bytes => {
            let text = match spec.conv {
                's' => {
                    let sv = vm.to_str_value(v)?;
                    vm.str_of(sv).unwrap_or("").to_string()
                }
                'r' => vm.repr(v)?,
                _ => vm.ascii(v)?,
            };
            fmt_err(vm, percent_text(&text, spec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_for_conversion(vm, v, spec.conv)?;
            fmt_err(vm, percent_int(&n, spec, DEFAULT_MAX_STR_DIGITS))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = crate::modules::math::float_arg(vm, v)?;
            fmt_err(vm, percent_float(x, spec))
        }
        'c' => {
            let c = if bytes {
                byte_char(vm, v)?
            } else {
                text_char(vm, v)?
            };
            fmt_err(vm, percent_char(c, spec))
        }
        other => Err(vm.value_error(unsupported_message(other, index))),
    }
}

/// `%d` and friends: an int, or what `int()` (`%d %i %u`) or `__index__` (`%o %x %X`) makes of
/// a number; anything else is CPython's "a real number / an integer is required".
fn int_for_conversion(vm: &mut Vm, v: Value, conv: char) -> RtResult<BigInt> {
    let wants_index = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &mut Vm| {
        let tn = vm.type_name(v);
        let what = if wants_index {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!("%{conv} format: {what} is required, not {tn}"))
    };
    match vm.num(v) {
        Some(Num::Int(i)) if !matches!(vm.native_of(v), Value::Float(_)) => {
            return Ok(BigInt::from(i))
        }
        Some(Num::Big(b)) => return Ok(b),
        _ => {}
    }
    let numeric = vm.num(v).is_some()
        || ["__int__", "__index__", "__float__"]
            .iter()
            .any(|m| vm.lookup_user_method(v, m).is_some());
    if !numeric {
        return Err(wrong(vm));
    }
    let converted = if wants_index {
        vm.index_of(v).map(Value::Int)
    } else {
        crate::builtins::types::to_int(vm, v, None)
    };
    match converted {
        Ok(n) => crate::builtins::numeric::int_arg(vm, n),
        Err(RtError::Exc(e)) if vm.type_of(e).is(Value::Type(Ty::TypeError)) => Err(wrong(vm)),
        Err(e) => Err(e),
    }
}

/// `%c` of str: an int code point or a one-character string.
fn text_char(vm: &mut Vm, v: Value) -> RtResult<char> {
    if let Some(s) = vm.str_of(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    match vm.num(v) {
        Some(Num::Int(i)) if !matches!(vm.native_of(v), Value::Float(_)) => {
            percent_char_code(&BigInt::from(i)).map_err(|e| vm.format_error(e))
        }
        Some(Num::Big(_)) => Err(vm.err(Ty::OverflowError, "%c arg not in range(0x110000)")),
        _ => Err(vm.type_error("%c requires int or char")),
    }
}

/// `%c` of bytes: an int in range(256) or a single byte.
fn byte_char(vm: &mut Vm, v: Value) -> RtResult<char> {
    if let Some(Obj::Bytes(b) | Obj::ByteArray(b)) = v.as_obj().map(|id| vm.heap.get(id)) {
        if b.len() == 1 {
            return Ok(char::from(b[0]));
        }
    }
    let not_byte = "%c requires an integer in range(256) or a single byte";
    match vm.num(v) {
        Some(Num::Int(i)) if !matches!(vm.native_of(v), Value::Float(_)) => match u8::try_from(i) {
            Ok(b) => Ok(char::from(b)),
            Err(_) => Err(vm.err(Ty::OverflowError, "%c arg not in range(256)")),
        },
        Some(Num::Big(_)) => Err(vm.err(Ty::OverflowError, "%c arg not in range(256)")),
        _ => Err(vm.type_error(not_byte)),
    }
}

/// `%s`/`%b` of bytes: a bytes-like object or one with `__bytes__`.
fn bytes_of_arg(vm: &mut Vm, v: Value) -> RtResult<Vec<u8>> {
    if let Some(b) = crate::builtins::methods::bytes_like(vm, v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_user_method(v, "__bytes__") {
        let r = vm.call_value(m, vec![v], Vec::new())?;
        if let Some(Obj::Bytes(b)) = r.as_obj().map(|id| vm.heap.get(id)) {
            return Ok(b.clone());
        }
        let tn = vm.type_name(r);
        return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}
