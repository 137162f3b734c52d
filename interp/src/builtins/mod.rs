//! The builtin functions: one registry (name -> `Builtin`), dispatch to the file of each family,
//! and argument checking with CPython's messages.

mod complex_new;
pub mod format;
mod introspect;
pub mod iterables;
pub mod methods;
pub mod numeric;
mod output;
mod percent;
mod str_format;
pub mod types;

use serde::{Deserialize, Serialize};

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

macro_rules! builtins {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// A builtin function.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Builtin {
            $($variant,)*
        }

        impl Builtin {
            pub const ALL: &'static [Builtin] = &[$(Builtin::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Builtin::$variant => $name,)*
                }
            }
        }
    };
}

builtins! {
    Abs = "abs",
    All = "all",
    Any = "any",
    Ascii = "ascii",
    Bin = "bin",
    Callable = "callable",
    Chr = "chr",
    Delattr = "delattr",
    Dir = "dir",
    Divmod = "divmod",
    Format = "format",
    Getattr = "getattr",
    Globals = "globals",
    Hasattr = "hasattr",
    Hash = "hash",
    Hex = "hex",
    Id = "id",
    Isinstance = "isinstance",
    Issubclass = "issubclass",
    Iter = "iter",
    Len = "len",
    Locals = "locals",
    Max = "max",
    Min = "min",
    Next = "next",
    Oct = "oct",
    Ord = "ord",
    Pow = "pow",
    Print = "print",
    Repr = "repr",
    Round = "round",
    Setattr = "setattr",
    Sorted = "sorted",
    Sum = "sum",
    Vars = "vars",
    Open = "open",
    Eval = "eval",
    Exec = "exec",
    Compile = "compile",
    Import = "__import__",
    Input = "input",
    Breakpoint = "breakpoint",
    Aiter = "aiter",
    Anext = "anext",
}

/// The builtin (function or type or constant) of this name.
pub fn lookup(name: &str) -> Option<Value> {
    match name {
        "None" => return Some(Value::None),
        "True" => return Some(Value::Bool(true)),
        "False" => return Some(Value::Bool(false)),
        "NotImplemented" => return Some(Value::NotImplemented),
        "Ellipsis" => return Some(Value::Ellipsis),
        "__name__" => return None,
        "IOError" | "EnvironmentError" => return Some(Value::Type(Ty::OSError)),
        _ => {}
    }
    if let Some(b) = Builtin::ALL.iter().find(|b| b.name() == name) {
        return Some(Value::Builtin(*b));
    }
    Ty::from_builtin_name(name).map(Value::Type)
}

/// Arguments of a builtin call, with CPython-style checks. The names are borrowed, so making
/// one allocates nothing; the qualified name is only built for an error message.
pub struct Args<'n> {
    /// The type a method belongs to (`list` for `list.append`); empty for functions.
    pub owner: &'static str,
    /// The function or method name, as the "expected N arguments" messages show it.
    pub name: &'n str,
    pub pos: Vec<Value>,
    pub kw: KwArgs,
}

impl<'n> Args<'n> {
    pub fn new(name: &'n str, pos: Vec<Value>, kw: KwArgs) -> Args<'n> {
        Args {
            owner: "",
            name,
            pos,
            kw,
        }
    }

    /// The arguments of method `name` of type `owner`.
    pub fn method(owner: &'static str, name: &'n str, pos: Vec<Value>, kw: KwArgs) -> Args<'n> {
        Args {
            owner,
            name,
            pos,
            kw,
        }
    }

