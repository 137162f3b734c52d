//! Methods of `str`, on top of the Unicode-exact functions in `objects::str_*`.

use crate::builtins::str_format::str_error;
use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::{
    str_case, str_codecs, str_methods as sm, str_pad, str_predicates as sp, str_split,
    str_translate,
};
use crate::objects::{Dict, Obj};
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

/// A str argument; `what` starts the message ("replace() argument 1 must be str, not int").
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.arg_type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// A str argument checked the older way ("must be str, not NoneType").
fn str_arg_plain(vm: &mut Vm, v: Value, must: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{must}, not {tn}")))
        }
    }
}

/// An optional slice index (None or an int saturated to i64).
pub(super) fn opt_index(vm: &mut Vm, v: Option<&Value>) -> RtResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.num(*v) {
            Some(Num::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            _ => vm.index_of(*v).map(Some).map_err(|_| {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            }),
        },
    }
}

pub(super) fn int_arg(vm: &mut Vm, v: Value) -> RtResult<i64> {
    match vm.num(v) {
        Some(Num::Big(_)) => Err(vm.err(
            Ty::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => vm.index_of(v),
    }
}

fn list_of_strs(vm: &mut Vm, items: Vec<&str>) -> RtResult<Value> {
    let mut vals = Vec::with_capacity(items.len());
    for s in items {
        vals.push(vm.new_str(s)?);
    }
    vm.new_list(vals)
}

/// `str.maketrans(x[, y[, z]])` as a dict of code points.
fn maketrans(vm: &mut Vm, args: &Args) -> RtResult<Value> {
    args.range(vm, 1, 3)?;
    let d = vm.alloc(Obj::Dict(Dict::new()))?;
    let id = d.as_obj().unwrap_or(crate::value::ObjId(0));
    if args.pos.len() == 1 {
        let src = args.pos[0];
        if !matches!(src.as_obj().map(|i| vm.heap.get(i)), Some(Obj::Dict(_))) {
            return Err(str_error(vm, str_translate::maketrans_one_arg_error()));
        }
        for (k, v) in vm.dict_items_of(src) {
            let key = match vm.str_of(k).map(str::to_string) {
                Some(s) => Value::Int(
                    str_translate::maketrans_str_key(&s).map_err(|e| str_error(vm, e))? as i64,
                ),
                None => match k {
                    Value::Int(_) => k,
                    _ => return Err(str_error(vm, str_translate::maketrans_key_type_error())),
                },
            };
            vm.dict_set(id, key, v)?;
        }
        return Ok(d);
    }
    let x = match vm.str_of(args.pos[0]) {
        Some(s) => s.to_string(),
        None => return Err(str_error(vm, str_translate::maketrans_first_arg_error())),
    };
    let y = match vm.str_of(args.pos[1]) {
        Some(s) => s.to_string(),
        None => {
            let tn = vm.type_name(args.pos[1]);
            return Err(str_error(
                vm,
                str_translate::maketrans_arg_type_error(2, &tn),
            ));
        }
    };
    let z = match args.pos.get(2) {
        Some(v) => match vm.str_of(*v) {
            Some(s) => Some(s.to_string()),
            None => {
                let tn = vm.type_name(*v);
                return Err(str_error(
                    vm,
                    str_translate::maketrans_arg_type_error(3, &tn),
                ));
            }
        },
        None => None,
    };
    let pairs =
        str_translate::maketrans_pairs(&x, &y, z.as_deref()).map_err(|e| str_error(vm, e))?;
    for (k, v) in pairs {
        let val = match v {
            Some(c) => Value::Int(c as i64),
            None => Value::None,
        };
        vm.dict_set(id, Value::Int(k as i64), val)?;
    }
    Ok(d)
}

pub fn call(vm: &mut Vm, recv: Value, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let mut args = Args::method("str", name, pos, kw);
    if name == "maketrans" {
        return maketrans(vm, &args);
    }
    let s = vm.str_of(recv).unwrap_or("").to_string();
    let b = |v: bool| Ok(Value::Bool(v));
    macro_rules! tri {
        ($e:expr) => {
            $e.map_err(|e| str_error(vm, e))?
        };
    }
    if matches!(
        name,
        "upper" | "lower" | "casefold" | "swapcase" | "title" | "capitalize"
    ) || name.starts_with("is")
    {
        args.exact(vm, 0)?;
    }
    match name {
        "split" | "rsplit" => args.clinic(vm, &["sep", "maxsplit"], 0)?,
        "splitlines" => args.clinic(vm, &["keepends"], 0)?,
        "expandtabs" => args.clinic(vm, &["tabsize"], 0)?,
        "encode" => args.clinic(vm, &["encoding", "errors"], 0)?,
        "replace" => {
            if args.pos.len() < 2 {
                return Err(vm.type_error(format!(
                    "replace() takes at least 2 positional arguments ({} given)",
                    args.pos.len()
                )));
            }
            args.clinic(vm, &["old", "new", "count"], 2)?;
        }
        _ => {}
    }
    match name {
        "upper" => vm.new_str(str_case::upper(&s)),
        "lower" => vm.new_str(str_case::lower(&s)),
        "casefold" => vm.new_str(str_case::casefold(&s)),
        "swapcase" => vm.new_str(str_case::swapcase(&s)),
        "title" => vm.new_str(str_case::title(&s)),
        "capitalize" => vm.new_str(str_case::capitalize(&s)),
        "strip" | "lstrip" | "rstrip" => {
            args.range(vm, 0, 1)?;
            let chars = match args.pos.first() {
                Some(Value::None) | None => None,
                Some(v) => match vm.str_of(*v) {
                    Some(t) => Some(t.to_string()),
                    None => {
                        return Err(vm.type_error(format!("{name} arg must be None or str")));
                    }
                },
            };
            let out = match name {
                "strip" => str_split::strip(&s, chars.as_deref()),
                "lstrip" => str_split::lstrip(&s, chars.as_deref()),
                _ => str_split::rstrip(&s, chars.as_deref()),
            };
            vm.new_str(out)
        }
        "split" | "rsplit" => {
            let sep_kw = args.take_kw(vm, "sep");
            let max_kw = args.take_kw(vm, "maxsplit");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 2)?;
            let sep = sep_kw
                .or(args.pos.first().copied())
                .filter(|v| !v.is_none());
            let sep = match sep {
                Some(v) => Some(str_arg_plain(vm, v, "must be str or None")?),
                None => None,
            };
            let maxsplit = match max_kw.or(args.pos.get(1).copied()) {
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            let parts = if name == "split" {
                tri!(str_split::split(&s, sep.as_deref(), maxsplit))
            } else {
                tri!(str_split::rsplit(&s, sep.as_deref(), maxsplit))
            };
            list_of_strs(vm, parts)
        }
        "splitlines" => {
            let keep = match args.take_kw(vm, "keepends").or(args.pos.first().copied()) {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let parts = str_split::splitlines(&s, keep);
            list_of_strs(vm, parts)
        }
        "join" => {
            args.exact(vm, 1)?;
            let it = vm.iter_or_type_error(args.pos[0], "can only join an iterable")?;
            let items = vm.collect_iterable(it)?;
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
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            let out = tri!(sm::replace(&s, &old, &new, count));
            vm.heap.check_fits(out.len() as u64)?;
            vm.new_str(out)
        }
        "startswith" | "endswith" => {
            args.range(vm, 1, 3)?;
            let start = opt_index(vm, args.pos.get(1))?;
            let end = opt_index(vm, args.pos.get(2))?;
            let prefixes: Vec<Value> = match vm.str_of(args.pos[0]) {
                Some(_) => vec![args.pos[0]],
                None => {
                    let is_tuple = matches!(
                        args.pos[0].as_obj().map(|id| vm.heap.get(id)),
                        Some(Obj::Tuple(_))
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
            for p in prefixes {
                let Some(p) = vm.str_of(p).map(str::to_string) else {
                    let tn = vm.type_name(p);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {tn}"))
                    );
                };
                let hit = if name == "startswith" {
                    sm::startswith(&s, &p, start, end)
                } else {
                    sm::endswith(&s, &p, start, end)
                };
                if hit {
                    return b(true);
                }
            }
            b(false)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            args.range(vm, 1, 3)?;
            let needle = str_arg(vm, args.pos[0], &format!("{name}() argument 1"))?;
            let start = opt_index(vm, args.pos.get(1))?;
            let end = opt_index(vm, args.pos.get(2))?;
            Ok(Value::Int(match name {
                "find" => sm::find(&s, &needle, start, end),
                "rfind" => sm::rfind(&s, &needle, start, end),
                "index" => tri!(sm::index(&s, &needle, start, end)) as i64,
                "rindex" => tri!(sm::rindex(&s, &needle, start, end)) as i64,
                _ => sm::count(&s, &needle, start, end) as i64,
            }))
        }
        "partition" | "rpartition" => {
            args.exact(vm, 1)?;
            let sep = str_arg_plain(vm, args.pos[0], "must be str")?;
            let (a, m, c) = if name == "partition" {
                tri!(sm::partition(&s, &sep))
            } else {
                tri!(sm::rpartition(&s, &sep))
            };
            let (a, m, c) = (a.to_string(), m.to_string(), c.to_string());
            let (a, m, c) = (vm.new_str(a)?, vm.new_str(m)?, vm.new_str(c)?);
            vm.new_tuple(vec![a, m, c])
        }
        "center" | "ljust" | "rjust" => {
            args.range(vm, 1, 2)?;
            let width = int_arg(vm, args.pos[0])?;
            let fill = match args.pos.get(1) {
                Some(f) => {
                    let f = match vm.str_of(*f) {
                        Some(t) => t.to_string(),
                        None => {
                            let tn = vm.type_name(*f);
                            return Err(vm.type_error(format!(
                                "The fill character must be a unicode character, not {tn}"
                            )));
                        }
                    };
                    tri!(str_pad::fill_char(&f))
                }
                None => ' ',
            };
            let out = match name {
                "center" => tri!(str_pad::center(&s, width, fill)),
                "ljust" => tri!(str_pad::ljust(&s, width, fill)),
                _ => tri!(str_pad::rjust(&s, width, fill)),
            };
            vm.heap.check_fits(out.len() as u64)?;
            vm.new_str(out)
        }
        "zfill" => {
            args.exact(vm, 1)?;
            let width = int_arg(vm, args.pos[0])?;
            let out = tri!(str_pad::zfill(&s, width));
            vm.heap.check_fits(out.len() as u64)?;
            vm.new_str(out)
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
            let out = tri!(str_pad::expandtabs(&s, ts));
            vm.heap.check_fits(out.len() as u64)?;
            vm.new_str(out)
        }
        "removeprefix" | "removesuffix" => {
            args.exact(vm, 1)?;
            let a = str_arg(vm, args.pos[0], &format!("{name}() argument"))?;
            let out = if name == "removeprefix" {
                sm::removeprefix(&s, &a)
            } else {
                sm::removesuffix(&s, &a)
            };
            let out = out.to_string();
            vm.new_str(out)
        }
        "isdecimal" => b(sp::isdecimal(&s)),
        "isdigit" => b(sp::isdigit(&s)),
        "isnumeric" => b(sp::isnumeric(&s)),
        "isalpha" => b(sp::isalpha(&s)),
        "isalnum" => b(sp::isalnum(&s)),
        "isspace" => b(sp::isspace(&s)),
        "isascii" => b(sp::isascii(&s)),
        "isupper" => b(sp::isupper(&s)),
        "islower" => b(sp::islower(&s)),
        "istitle" => b(sp::istitle(&s)),
        "isidentifier" => b(sp::isidentifier(&s)),
        "isprintable" => b(sp::isprintable(&s)),
        "encode" => {
            let enc = args.take_kw(vm, "encoding").or(args.pos.first().copied());
            let errors = args.take_kw(vm, "errors").or(args.pos.get(1).copied());
            args.no_more_kw(vm)?;
            let enc = match enc {
                Some(e) => str_arg(vm, e, "encode() argument 'encoding'")?,
                None => "utf-8".into(),
            };
            let errors = match errors {
                Some(e) => str_arg(vm, e, "encode() argument 'errors'")?,
                None => "strict".into(),
            };
            let bytes = str_codecs::encode(&s, &enc, &errors)
                .map_err(|e| crate::builtins::str_format::codec_error(vm, e, recv))?;
            vm.alloc(Obj::Bytes(bytes))
        }
        "translate" => {
            args.exact(vm, 1)?;
            let table = args.pos[0];
            let out = str_translate::translate(
                &s,
                |cp| -> Result<str_translate::Translation, crate::eval::RtError> {
                    match vm.getitem(table, Value::Int(cp as i64)) {
                        Ok(Value::None) => Ok(str_translate::Translation::Delete),
                        Ok(Value::Int(i)) => {
                            str_translate::translation_from_int(i).map_err(|e| str_error(vm, e))
                        }
                        Ok(v) => match vm.str_of(v) {
                            Some(t) => Ok(str_translate::Translation::Char(t.to_string())),
                            None => Err(vm.type_error(str_translate::BAD_MAPPING_TYPE)),
                        },
                        Err(crate::eval::RtError::Exc(e)) => {
                            let t = vm.type_of(e);
                            if vm.is_subclass(t, Value::Type(Ty::LookupError)) {
                                Ok(str_translate::Translation::Keep)
                            } else {
                                Err(crate::eval::RtError::Exc(e))
                            }
                        }
                        Err(e) => Err(e),
                    }
                },
            )?;
            vm.new_str(out)
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
        "__len__" => Ok(Value::Int(sm::char_len(&s) as i64)),
        "__contains__" => {
            args.exact(vm, 1)?;
            vm.contains(recv, args.pos[0]).map(Value::Bool)
        }
        "__getitem__" => {
            args.exact(vm, 1)?;
            vm.getitem(recv, args.pos[0])
        }
        "__eq__" | "__lt__" if args.pos.len() == 1 && vm.str_of(args.pos[0]).is_none() => {
            Ok(Value::NotImplemented)
        }
        "__add__" | "__mul__" | "__eq__" | "__lt__" | "__hash__" => {
            crate::builtins::methods::misc::dunder_fallback(vm, recv, name, &args.pos)
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("'str' object has no attribute '{name}'"),
        )),
    }
}

impl From<sm::StrError> for crate::eval::RtError {
    fn from(e: sm::StrError) -> Self {
        crate::eval::RtError::Internal(format!("unconverted str error: {}", e.message()))
    }
}
