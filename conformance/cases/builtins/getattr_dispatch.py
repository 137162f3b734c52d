# Command dispatch via getattr(self, "cmd_" + name, default) with hasattr checks and a fallback handler.
class Shell:
    def __init__(self):
        self.stack = []
    def cmd_push(self, arg):
        self.stack.append(int(arg))
        return f"pushed {arg}"
    def cmd_pop(self, arg=None):
        return f"popped {self.stack.pop()}" if self.stack else "empty"
    def cmd_sum(self, arg=None):
        return f"sum {sum(self.stack)}"
    def unknown(self, arg=None):
        return "unknown command"
    def run(self, line):
        name, _, arg = line.partition(" ")
        handler = getattr(self, "cmd_" + name, self.unknown)
        return handler(arg) if arg else handler()
sh = Shell()
for line in ["push 3", "push 4", "sum", "pop", "jump 5", "pop", "pop"]:
    print(f"{line!r:10} -> {sh.run(line)}")
commands = sorted(n[4:] for n in dir(sh) if n.startswith("cmd_"))
print(commands, hasattr(sh, "cmd_sum"), hasattr(sh, "cmd_mul"))
method = getattr(sh, "cmd_push")
print(method("9"), sh.stack, method.__name__, callable(getattr(Shell, "run")))
print(getattr(sh, "stack") is sh.stack, getattr(sh, "missing", [1]) == [1])
