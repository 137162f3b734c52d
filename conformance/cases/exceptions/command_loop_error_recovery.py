# A scripted command loop recovers from each command's error and keeps running.
stack = []

def execute(line):
    op, *args = line.split()
    if op == "push":
        stack.append(int(args[0]))
    elif op == "pop":
        return stack.pop()
    elif op == "add":
        stack.append(stack.pop() + stack.pop())
    elif op == "div":
        b, a = stack.pop(), stack.pop()
        stack.append(a // b)
    else:
        raise NotImplementedError(f"unknown op {op!r}")

script = ["push 6", "push 0", "div", "push x", "push", "add", "pop", "jump 3", "push 2", "push 5", "add", "pop"]
for line in script:
    try:
        result = execute(line)
    except ZeroDivisionError as e:
        print(f"{line:<8} math error: {e}")
    except (ValueError, IndexError) as e:
        print(f"{line:<8} bad input: {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{line:<8} failed: {type(e).__name__}: {e}")
    else:
        if result is not None:
            print(f"{line:<8} -> {result}")
    finally:
        pass
print("final stack", stack)
