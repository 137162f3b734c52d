//! Importable modules. Each module is one file; `create` builds a module object on first import.

use crate::eval::{RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

/// Builds the module `name`, or None when Terrarium has no such module.
pub fn create(vm: &mut Vm, name: &str) -> RtResult<Option<Value>> {
    let _ = vm;
    let _ = name;
    Ok(None)
}

/// `print(..., file=f)`: only `sys.stdout`/`sys.stderr` style objects are supported.
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
