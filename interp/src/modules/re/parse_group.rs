//! Group syntax of patterns: `(...)`, `(?:...)`, named groups and references, lookarounds,
//! atomic groups, scoped flags; and the width analysis that look-behind needs.

use super::parse::{err, flag_bit, Node, Parser, ReError, MAX_DEPTH};

impl Parser {
    fn group_name(&mut self, end: char) -> Result<String, ReError> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    if name.is_empty() {
                        return err("missing group name", start);
                    }
                    return err(format!("missing {end}, unterminated name"), start);
                }
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        if !crate::objects::str_predicates::isidentifier(&name) {
            return err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    pub(super) fn group(&mut self, start: usize) -> Result<Node, ReError> {
        if self.depth >= MAX_DEPTH {
            return err("too many nested groups (Terrarium limit)", start);
        }
        let mut index = None;
        let mut look: Option<(bool, bool)> = None;
        let mut atomic = false;
        let saved_flags = self.flags;
        if self.peek() == Some('?') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match c {
                ':' => {}
                '>' => atomic = true,
                '=' => look = Some((false, false)),
                '!' => look = Some((false, true)),
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(Node::Empty);
                        }
                    }
                    return err("missing ), unterminated comment", start);
                }
                '<' => match self.peek() {
                    Some('=') => {
                        self.i += 1;
                        look = Some((true, false));
                    }
                    Some('!') => {
                        self.i += 1;
                        look = Some((true, true));
                    }
                    None => return err("unexpected end of pattern", self.i),
                    Some(_) => return self.named_group(start),
                },
                'P' => match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        return self.named_group(start);
                    }
                    Some('=') => {
                        self.i += 1;
                        let at = self.i;
                        let name = self.group_name(')')?;
                        let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                            return err(format!("unknown group name '{name}'"), at);
                        };
                        if !self.closed.contains(&g) {
                            return err("cannot refer to an open group", at);
                        }
                        return Ok(Node::Backref {
                            group: g,
                            icase: self.icase(),
                            ascii: self.ascii(),
                        });
                    }
                    None => return err("unexpected end of pattern", self.i),
                    Some(c) => return err(format!("unknown extension ?P{c}"), start + 1),
                },
                '(' => return err("conditional groups are not supported by Terrarium", start),
                _ => {
                    self.i -= 1;
                    self.scoped_flags(start)?;
                }
            }
        } else {
            self.groups += 1;
            index = Some(self.groups);
        }
        self.body(start, index, look, atomic, saved_flags)
    }

    fn named_group(&mut self, start: usize) -> Result<Node, ReError> {
        let at = self.i;
        let name = self.group_name('>')?;
        self.groups += 1;
        if let Some((_, g)) = self.names.iter().find(|(n, _)| *n == name) {
            return err(
                format!(
                    "redefinition of group name '{name}' as group {}; was group {g}",
                    self.groups
                ),
                at,
            );
        }
        self.names.push((name, self.groups));
        let flags = self.flags;
        self.body(start, Some(self.groups), None, false, flags)
    }

    /// `(?aiLmsux-imsx:...)`; a bare `(?i)` here (not at the start) is an error.
    fn scoped_flags(&mut self, start: usize) -> Result<(), ReError> {
        let mut add = 0;
        let mut remove = 0;
        let mut minus = false;
        let first = self.i;
        loop {
            let Some(c) = self.peek() else {
                let msg = if minus {
                    "missing flag"
                } else {
                    "missing -, : or )"
                };
                return err(msg, self.i);
            };
            self.i += 1;
            if c == ':' || c == ')' {
                if minus && remove == 0 {
                    return err("missing flag", self.i - 1);
                }
                if c == ':' {
                    break;
                }
                if minus {
                    return err("missing :", self.i - 1);
                }
                return err("global flags not at the start of the expression", start);
            }
            if c == '-' && !minus {
                minus = true;
                continue;
            }
            match flag_bit(c) {
                Some(b) if minus => remove |= b,
                Some(b) => add |= b,
                None if self.i - 1 == first => {
                    return err(format!("unknown extension ?{c}"), start + 1);
                }
                None if c.is_ascii_alphabetic() => return err("unknown flag", self.i - 1),
                None => return err("missing -, : or )", self.i - 1),
            }
        }
        self.flags = (self.flags | add) & !remove;
        Ok(())
    }

    fn body(
        &mut self,
        start: usize,
        index: Option<u32>,
        look: Option<(bool, bool)>,
        atomic: bool,
        saved_flags: u32,
    ) -> Result<Node, ReError> {
        self.depth += 1;
        let body = self.alternation();
        self.depth -= 1;
        let body = body?;
        self.flags = saved_flags;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        if let Some(g) = index {
            self.closed.push(g);
        }
        if let Some((behind, negate)) = look {
            if behind {
                let (lo, hi) = width(&body);
                if Some(lo) != hi {
                    return Err(ReError {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                    });
                }
            }
            return Ok(Node::Look {
                behind,
                negate,
                body: Box::new(body),
            });
        }
        if atomic {
            return Ok(Node::Atomic(Box::new(body)));
        }
        Ok(Node::Group {
            index,
            body: Box::new(body),
        })
    }
}

/// The minimum and maximum number of characters `node` can match (None: unbounded).
pub fn width(node: &Node) -> (u64, Option<u64>) {
    match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
        Node::Lit { .. } | Node::Any { .. } | Node::Set { .. } => (1, Some(1)),
        Node::Backref { .. } => (0, None),
        Node::Group { body, .. } | Node::Atomic(body) => width(body),
        Node::Repeat { body, min, max, .. } => {
            let (lo, hi) = width(body);
            let hi = match (hi, max) {
                (Some(0), _) => Some(0),
                (Some(h), Some(m)) => h.checked_mul(u64::from(*m)),
                _ => None,
            };
            (lo.saturating_mul(u64::from(*min)), hi)
        }
        Node::Concat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
            let (l, h) = width(n);
            (
                lo.saturating_add(l),
                hi.zip(h).and_then(|(a, b)| a.checked_add(b)),
            )
        }),
        Node::Alt(alts) => {
            let mut lo = u64::MAX;
            let mut hi = Some(0);
            for a in alts {
                let (l, h) = width(a);
                lo = lo.min(l);
                hi = hi.zip(h).map(|(a, b)| a.max(b));
            }
            (lo, hi)
        }
    }
}
