//! The builtin types: a static table of names and bases. User classes live in the heap; these
//! never do, so creating a run costs nothing for them.

use serde::{Deserialize, Serialize};

macro_rules! builtin_types {
    ($($variant:ident = $name:literal : $base:ident),* $(,)?) => {
        /// A builtin type (including every builtin exception class).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Ty {
            $($variant,)*
        }

        impl Ty {
            pub const ALL: &'static [Ty] = &[$(Ty::$variant,)*];

            /// The name Python shows, as in `<class 'int'>`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Ty::$variant => $name,)*
                }
            }

                    /// The single base class (`object` has itself as a sentinel base).
            pub fn base(self) -> Ty {
                match self {
                    $(Ty::$variant => Ty::$base,)*
                }
            }
        }
    };
}

builtin_types! {
    Object = "object": Object,
    Type = "type": Object,
    NoneType = "NoneType": Object,
    NotImplementedType = "NotImplementedType": Object,
    Ellipsis = "ellipsis": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Complex = "complex": Object,
    Str = "str": Object,
    Bytes = "bytes": Object,
    ByteArray = "bytearray": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Cell = "cell": Object,
    Module = "module": Object,
    Generator = "generator": Object,
    Coroutine = "coroutine": Object,
    HostFuture = "host_future": Object,
    AsyncGenerator = "async_generator": Object,
    AsyncGenASend = "async_generator_asend": Object,
    AsyncGenAThrow = "async_generator_athrow": Object,
    Property = "property": Object,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Super = "super": Object,
    Iterator = "iterator": Object,
    ListIterator = "list_iterator": Object,
    ListReverseIterator = "list_reverseiterator": Object,
    TupleIterator = "tuple_iterator": Object,
    StrIterator = "str_ascii_iterator": Object,
    RangeIterator = "range_iterator": Object,
    DictKeyIterator = "dict_keyiterator": Object,
    DictValueIterator = "dict_valueiterator": Object,
    DictItemIterator = "dict_itemiterator": Object,
    SetIterator = "set_iterator": Object,
    BytesIterator = "bytes_iterator": Object,
    CallableIterator = "callable_iterator": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    Map = "map": Object,
    Filter = "filter": Object,
    Zip = "zip": Object,
    Enumerate = "enumerate": Object,
    Reversed = "reversed": Object,
    BaseException = "BaseException": Object,
    BaseExceptionGroup = "BaseExceptionGroup": BaseException,
    Exception = "Exception": BaseException,
    ExceptionGroup = "ExceptionGroup": Exception,
    GeneratorExit = "GeneratorExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    SystemExit = "SystemExit": BaseException,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    InterruptedError = "InterruptedError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    PythonFinalizationError = "PythonFinalizationError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    StopIteration = "StopIteration": Exception,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    DeprecationWarning = "DeprecationWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    UserWarning = "UserWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    BytesWarning = "BytesWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    MethodDescriptor = "method_descriptor": Object,
    UnionType = "UnionType": Object,
    MemoryView = "memoryview": Object,
    Code = "code": Object,
    MappingProxy = "mappingproxy": Object,
}

impl Ty {
    /// The bases, as `__bases__` shows them.
    pub fn bases(self) -> Vec<Ty> {
        match self {
            Ty::Object => Vec::new(),
            Ty::ExceptionGroup => vec![Ty::BaseExceptionGroup, Ty::Exception],
            t => vec![t.base()],
        }
    }

    /// `self` is `other` or derives from it.
    pub fn is_subtype(self, other: Ty) -> bool {
        // ExceptionGroup's second base (the table holds one base per type).
        if self == Ty::ExceptionGroup && other == Ty::BaseExceptionGroup {
            return true;
        }
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == Ty::Object {
                return other == Ty::Object;
            }
            t = t.base();
        }
    }

    pub fn is_exception(self) -> bool {
        self.is_subtype(Ty::BaseException)
    }

    /// The method resolution order: the type, its bases, `object`.
    pub fn mro(self) -> Vec<Ty> {
        if self == Ty::ExceptionGroup {
            return vec![
                Ty::ExceptionGroup,
                Ty::BaseExceptionGroup,
                Ty::Exception,
                Ty::BaseException,
                Ty::Object,
            ];
        }
        let mut out = vec![self];
        let mut t = self;
        while t != Ty::Object {
            t = t.base();
            out.push(t);
        }
        out
    }

    /// Types that can be subclassed by user classes.
    pub fn is_base_type(self) -> bool {
        matches!(
            self,
            Ty::Object
                | Ty::Int
                | Ty::Float
                | Ty::Str
                | Ty::List
                | Ty::Tuple
                | Ty::Dict
                | Ty::Set
                | Ty::FrozenSet
                | Ty::Bytes
                | Ty::ByteArray
                | Ty::Complex
        ) || self.is_exception()
    }

    /// Looks a builtin type up by the name it has in the builtins namespace.
    pub fn from_builtin_name(name: &str) -> Option<Ty> {
        let t = Ty::ALL.iter().copied().find(|t| t.name() == name)?;
        let exposed = t.is_exception()
            || matches!(
                t,
                Ty::Object
                    | Ty::Type
                    | Ty::Int
                    | Ty::Bool
                    | Ty::Float
                    | Ty::Complex
                    | Ty::Str
                    | Ty::Bytes
                    | Ty::ByteArray
                    | Ty::List
                    | Ty::Tuple
                    | Ty::Dict
                    | Ty::Set
                    | Ty::FrozenSet
                    | Ty::Range
                    | Ty::Slice
                    | Ty::Property
                    | Ty::StaticMethod
                    | Ty::ClassMethod
                    | Ty::Super
                    | Ty::Map
                    | Ty::Filter
                    | Ty::Zip
                    | Ty::Enumerate
                    | Ty::Reversed
                    | Ty::MemoryView
            );
        exposed.then_some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(Ty::Bool.is_subtype(Ty::Int));
        assert!(Ty::KeyError.is_subtype(Ty::LookupError));
        assert!(Ty::KeyError.is_subtype(Ty::BaseException));
        assert!(!Ty::KeyError.is_subtype(Ty::ArithmeticError));
        assert!(Ty::Int.is_subtype(Ty::Object));
        assert!(Ty::Object.is_subtype(Ty::Object));
        assert_eq!(
            Ty::ZeroDivisionError.mro(),
            [
                Ty::ZeroDivisionError,
                Ty::ArithmeticError,
                Ty::Exception,
                Ty::BaseException,
                Ty::Object
            ]
        );
        assert_eq!(Ty::from_builtin_name("ValueError"), Some(Ty::ValueError));
        assert_eq!(Ty::from_builtin_name("list_iterator"), None);
    }
}
