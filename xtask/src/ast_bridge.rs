//! Developer aid: converts CPython's AST (as JSON from `ast_json.py`) into Terrarium's AST, so the
//! evaluator can be exercised on the conformance suite independently of Terrarium's own parser.
//! Never used by the product; `cargo xtask bridge [FILTER]` is its only user.

use serde_json::Value as J;
use terrarium_grammar::ast::*;

type R<T> = Result<T, String>;

fn field<'a>(j: &'a J, name: &str) -> &'a J {
    j.get(name).unwrap_or(&J::Null)
}

fn ty(j: &J) -> &str {
    j.get("_type").and_then(J::as_str).unwrap_or("")
}

fn span(j: &J) -> Span {
    match j.get("_span").and_then(J::as_array) {
        Some(a) if a.len() == 2 => Span::new(
            a[0].as_u64().unwrap_or(0) as u32,
            a[1].as_u64().unwrap_or(0) as u32,
        ),
        _ => Span::default(),
    }
}

fn string(j: &J) -> String {
    j.as_str().unwrap_or("").to_string()
}

fn opt_string(j: &J) -> Option<String> {
    j.as_str().map(str::to_string)
}

fn list<T>(j: &J, f: impl Fn(&J) -> R<T>) -> R<Vec<T>> {
    j.as_array()
        .map(|a| a.iter().map(&f).collect())
        .unwrap_or(Ok(Vec::new()))
}

fn opt_expr(j: &J) -> R<Option<Expr>> {
    if j.is_null() {
        Ok(None)
    } else {
        expr(j).map(Some)
    }
}

fn boxed(j: &J) -> R<Box<Expr>> {
    expr(j).map(Box::new)
}

fn ctx(j: &J) -> ExprContext {
    match ty(j) {
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        _ => ExprContext::Load,
    }
}

fn operator(j: &J) -> Operator {
    match ty(j) {
        "Add" => Operator::Add,
        "Sub" => Operator::Sub,
        "Mult" => Operator::Mult,
        "MatMult" => Operator::MatMult,
        "Div" => Operator::Div,
        "Mod" => Operator::Mod,
        "Pow" => Operator::Pow,
        "LShift" => Operator::LShift,
        "RShift" => Operator::RShift,
        "BitOr" => Operator::BitOr,
        "BitXor" => Operator::BitXor,
        "BitAnd" => Operator::BitAnd,
        _ => Operator::FloorDiv,
    }
}

fn constant(j: &J) -> Constant {
    match j {
        J::Null => Constant::None,
        J::Bool(true) => Constant::True,
        J::Bool(false) => Constant::False,
        J::String(s) => Constant::Str(s.clone()),
        J::Object(o) => {
            if let Some(i) = o.get("_int").and_then(J::as_str) {
                match i.parse::<i64>() {
                    Ok(v) => Constant::Int(v),
                    Err(_) => Constant::BigInt(i.to_string()),
                }
            } else if let Some(f) = o.get("_float").and_then(J::as_str) {
                Constant::Float(match f {
                    "inf" => f64::INFINITY,
                    "nan" => f64::NAN,
                    _ => f.parse().unwrap_or(0.0),
                })
            } else if let Some(c) = o.get("_complex").and_then(J::as_f64) {
                Constant::Complex(c)
            } else if let Some(b) = o.get("_bytes").and_then(J::as_array) {
                Constant::Bytes(b.iter().map(|x| x.as_u64().unwrap_or(0) as u8).collect())
            } else {
                Constant::Ellipsis
            }
        }
        _ => Constant::None,
    }
}

fn arguments(j: &J) -> R<Arguments> {
    let arg = |a: &J| -> R<Arg> {
        Ok(Arg {
            span: span(a),
            arg: string(field(a, "arg")),
            annotation: opt_expr(field(a, "annotation"))?,
        })
    };
    Ok(Arguments {
        posonlyargs: list(field(j, "posonlyargs"), arg)?,
        args: list(field(j, "args"), arg)?,
        vararg: if field(j, "vararg").is_null() {
            None
        } else {
            Some(arg(field(j, "vararg"))?)
        },
        kwonlyargs: list(field(j, "kwonlyargs"), arg)?,
        kw_defaults: list(field(j, "kw_defaults"), opt_expr)?,
        kwarg: if field(j, "kwarg").is_null() {
            None
        } else {
            Some(arg(field(j, "kwarg"))?)
        },
        defaults: list(field(j, "defaults"), expr)?,
    })
}

