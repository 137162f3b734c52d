//! The private `_sre` module behind `re.py`: compiles patterns (cached by text and flags) and
//! runs the matcher on str subjects, returning spans as plain tuples.

pub mod compile;
pub mod exec;
pub mod parse;
mod parse_group;
#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use compile::Program;
use exec::{Found, Subject};
use parse::ReError;

pub const FUNCTIONS: &[&str] = &["compile", "match", "scan"];

/// Instructions the cache may hold before it is emptied (a memo, not program state).
const CACHE_INSTS: usize = 1_000_000;

/// Compiled programs by (pattern, flags), and the instructions they hold in total.
type Cache = (HashMap<(String, u32), Rc<Program>>, usize);

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new((HashMap::new(), 0));
}

/// Parses and compiles `pattern`, or returns the cached program.
pub fn program(pattern: &str, flags: u32) -> Result<Rc<Program>, ReError> {
    let key = (pattern.to_string(), flags);
    if let Some(p) = CACHE.with(|c| c.borrow().0.get(&key).cloned()) {
        return Ok(p);
    }
    let parsed = parse::parse(pattern, flags)?;
    let prog = Rc::new(compile::compile(parsed)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.1 + prog.insts.len() > CACHE_INSTS || c.0.len() >= 512 {
            c.0.clear();
            c.1 = 0;
        }
        c.1 += prog.insts.len();
        c.0.insert(key, prog.clone());
    });
    Ok(prog)
}

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

fn int_arg(vm: &mut Vm, v: Value) -> RtResult<i64> {
    vm.index_of(v)
}

/// The subject string cut at `endpos`, as the matcher reads it; `pos`/`endpos` clamped as CPython.
fn subject(
    vm: &mut Vm,
    v: Value,
    pos: i64,
    endpos: i64,
    bytes: bool,
) -> RtResult<(Subject, usize)> {
    let s = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) if bytes => {
            let len = b.len() as i64;
            let end = endpos.clamp(0, len) as usize;
            let start = pos.clamp(0, len) as usize;
            return Ok((Subject::Ascii(b[..end].to_vec()), start));
        }
        Some(Obj::Str(_)) if bytes => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        Some(Obj::Str(s)) => s,
        Some(Obj::Bytes(_) | Obj::ByteArray(_)) => {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        _ => match vm.str_of(v) {
            Some(_) => {
                let text = vm.str_of(v).unwrap_or("").to_string();
                return finish_subject(vm, text, pos, endpos);
            }
            None => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("expected string or bytes-like object, got '{tn}'"))
                );
            }
        },
    };
    let text = s.as_str().to_string();
    finish_subject(vm, text, pos, endpos)
}

fn finish_subject(vm: &mut Vm, text: String, pos: i64, endpos: i64) -> RtResult<(Subject, usize)> {
    let len = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    };
    let end = endpos.clamp(0, len as i64) as usize;
    let start = pos.clamp(0, len as i64) as usize;
    let subj = if text.is_ascii() {
        let mut b = text.into_bytes();
        b.truncate(end);
        Subject::Ascii(b)
    } else {
        vm.heap.check_fits(end as u64 * 4)?;
        Subject::Wide(text.chars().take(end).collect())
    };
    Ok((subj, start))
}

fn found_tuple(vm: &mut Vm, f: &Found) -> RtResult<Value> {
    let mut items = Vec::with_capacity(f.slots.len() + 1);
    items.push(Value::Int(f.lastindex));
    for pair in f.slots.chunks(2) {
        let (s, e) = (pair[0], pair[1]);
        if s == usize::MAX || e == usize::MAX {
            items.push(Value::Int(-1));
            items.push(Value::Int(-1));
        } else {
            items.push(Value::Int(s as i64));
            items.push(Value::Int(e as i64));
        }
    }
    vm.new_tuple(items)
}

fn compiled(vm: &mut Vm, args: &Args) -> RtResult<Rc<Program>> {
    let pattern = str_arg(vm, args.pos[0], "pattern")?;
    let flags = int_arg(vm, args.pos[1])?;
    program(&pattern, flags as u32).map_err(|e| vm.value_error(e.msg))
}

pub fn call(vm: &mut Vm, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let args = Args::method("_sre", name, pos, kw);
    match name {
        // compile(pattern, flags) -> (flags, groups, ((name, index), ...)) or (message, position)
        "compile" => {
            args.exact(vm, 2)?;
            let pattern = str_arg(vm, args.pos[0], "pattern")?;
            let flags = int_arg(vm, args.pos[1])?;
            match program(&pattern, flags as u32) {
                Ok(p) => {
                    let mut names = Vec::new();
                    for (n, g) in &p.names {
                        let k = vm.new_str(n.as_str())?;
                        names.push(vm.new_tuple(vec![k, Value::Int(i64::from(*g))])?);
                    }
                    let names = vm.new_tuple(names)?;
                    let f = Value::Int(i64::from(p.flags));
                    vm.new_tuple(vec![f, Value::Int(i64::from(p.groups)), names])
                }
                Err(e) => {
                    let msg = vm.new_str(e.msg)?;
                    let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
                    vm.new_tuple(vec![msg, pos])
                }
            }
        }
        // match(pattern, flags, string, pos, endpos, mode) with mode 0 match, 1 search, 2 fullmatch
        "match" => {
            args.exact(vm, 6)?;
            let prog = compiled(vm, &args)?;
            let p = int_arg(vm, args.pos[3])?;
            let e = int_arg(vm, args.pos[4])?;
            let mode = int_arg(vm, args.pos[5])?;
            let bytes = int_arg(vm, args.pos[1])? & i64::from(parse::F_BYTES) != 0;
            let (subj, start) = subject(vm, args.pos[2], p, e, bytes)?;
            if start > subj.len() {
                return Ok(Value::None);
            }
            let mut budget = |steps: u64, stack: usize| {
                vm.tick(steps)?;
                vm.heap.check_fits(stack as u64 * exec::FRAME_BYTES)
            };
            let r = exec::search(
                &prog,
                &subj,
                start,
                mode != 1,
                mode == 2,
                false,
                &mut budget,
            )?;
            match r {
                Some(f) => found_tuple(vm, &f),
                None => Ok(Value::None),
            }
        }
        // scan(pattern, flags, string, pos, endpos, must_advance, limit) -> [match tuples]
        "scan" => {
            args.exact(vm, 7)?;
            let prog = compiled(vm, &args)?;
            let p = int_arg(vm, args.pos[3])?;
            let e = int_arg(vm, args.pos[4])?;
            let mut must_advance = vm.truthy(args.pos[5])?;
            let limit = int_arg(vm, args.pos[6])?.max(1) as usize;
            let bytes = int_arg(vm, args.pos[1])? & i64::from(parse::F_BYTES) != 0;
            let (subj, mut start) = subject(vm, args.pos[2], p, e, bytes)?;
            let mut found = Vec::new();
            while start <= subj.len() && found.len() < limit {
                let mut budget = |steps: u64, stack: usize| {
                    vm.tick(steps)?;
                    vm.heap.check_fits(stack as u64 * exec::FRAME_BYTES)
                };
                let r = exec::search(&prog, &subj, start, false, false, must_advance, &mut budget)?;
                let Some(f) = r else { break };
                must_advance = f.slots[0] == f.slots[1];
                start = f.slots[1];
                found.push(found_tuple(vm, &f)?);
            }
            vm.new_list(found)
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("module '_sre' has no attribute '{name}'"),
        )),
    }
}
