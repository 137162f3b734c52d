//! Importable modules. Each module is one file that lists its attributes; a module function is
//! a builtin method bound to the module object, so module state stays plain serializable data.

mod host_hook;
pub(crate) mod math;
mod os_hook;
pub(crate) mod re;

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::{Dict, Module, Obj};
use crate::types::Ty;
use crate::value::Value;

/// Modules Terrarium provides natively.
const MODULES: &[&str] = &["math", "_terrarium_os", "_terrarium_host", "_sre"];

/// Modules written in Python, compiled into programs that import them.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("itertools", include_str!("py/itertools.py")),
    ("functools", include_str!("py/functools.py")),
    ("operator", include_str!("py/operator.py")),
    ("collections", include_str!("py/collections.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("string", include_str!("py/string.py")),
    ("copy", include_str!("py/copy.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("typing", include_str!("py/typing.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("json", include_str!("py/json.py")),
    ("asyncio", include_str!("py/asyncio.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("abc", include_str!("py/abc.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("io", include_str!("py/io.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    ("time", include_str!("py/time.py")),
    ("re", include_str!("py/re.py")),
    ("random", include_str!("py/random.py")),
];

/// The source of a library module written in Python.
pub fn python_source(name: &str) -> Option<&'static str> {
    PYTHON_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// Builds the module `name`, or None when Terrarium has no such module.
pub fn create(vm: &mut Vm, name: &str) -> RtResult<Option<Value>> {
    if !MODULES.contains(&name) {
        return Ok(None);
    }
    let m = vm.alloc(Obj::Module(Box::new(Module {
        name: name.to_string(),
        dict: Dict::new(),
        prefix: None,
    })))?;
    let (functions, constants): (&[&str], Vec<(&str, Value)>) = match name {
        "math" => (math::FUNCTIONS, math::constants()),
        "_terrarium_os" => (os_hook::FUNCTIONS, Vec::new()),
        "_terrarium_host" => (host_hook::FUNCTIONS, host_hook::constants(vm)?),
        "_sre" => (re::FUNCTIONS, Vec::new()),
        _ => (&[], Vec::new()),
    };
    for f in functions {
        let v = vm.alloc(Obj::BuiltinMethod {
            receiver: m,
            name: (*f).to_string(),
            unbound: false,
        })?;
        set_attr(vm, m, f, v)?;
    }
    for (k, v) in constants {
        set_attr(vm, m, k, v)?;
    }
    let n = vm.new_str(name)?;
    set_attr(vm, m, "__name__", n)?;
    Ok(Some(m))
}

fn set_attr(vm: &mut Vm, m: Value, name: &str, v: Value) -> RtResult<()> {
    let k = vm.new_str(name)?;
    let h = vm.hash(k)?;
    if let Some(Obj::Module(module)) = m.as_obj().map(|id| vm.heap.get_mut(id)) {
        module.dict.insert_new(h, k, v);
    }
    Ok(())
}

/// Calls function `name` of module `module`.
pub fn call(
    vm: &mut Vm,
    module: &str,
    name: &str,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> RtResult<Value> {
    match module {
        "math" => math::call(vm, name, args, kwargs),
        "_terrarium_os" => os_hook::call(vm, name, args, kwargs),
        "_terrarium_host" => host_hook::call(vm, name, args, kwargs),
        "_sre" => re::call(vm, name, args, kwargs),
        _ => Err(vm.internal(format!("no module {module}"))),
    }
}

/// `print(..., file=f)`: objects with a `write` method.
pub fn write_to_file_object(vm: &mut Vm, f: Value, text: &str) -> RtResult<()> {
    if let Some(m) = vm.lookup_user_method(f, "write") {
        let s = vm.new_str(text)?;
        vm.call_value(m, vec![f, s], Vec::new())?;
        return Ok(());
    }
    Err(vm.err(
        Ty::NotImplementedError,
        "print(file=...) is not supported by Terrarium for this object",
    ))
}