    /// A copy (the argument lists are cloned).
    pub fn duplicate(&self) -> Args<'n> {
        Args {
            owner: self.owner,
            name: self.name,
            pos: self.pos.clone(),
            kw: self.kw.clone(),
        }
    }

    /// The qualified name of "takes exactly one argument" messages (`len`, `list.append`).
    pub fn qualname(&self) -> String {
        if self.owner.is_empty() {
            self.name.to_string()
        } else {
            format!("{}.{}", self.owner, self.name)
        }
    }

    /// The name without its type (`append` for `list.append`).
    pub fn short(&self) -> &str {
        self.name
    }

    /// The count check of an argument-clinic function that takes keywords: `names` are its
    /// parameters in order, the first `required` of them mandatory.
    pub fn clinic(&self, vm: &mut Vm, names: &[&str], required: usize) -> RtResult<()> {
        let total = self.pos.len() + self.kw.len();
        let short = self.short().to_string();
        if total > names.len() {
            let word = if names.len() == 1 {
                "argument"
            } else {
                "arguments"
            };
            return Err(vm.type_error(format!(
                "{short}() takes at most {} {word} ({total} given)",
                names.len()
            )));
        }
        for (i, name) in names.iter().enumerate().take(required) {
            let by_name = self.kw.iter().any(|(k, _)| vm.str_of(*k) == Some(*name));
            if i >= self.pos.len() && !by_name {
                return Err(vm.type_error(format!(
                    "{short}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        Ok(())
    }

    /// Keyword names from `**mapping` must be strings.
    pub fn check_kw_names(&self, vm: &mut Vm) -> RtResult<()> {
        if self.kw.iter().any(|(k, _)| vm.str_of(*k).is_none()) {
            return Err(vm.type_error("keywords must be strings"));
        }
        Ok(())
    }

    /// No keyword arguments allowed.
    pub fn no_kw(&self, vm: &mut Vm) -> RtResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{}() takes no keyword arguments", self.qualname())))
        }
    }

    /// Exactly `n` positional arguments.
    pub fn exact(&self, vm: &mut Vm, n: usize) -> RtResult<()> {
        self.no_kw(vm)?;
        if self.pos.len() == n {
            return Ok(());
        }
        let msg = match n {
            0 => format!(
                "{}() takes no arguments ({} given)",
                self.qualname(),
                self.pos.len()
            ),
            1 => format!(
                "{}() takes exactly one argument ({} given)",
                self.qualname(),
                self.pos.len()
            ),
            _ => format!(
                "{} expected {} arguments, got {}",
                self.short(),
                n,
                self.pos.len()
            ),
        };
        Err(vm.type_error(msg))
    }

    /// Between `min` and `max` positional arguments.
    pub fn range(&self, vm: &mut Vm, min: usize, max: usize) -> RtResult<()> {
        let n = self.pos.len();
        if n < min {
            let msg = if min == 1 {
                format!("{} expected at least 1 argument, got {n}", self.short())
            } else {
                format!(
                    "{} expected at least {min} arguments, got {n}",
                    self.short()
                )
            };
            return Err(vm.type_error(msg));
        }
        if n > max {
            let msg = if max == 1 {
                format!("{} expected at most 1 argument, got {n}", self.short())
            } else {
                format!("{} expected at most {max} arguments, got {n}", self.short())
            };
            return Err(vm.type_error(msg));
        }
        Ok(())
    }

    /// Takes a keyword argument by name (removing it).
    pub fn take_kw(&mut self, vm: &Vm, name: &str) -> Option<Value> {
        let i = self
            .kw
            .iter()
            .position(|(k, _)| vm.str_of(*k) == Some(name))?;
        Some(self.kw.remove(i).1)
    }

    /// Fails on any keyword argument left.
    pub fn no_more_kw(&self, vm: &mut Vm) -> RtResult<()> {
        if let Some((k, _)) = self.kw.first() {
            let k = vm.str_of(*k).unwrap_or("").to_string();
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{k}'",
                self.name
            )));
        }
        Ok(())
    }
}

/// Calls a builtin function.
pub fn call(vm: &mut Vm, b: Builtin, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let args = Args::new(b.name(), pos, kw);
    args.check_kw_names(vm)?;
    match b {
        Builtin::Abs
        | Builtin::Bin
        | Builtin::Chr
        | Builtin::Divmod
        | Builtin::Hex
        | Builtin::Oct
        | Builtin::Ord
        | Builtin::Pow
        | Builtin::Round => numeric::call(vm, b, args),
        Builtin::All
        | Builtin::Any
        | Builtin::Iter
        | Builtin::Len
        | Builtin::Max
        | Builtin::Min
        | Builtin::Next
        | Builtin::Aiter
        | Builtin::Anext
        | Builtin::Sorted
        | Builtin::Sum => iterables::call(vm, b, args),
        Builtin::Ascii | Builtin::Format | Builtin::Print | Builtin::Repr => {
            output::call(vm, b, args)
        }
        Builtin::Callable
        | Builtin::Delattr
        | Builtin::Dir
        | Builtin::Getattr
        | Builtin::Globals
        | Builtin::Hasattr
        | Builtin::Hash
        | Builtin::Id
        | Builtin::Isinstance
        | Builtin::Issubclass
        | Builtin::Locals
        | Builtin::Setattr
        | Builtin::Vars => introspect::call(vm, b, args),
        Builtin::Open => Err(vm.err(
            Ty::PermissionError,
            "open() is not available in the Terrarium sandbox (no file system access)",
        )),
        Builtin::Eval
        | Builtin::Exec
        | Builtin::Compile
        | Builtin::Import
        | Builtin::Input
        | Builtin::Breakpoint => Err(vm.err(
            Ty::NotImplementedError,
            format!("{}() is not supported by Terrarium", b.name()),
        )),
    }
}
