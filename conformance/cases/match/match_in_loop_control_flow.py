# Case bodies can use break, continue and return, which act on the enclosing loop or function.
def run(program):
    acc, pc, trace = 0, 0, []
    while pc < len(program):
        match program[pc].split():
            case ["add", n]:
                acc += int(n)
            case ["jmp", off]:
                pc += int(off)
                continue
            case ["skip_if_zero"] if acc == 0:
                pc += 2
                continue
            case ["halt"]:
                trace.append("halt")
                break
            case ["ret"]:
                return f"returned early acc={acc}"
            case bad:
                trace.append(f"bad {bad}")
        trace.append(acc)
        pc += 1
    else:
        trace.append("fell off end")
    return trace

print(run(["add 5", "add -5", "skip_if_zero", "add 100", "add 1", "halt", "add 9"]))
print(run(["add 1", "jmp 2", "add 50", "add 2", "nop x"]))
print(run(["add 3", "ret", "add 4"]))