fn keyword(j: &J) -> R<Keyword> {
    Ok(Keyword {
        span: span(j),
        arg: opt_string(field(j, "arg")),
        value: expr(field(j, "value"))?,
    })
}

fn comprehension(j: &J) -> R<Comprehension> {
    Ok(Comprehension {
        target: expr(field(j, "target"))?,
        iter: expr(field(j, "iter"))?,
        ifs: list(field(j, "ifs"), expr)?,
        is_async: field(j, "is_async").as_i64().unwrap_or(0) != 0,
    })
}

pub fn expr(j: &J) -> R<Expr> {
    let kind = match ty(j) {
        "BoolOp" => ExprKind::BoolOp {
            op: if ty(field(j, "op")) == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: list(field(j, "values"), expr)?,
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: boxed(field(j, "target"))?,
            value: boxed(field(j, "value"))?,
        },
        "BinOp" => ExprKind::BinOp {
            left: boxed(field(j, "left"))?,
            op: operator(field(j, "op")),
            right: boxed(field(j, "right"))?,
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match ty(field(j, "op")) {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: boxed(field(j, "operand"))?,
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(field(j, "args"))?),
            body: boxed(field(j, "body"))?,
        },
        "IfExp" => ExprKind::IfExp {
            test: boxed(field(j, "test"))?,
            body: boxed(field(j, "body"))?,
            orelse: boxed(field(j, "orelse"))?,
        },
        "Dict" => ExprKind::Dict {
            keys: list(field(j, "keys"), opt_expr)?,
            values: list(field(j, "values"), expr)?,
        },
        "Set" => ExprKind::Set(list(field(j, "elts"), expr)?),
        "ListComp" => ExprKind::ListComp {
            elt: boxed(field(j, "elt"))?,
            generators: list(field(j, "generators"), comprehension)?,
        },
        "SetComp" => ExprKind::SetComp {
            elt: boxed(field(j, "elt"))?,
            generators: list(field(j, "generators"), comprehension)?,
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: boxed(field(j, "elt"))?,
            generators: list(field(j, "generators"), comprehension)?,
        },
        "DictComp" => ExprKind::DictComp {
            key: boxed(field(j, "key"))?,
            value: boxed(field(j, "value"))?,
            generators: list(field(j, "generators"), comprehension)?,
        },
        "Await" => ExprKind::Await(boxed(field(j, "value"))?),
        "Yield" => ExprKind::Yield(if field(j, "value").is_null() {
            None
        } else {
            Some(boxed(field(j, "value"))?)
        }),
        "YieldFrom" => ExprKind::YieldFrom(boxed(field(j, "value"))?),
        "Compare" => ExprKind::Compare {
            left: boxed(field(j, "left"))?,
            ops: list(field(j, "ops"), |o| {
                Ok(match ty(o) {
                    "Eq" => CmpOp::Eq,
                    "NotEq" => CmpOp::NotEq,
                    "Lt" => CmpOp::Lt,
                    "LtE" => CmpOp::LtE,
                    "Gt" => CmpOp::Gt,
                    "GtE" => CmpOp::GtE,
                    "Is" => CmpOp::Is,
                    "IsNot" => CmpOp::IsNot,
                    "In" => CmpOp::In,
                    _ => CmpOp::NotIn,
                })
            })?,
            comparators: list(field(j, "comparators"), expr)?,
        },
        "Call" => ExprKind::Call {
            func: boxed(field(j, "func"))?,
            args: list(field(j, "args"), expr)?,
            keywords: list(field(j, "keywords"), keyword)?,
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: boxed(field(j, "value"))?,
            conversion: match field(j, "conversion")
                .as_object()
                .and_then(|o| o.get("_int"))
                .and_then(J::as_str)
            {
                Some("115") => Conversion::Str,
                Some("114") => Conversion::Repr,
                Some("97") => Conversion::Ascii,
                _ => Conversion::None,
            },
            format_spec: if field(j, "format_spec").is_null() {
                None
            } else {
                Some(boxed(field(j, "format_spec"))?)
            },
        },
        "JoinedStr" => ExprKind::JoinedStr(list(field(j, "values"), expr)?),
        "Constant" => ExprKind::Constant(constant(field(j, "value"))),
        "Attribute" => ExprKind::Attribute {
            value: boxed(field(j, "value"))?,
            attr: string(field(j, "attr")),
            ctx: ctx(field(j, "ctx")),
        },
        "Subscript" => ExprKind::Subscript {
            value: boxed(field(j, "value"))?,
            slice: boxed(field(j, "slice"))?,
            ctx: ctx(field(j, "ctx")),
        },
        "Starred" => ExprKind::Starred {
            value: boxed(field(j, "value"))?,
            ctx: ctx(field(j, "ctx")),
        },
        "Name" => ExprKind::Name {
            id: string(field(j, "id")),
            ctx: ctx(field(j, "ctx")),
        },
        "List" => ExprKind::List {
            elts: list(field(j, "elts"), expr)?,
            ctx: ctx(field(j, "ctx")),
        },
        "Tuple" => ExprKind::Tuple {
            elts: list(field(j, "elts"), expr)?,
            ctx: ctx(field(j, "ctx")),
        },
        "Slice" => ExprKind::Slice {
            lower: if field(j, "lower").is_null() {
                None
            } else {
                Some(boxed(field(j, "lower"))?)
            },
            upper: if field(j, "upper").is_null() {
                None
            } else {
                Some(boxed(field(j, "upper"))?)
            },
            step: if field(j, "step").is_null() {
                None
            } else {
                Some(boxed(field(j, "step"))?)
            },
        },
        other => return Err(format!("unknown expression {other}")),
    };
    Ok(Expr {
        span: span(j),
        kind,
    })
}

