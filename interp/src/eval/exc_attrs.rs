//! The extra attributes of builtin exceptions: `NameError.name`, `AttributeError.name/obj`,
//! `OSError.errno/strerror/filename` (and the errno → subclass mapping of `OSError(...)`),
//! kept in the exception's attribute dict.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn os_error_subclass(errno: i64) -> Option<Ty> {
    Some(match errno {
        1 | 13 => Ty::PermissionError,
        2 => Ty::FileNotFoundError,
        3 => Ty::ProcessLookupError,
        4 => Ty::InterruptedError,
        10 => Ty::ChildProcessError,
        11 | 114 | 115 => Ty::BlockingIOError,
        17 => Ty::FileExistsError,
        20 => Ty::NotADirectoryError,
        21 => Ty::IsADirectoryError,
        32 | 108 => Ty::BrokenPipeError,
        103 => Ty::ConnectionAbortedError,
        104 => Ty::ConnectionResetError,
        110 => Ty::TimeoutError,
        111 => Ty::ConnectionRefusedError,
        _ => return None,
    })
}

impl Vm<'_> {
    /// Sets attributes in an exception's dict.
    pub fn set_exc_attrs(&mut self, exc: Value, attrs: &[(&str, Value)]) -> RtResult<()> {
        let Some(id) = exc.as_obj() else {
            return Ok(());
        };
        let dict = self.ensure_instance_dict(id)?;
        for (name, v) in attrs {
            let k = self.new_str(*name)?;
            self.dict_set(dict, k, *v)?;
        }
        Ok(())
    }

    /// An attribute set in an exception's dict.
    pub fn exc_attr(&self, exc: Value, name: &str) -> Option<Value> {
        let Obj::Instance(i) = self.heap.get(exc.as_obj()?) else {
            return None;
        };
        match self.heap.get(i.dict?) {
            Obj::Dict(d) => self.dict_get_str(d, name),
            _ => None,
        }
    }

    /// An exception of type `ty` with one message and attributes.
    pub fn err_with_attrs(&mut self, ty: Ty, msg: String, attrs: &[(&str, Value)]) -> RtError {
        let e = match self.err(ty, msg) {
            RtError::Exc(e) => e,
            other => return other,
        };
        match self.set_exc_attrs(e, attrs) {
            Ok(()) => RtError::Exc(e),
            Err(err) => err,
        }
    }

    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the errno picks the
    /// subclass, and with a filename `args` keeps only the first two.
    pub fn new_os_error(&mut self, t: Ty, pos: Vec<Value>) -> RtResult<Value> {
        if !(2..=5).contains(&pos.len()) {
            return self.new_exception(t, pos);
        }
        let errno = match pos[0] {
            Value::Int(n) => Some(n),
            _ => None,
        };
        let ty = match errno.and_then(os_error_subclass) {
            Some(sub) if t == Ty::OSError => sub,
            _ => t,
        };
        let filename = pos.get(2).copied().unwrap_or(Value::None);
        let filename2 = pos.get(4).copied().unwrap_or(Value::None);
        let args = if filename.is_none() {
            pos.clone()
        } else {
            pos[..2].to_vec()
        };
        let e = self.new_exception(ty, args)?;
        self.set_exc_attrs(
            e,
            &[
                ("errno", pos[0]),
                ("strerror", pos[1]),
                ("filename", filename),
                ("filename2", filename2),
            ],
        )?;
        Ok(e)
    }

    /// `str(OSError)` when it has an errno and strerror: `[Errno 2] No such file: 'x'`.
    pub fn os_error_message(&mut self, e: Value) -> RtResult<Option<String>> {
        let (Some(errno), Some(strerror)) =
            (self.exc_attr(e, "errno"), self.exc_attr(e, "strerror"))
        else {
            return Ok(None);
        };
        if errno.is_none() && strerror.is_none() {
            return Ok(None);
        }
        let errno = self.to_str_value(errno)?;
        let errno = self.str_of(errno).unwrap_or("").to_string();
        let strerror = self.to_str_value(strerror)?;
        let strerror = self.str_of(strerror).unwrap_or("").to_string();
        let mut out = format!("[Errno {errno}] {strerror}");
        if let Some(f) = self.exc_attr(e, "filename").filter(|f| !f.is_none()) {
            out.push_str(&format!(": {}", self.repr(f)?));
            if let Some(f2) = self.exc_attr(e, "filename2").filter(|f| !f.is_none()) {
                out.push_str(&format!(" -> {}", self.repr(f2)?));
            }
        }
        Ok(Some(out))
    }

    /// The default of an exception attribute that was never set (None), if `ty` has it.
    pub fn exc_attr_default(&self, exc: Value, name: &str) -> Option<Value> {
        let ty = self.type_of(exc);
        let has = |t: Ty| self.is_subclass(ty, Value::Type(t));
        let known = match name {
            "name" => has(Ty::NameError) || has(Ty::AttributeError) || has(Ty::ImportError),
            "obj" => has(Ty::AttributeError),
            "path" => has(Ty::ImportError),
            "errno" | "strerror" | "filename" | "filename2" => has(Ty::OSError),
            _ => false,
        };
        known.then_some(Value::None)
    }
}
