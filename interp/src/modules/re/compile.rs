//! `Node` tree -> flat instruction list for the backtracking matcher.

use super::parse::{AssertKind, CharSet, Node, Parsed, ReError};

/// Largest program accepted: counted repeats are expanded, so `(a{1000}){1000}` is refused
/// with a clear error instead of exhausting memory.
const MAX_INSTS: usize = 200_000;

#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    Char(char),
    /// A case-folded character, compared with the folded input character.
    CharFold(char, bool),
    Any,
    AnyAll,
    Set(u32),
    Assert(AssertKind),
    /// Try `.0` first; `.1` is the alternative on backtracking.
    Split(u32, u32),
    Jmp(u32),
    Save(u32),
    Backref(u32),
    /// Remembers the position where a loop iteration starts (for the empty-iteration rule).
    Mark(u32),
    /// End of a loop body: an iteration that matched nothing leaves the loop (as sre).
    LoopBack {
        reg: u32,
        start: u32,
        exit: u32,
    },
    Look {
        behind: bool,
        negate: bool,
        width: u32,
        end: u32,
    },
    Atomic {
        end: u32,
    },
    SubEnd,
    Match,
}

pub struct SetInst {
    pub set: CharSet,
    pub icase: bool,
    pub ascii: bool,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<SetInst>,
    pub regs: u32,
    pub groups: u32,
    pub names: Vec<(String, u32)>,
    pub flags: u32,
    /// Whether backreferences compare case-insensitively (and ASCII-only).
    pub backref_icase: bool,
    pub backref_ascii: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<SetInst>,
    regs: u32,
    backref_icase: bool,
    backref_ascii: bool,
}

fn too_big() -> ReError {
    ReError {
        msg: "pattern too large (Terrarium expands counted repeats)".into(),
        pos: None,
    }
}

pub fn compile(parsed: Parsed) -> Result<Program, ReError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        regs: 0,
        backref_icase: false,
        backref_ascii: false,
    };
    c.node(&parsed.node)?;
    c.emit(Inst::Match)?;
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        regs: c.regs,
        groups: parsed.groups,
        names: parsed.names,
        flags: parsed.flags,
        backref_icase: c.backref_icase,
        backref_ascii: c.backref_ascii,
    })
}

/// Lowercase letters that sre treats as equal under IGNORECASE although `lower()` keeps them
/// apart (CPython's `re._casefix`); each group folds to its first member.
const EXTRA_CASES: &[&[u32]] = &[
    &[105, 305],
    &[115, 383],
    &[181, 956],
    &[837, 953, 8126],
    &[912, 8147],
    &[944, 8163],
    &[946, 976],
    &[949, 1013],
    &[952, 977],
    &[954, 1008],
    &[960, 982],
    &[961, 1009],
    &[962, 963],
    &[966, 981],
    &[1074, 7296],
    &[1076, 7297],
    &[1086, 7298],
    &[1089, 7299],
    &[1090, 7300, 7301],
    &[1098, 7302],
    &[1123, 7303],
    &[7304, 42571],
    &[7777, 7835],
    &[64261, 64262],
];

