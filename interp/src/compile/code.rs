//! The compiled form of a program: flat, serializable code objects of compact instructions.

use serde::{Deserialize, Serialize};

use terrarium_grammar::ast::{CmpOp, Operator};

/// Index of a code object in `Program::codes`.
pub type CodeId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn from_ast(op: Operator) -> BinOp {
        match op {
            Operator::Add => BinOp::Add,
            Operator::Sub => BinOp::Sub,
            Operator::Mult => BinOp::Mul,
            Operator::MatMult => BinOp::MatMul,
            Operator::Div => BinOp::TrueDiv,
            Operator::Mod => BinOp::Mod,
            Operator::Pow => BinOp::Pow,
            Operator::LShift => BinOp::LShift,
            Operator::RShift => BinOp::RShift,
            Operator::BitOr => BinOp::Or,
            Operator::BitXor => BinOp::Xor,
            Operator::BitAnd => BinOp::And,
            Operator::FloorDiv => BinOp::FloorDiv,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// `__add__`, and the reflected `__radd__` and in-place `__iadd__`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    pub fn symbol(self) -> &'static str {
        match self {
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            Cmp::Eq => "__eq__",
            Cmp::Ne => "__ne__",
            Cmp::Lt => "__lt__",
            Cmp::Le => "__le__",
            Cmp::Gt => "__gt__",
            Cmp::Ge => "__ge__",
        }
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> Cmp {
        match self {
            Cmp::Eq => Cmp::Eq,
            Cmp::Ne => Cmp::Ne,
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
        }
    }
}

/// Comparison kinds of a `Compare` node as instructions.
pub fn cmp_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::Compare(Cmp::Eq),
        CmpOp::NotEq => Instr::Compare(Cmp::Ne),
        CmpOp::Lt => Instr::Compare(Cmp::Lt),
        CmpOp::LtE => Instr::Compare(Cmp::Le),
        CmpOp::Gt => Instr::Compare(Cmp::Gt),
        CmpOp::GtE => Instr::Compare(Cmp::Ge),
        CmpOp::Is => Instr::Is(false),
        CmpOp::IsNot => Instr::Is(true),
        CmpOp::In => Instr::Contains(false),
        CmpOp::NotIn => Instr::Contains(true),
    }
}