fn pattern(j: &J) -> R<Pattern> {
    let kind = match ty(j) {
        "MatchValue" => PatternKind::MatchValue(expr(field(j, "value"))?),
        "MatchSingleton" => PatternKind::MatchSingleton(constant(field(j, "value"))),
        "MatchSequence" => PatternKind::MatchSequence(list(field(j, "patterns"), pattern)?),
        "MatchMapping" => PatternKind::MatchMapping {
            keys: list(field(j, "keys"), expr)?,
            patterns: list(field(j, "patterns"), pattern)?,
            rest: opt_string(field(j, "rest")),
        },
        "MatchClass" => PatternKind::MatchClass {
            cls: expr(field(j, "cls"))?,
            patterns: list(field(j, "patterns"), pattern)?,
            kwd_attrs: list(field(j, "kwd_attrs"), |s| Ok(string(s)))?,
            kwd_patterns: list(field(j, "kwd_patterns"), pattern)?,
        },
        "MatchStar" => PatternKind::MatchStar(opt_string(field(j, "name"))),
        "MatchAs" => PatternKind::MatchAs {
            pattern: if field(j, "pattern").is_null() {
                None
            } else {
                Some(Box::new(pattern(field(j, "pattern"))?))
            },
            name: opt_string(field(j, "name")),
        },
        "MatchOr" => PatternKind::MatchOr(list(field(j, "patterns"), pattern)?),
        other => return Err(format!("unknown pattern {other}")),
    };
    Ok(Pattern {
        span: span(j),
        kind,
    })
}

fn body(j: &J, name: &str) -> R<Vec<Stmt>> {
    list(field(j, name), stmt)
}