/// The simple (one character) lowercase mapping.
pub fn simple_lower(c: char) -> char {
    if c == '\u{130}' {
        return 'i';
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The simple uppercase mapping.
pub fn simple_upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The group of `EXTRA_CASES` holding the lowercase letter `l`.
pub fn extra_cases(l: char) -> Option<&'static [u32]> {
    EXTRA_CASES
        .iter()
        .copied()
        .find(|g| g.contains(&(l as u32)))
}

/// Case folding for IGNORECASE comparisons, as sre (ASCII-only under re.ASCII).
pub fn fold(c: char, ascii: bool) -> char {
    if ascii {
        return c.to_ascii_lowercase();
    }
    let l = simple_lower(c);
    if (l as u32) < 105 {
        return l;
    }
    match extra_cases(l) {
        Some(g) => char::from_u32(g[0]).unwrap_or(l),
        None => l,
    }
}

/// Whether `node` can match the empty string.
fn nullable(node: &Node) -> bool {
    super::parse::width(node).0 == 0
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, i: Inst) -> Result<u32, ReError> {
        if self.insts.len() >= MAX_INSTS {
            return Err(too_big());
        }
        self.insts.push(i);
        Ok(self.pc() - 1)
    }

    fn patch(&mut self, at: u32, i: Inst) {
        self.insts[at as usize] = i;
    }

    fn node(&mut self, node: &Node) -> Result<(), ReError> {
        match node {
            Node::Empty => {}
            Node::Lit { c, icase, ascii } => {
                if *icase {
                    self.emit(Inst::CharFold(fold(*c, *ascii), *ascii))?;
                } else {
                    self.emit(Inst::Char(*c))?;
                }
            }
            Node::Any { dotall } => {
                self.emit(if *dotall { Inst::AnyAll } else { Inst::Any })?;
            }
            Node::Set { set, icase, ascii } => {
                let idx = self.sets.len() as u32;
                self.sets.push(SetInst {
                    set: set.clone(),
                    icase: *icase,
                    ascii: *ascii,
                });
                self.emit(Inst::Set(idx))?;
            }
            Node::Assert(k) => {
                self.emit(Inst::Assert(*k))?;
            }
            Node::Group { index, body } => match index {
                Some(g) => {
                    self.emit(Inst::Save(g * 2))?;
                    self.node(body)?;
                    self.emit(Inst::Save(g * 2 + 1))?;
                }
                None => self.node(body)?,
            },
            Node::Atomic(body) => {
                let at = self.emit(Inst::SubEnd)?;
                self.node(body)?;
                self.emit(Inst::SubEnd)?;
                let end = self.pc();
                self.patch(at, Inst::Atomic { end });
            }
            Node::Backref {
                group,
                icase,
                ascii,
            } => {
                self.backref_icase |= *icase;
                self.backref_ascii |= *ascii;
                self.emit(Inst::Backref(*group))?;
            }
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let width = super::parse::width(body).0.min(u64::from(u32::MAX)) as u32;
                let at = self.emit(Inst::SubEnd)?;
                self.node(body)?;
                self.emit(Inst::SubEnd)?;
                let end = self.pc();
                self.patch(
                    at,
                    Inst::Look {
                        behind: *behind,
                        negate: *negate,
                        width,
                        end,
                    },
                );
            }
            Node::Concat(items) => {
                for n in items {
                    self.node(n)?;
                }
            }
            Node::Alt(alts) => {
                let mut jumps = Vec::new();
                for (i, a) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.node(a)?;
                        jumps.push(self.emit(Inst::Jmp(0))?);
                        let next = self.pc();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.node(a)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Repeat {
                body,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    let inner = Node::Repeat {
                        body: body.clone(),
                        min: *min,
                        max: *max,
                        greedy: true,
                        possessive: false,
                    };
                    return self.node(&Node::Atomic(Box::new(inner)));
                }
                self.repeat(body, *min, *max, *greedy)?;
            }
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        body: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), ReError> {
        for _ in 0..min {
            let before = self.insts.len();
            self.node(body)?;
            if self.insts.len() == before {
                break; // an empty body repeated is still empty
            }
        }
        match max {
            None => {
                let null = nullable(body);
                let start = self.emit(Inst::Split(0, 0))?;
                let reg = self.regs;
                if null {
                    self.regs += 1;
                    self.emit(Inst::Mark(reg))?;
                }
                self.node(body)?;
                let back = self.emit(Inst::Jmp(start))?;
                let exit = self.pc();
                if null {
                    self.patch(back, Inst::LoopBack { reg, start, exit });
                }
                let split = if greedy {
                    Inst::Split(start + 1, exit)
                } else {
                    Inst::Split(exit, start + 1)
                };
                self.patch(start, split);
            }
            Some(max) => {
                let extra = max.saturating_sub(min);
                let mut splits = Vec::new();
                for _ in 0..extra {
                    splits.push(self.emit(Inst::Split(0, 0))?);
                    let before = self.insts.len();
                    self.node(body)?;
                    if self.insts.len() == before {
                        break;
                    }
                }
                let exit = self.pc();
                for s in splits {
                    let split = if greedy {
                        Inst::Split(s + 1, exit)
                    } else {
                        Inst::Split(exit, s + 1)
                    };
                    self.patch(s, split);
                }
            }
        }
        Ok(())
    }
}