/// One instruction. Operands are indices into the code's tables or jump targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Instr {
    Nop,
    /// Interactive input: pops a value and, unless it is None, prints its repr and binds `_`.
    DisplayValue,
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: the code's cellvars then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell object itself (to build a closure).
    LoadClosure(u32),
    /// Module globals by slot, falling back to builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: the namespace dict, then globals (names index).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[method, self]` or `[Undef, bound]` for `CallMethod`.
    LoadMethod(u32),
    CallMethod(u32),
    Subscr,
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(Cmp),
    Is(bool),
    Contains(bool),
    PopTop,
    DupTop,
    DupTop2,
    RotTwo,
    RotThree,
    RotFour,
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Pushes the next item, or pops the iterator and jumps when exhausted.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildSlice(u32),
    BuildString(u32),
    /// Appends TOS to the list `n` below it (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    /// `f(*x)`: TOS (any iterable) as a tuple; the function below it names itself in the
    /// error ("print() argument after * must be an iterable, not int").
    StarArgsTuple,
    /// `except*` entry: `[prev, exc]` -> `[prev, exc, group, raised-list]`.
    ExcStarPrepare,
    /// `[orig, rest, raised, T]` -> `[orig, rest', raised, match or None]`.
    ExcStarMatch,
    /// A clause raised: `[orig, rest, raised, prev', exc2]` -> `[orig, rest, raised]`.
    ExcStarCollect,
    /// `[prev, orig, rest, raised]` -> `[]`, raising what is left.
    ExcStarFinish,
    /// Turns the constant tuple on top into a frozenset (CPython folds `{1, 2, 3}` that way,
    /// which decides the set's iteration order).
    TupleToFrozenSet,
    /// conversion: 0 none, 1 str, 2 repr, 3 ascii; flag: a spec is on the stack.
    FormatValue(u8, bool),
    UnpackSequence(u32),
    /// Starred unpacking: `before` targets, a list, `after` targets.
    UnpackEx(u16, u16),
    Call(u32),
    /// Keyword call: the names tuple is constant `names`; `argc` counts all arguments.
    CallKw(u32, u32),
    /// `f(*args, **kwargs)`: a tuple and (flag) a dict on the stack.
    CallEx(bool),
    /// Builds a function from code constant; flags: 1 defaults, 2 kwdefaults, 4 closure.
    MakeFunction(u32, u8),
    /// Builds a class from a body function, a name and `n` bases (and keywords, flagged).
    BuildClass(u32),
    Return,
    YieldValue,
    /// `yield from` / `await`: delegates to the iterator below TOS, sending TOS.
    YieldFrom,
    GetYieldFromIter,
    GetAwaitable,
    /// 0: re-raise, 1: raise TOS, 2: raise TOS-1 from TOS.
    Raise(u8),
    /// Pushes an exception handler block jumping to the target.
    SetupFinally(u32),
    PopBlock,
    /// Ends an except clause: restores the previously handled exception.
    PopExcept,
    /// Re-raises the exception on the stack (end of a finally or unmatched handlers).
    Reraise,
    /// TOS: exception class(es); TOS1: the exception. Pushes the match result.
    CheckExcMatch,
    /// Starts a `with`: calls `__enter__`, pushes `__exit__` and sets up the handler.
    SetupWith(u32),
    /// `async with`: pops the manager, pushes bound `__aexit__` and the `__aenter__()` awaitable.
    BeforeAsyncWith,
    /// A handler block whose level leaves out the value on top of the stack.
    SetupFinallyUnder(u32),
    /// Calls the `__aexit__` below: normal exit (pops it) or with the exception on the stack.
    AsyncExitCall(bool),
    /// `async for`: TOS = TOS.__aiter__().
    GetAIter,
    /// Pushes the awaitable of `__anext__()` of the async iterator on top.
    GetANext,
    /// An `async for` loop's handler: StopAsyncIteration ends the loop, anything else re-raises.
    EndAsyncFor,
    /// The `with` body ended normally: calls `__exit__(None, None, None)`.
    WithExitNormal,
    /// An exception reached the `with` handler: calls `__exit__(type, exc, tb)`; pushes whether
    /// to suppress.
    WithExitExc,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Raises AssertionError with TOS as the message when the flag says so.
    RaiseAssert(bool),
    /// Loads `__class__` for zero-argument super() in methods.
    LoadClassCell(u32),
    /// Match statements: length and type checks.
    MatchSequence,
    MatchMapping,
    MatchClass(u32),
    MatchKeys,
    GetLen,
    CopyDictWithoutKeys,
    /// Pushes a copy of the item `n` deep.
    Copy(u32),
    /// Swaps TOS with the item `n` deep.
    Swap(u32),
}

/// A constant of a code object. Materialised into heap values when a run starts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// Decimal digits, possibly with a leading '-'.
    BigInt(String),
    Float(f64),
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    Code(CodeId),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    pub coroutine: bool,
    /// A class body (names live in a namespace dict).
    pub class_body: bool,
    /// The module body.
    pub module: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Attribute and namespace names.
    pub names: Vec<String>,
    /// Local variable names; the parameters come first.
    pub varnames: Vec<String>,
    /// Variables of this code that inner functions capture.
    pub cellvars: Vec<String>,
    /// Variables this code takes from enclosing functions.
    pub freevars: Vec<String>,
    /// Parameters that are also cells: (local index, cell index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub first_line: u32,
    /// Deepest operand stack this code needs, so frames allocate once.
    pub stack_size: u32,
    pub docstring: Option<String>,
    /// Prefix of the global slot names this code uses (empty for the main program).
    pub prefix: String,
}

/// A library module written in Python and linked into the program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LibModule {
    pub name: String,
    /// Its module body.
    pub code: CodeId,
    /// Prefix of its global slot names.
    pub prefix: String,
}

/// A whole compiled program: its code objects (the module body is code 0) and the global slots.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Program {
    pub codes: Vec<Code>,
    /// Library modules the program may import.
    pub libs: Vec<LibModule>,
    /// Names of module global slots.
    pub globals: Vec<String>,
    pub filename: String,
    pub source: String,
}