pub fn stmt(j: &J) -> R<Stmt> {
    let kind = match ty(j) {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(FunctionDef {
            is_async: ty(j) == "AsyncFunctionDef",
            name: string(field(j, "name")),
            args: Box::new(arguments(field(j, "args"))?),
            body: body(j, "body")?,
            decorator_list: list(field(j, "decorator_list"), expr)?,
            returns: opt_expr(field(j, "returns"))?,
            type_params: Vec::new(),
        }),
        "ClassDef" => StmtKind::ClassDef(ClassDef {
            name: string(field(j, "name")),
            bases: list(field(j, "bases"), expr)?,
            keywords: list(field(j, "keywords"), keyword)?,
            body: body(j, "body")?,
            decorator_list: list(field(j, "decorator_list"), expr)?,
            type_params: Vec::new(),
        }),
        "Return" => StmtKind::Return(opt_expr(field(j, "value"))?),
        "Delete" => StmtKind::Delete(list(field(j, "targets"), expr)?),
        "Assign" => StmtKind::Assign {
            targets: list(field(j, "targets"), expr)?,
            value: expr(field(j, "value"))?,
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(field(j, "target"))?,
            op: operator(field(j, "op")),
            value: expr(field(j, "value"))?,
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(field(j, "target"))?,
            annotation: expr(field(j, "annotation"))?,
            value: opt_expr(field(j, "value"))?,
            simple: field(j, "simple")
                .as_object()
                .and_then(|o| o.get("_int"))
                .and_then(J::as_str)
                == Some("1"),
        },
        "For" | "AsyncFor" => StmtKind::For {
            is_async: ty(j) == "AsyncFor",
            target: expr(field(j, "target"))?,
            iter: expr(field(j, "iter"))?,
            body: body(j, "body")?,
            orelse: body(j, "orelse")?,
        },
        "While" => StmtKind::While {
            test: expr(field(j, "test"))?,
            body: body(j, "body")?,
            orelse: body(j, "orelse")?,
        },
        "If" => StmtKind::If {
            test: expr(field(j, "test"))?,
            body: body(j, "body")?,
            orelse: body(j, "orelse")?,
        },
        "With" | "AsyncWith" => StmtKind::With {
            is_async: ty(j) == "AsyncWith",
            items: list(field(j, "items"), |i| {
                Ok(WithItem {
                    context_expr: expr(field(i, "context_expr"))?,
                    optional_vars: opt_expr(field(i, "optional_vars"))?,
                })
            })?,
            body: body(j, "body")?,
        },
        "Match" => StmtKind::Match {
            subject: expr(field(j, "subject"))?,
            cases: list(field(j, "cases"), |c| {
                Ok(MatchCase {
                    pattern: pattern(field(c, "pattern"))?,
                    guard: opt_expr(field(c, "guard"))?,
                    body: body(c, "body")?,
                })
            })?,
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(field(j, "exc"))?,
            cause: opt_expr(field(j, "cause"))?,
        },
        "Try" | "TryStar" => StmtKind::Try {
            is_star: ty(j) == "TryStar",
            body: body(j, "body")?,
            handlers: list(field(j, "handlers"), |h| {
                Ok(ExceptHandler {
                    span: span(h),
                    type_: opt_expr(field(h, "type"))?,
                    name: opt_string(field(h, "name")),
                    body: body(h, "body")?,
                })
            })?,
            orelse: body(j, "orelse")?,
            finalbody: body(j, "finalbody")?,
        },
        "Assert" => StmtKind::Assert {
            test: expr(field(j, "test"))?,
            msg: opt_expr(field(j, "msg"))?,
        },
        "Import" => StmtKind::Import(list(field(j, "names"), alias)?),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(field(j, "module")),
            names: list(field(j, "names"), alias)?,
            level: field(j, "level")
                .as_object()
                .and_then(|o| o.get("_int"))
                .and_then(J::as_str)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
        },
        "Global" => StmtKind::Global(list(field(j, "names"), |s| Ok(string(s)))?),
        "Nonlocal" => StmtKind::Nonlocal(list(field(j, "names"), |s| Ok(string(s)))?),
        "Expr" => StmtKind::Expr(expr(field(j, "value"))?),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        "TypeAlias" => StmtKind::TypeAlias {
            name: expr(field(j, "name"))?,
            type_params: Vec::new(),
            value: expr(field(j, "value"))?,
        },
        other => return Err(format!("unknown statement {other}")),
    };
    Ok(Stmt {
        span: span(j),
        kind,
    })
}

fn alias(j: &J) -> R<Alias> {
    Ok(Alias {
        span: span(j),
        name: string(field(j, "name")),
        asname: opt_string(field(j, "asname")),
    })
}

/// The module, or CPython's syntax error `(type, message, line, column)`.
pub fn module(j: &J) -> R<Result<Module, (String, String, u32, u32)>> {
    if let Some(e) = j.get("_syntax_error").and_then(J::as_array) {
        let s = |i: usize| e.get(i).and_then(J::as_str).unwrap_or("").to_string();
        let n = |i: usize| e.get(i).and_then(J::as_u64).unwrap_or(0) as u32;
        return Ok(Err((s(0), s(1), n(2), n(3))));
    }
    Ok(Ok(Module {
        body: body(j, "body")?,
    }))
}
