# A broad except clause listed first shadows later specific clauses, so handler order matters.
def wrong_order(action):
    try:
        return action()
    except Exception as e:
        return f"generic handler: {type(e).__name__}"
    except KeyError:
        return "specific KeyError handler (never reached)"

def right_order(action):
    try:
        return action()
    except KeyError as e:
        return f"specific KeyError handler: {e}"
    except LookupError as e:
        return f"LookupError handler: {type(e).__name__}"
    except Exception as e:
        return f"generic handler: {type(e).__name__}"

actions = [lambda: {}["user"], lambda: [][2], lambda: 1 / 0, lambda: "ok"]
for act in actions:
    print(wrong_order(act), "||", right_order(act))

def log_and_continue(items, fn):
    results = []
    for item in items:
        try:
            results.append(fn(item))
        except (ValueError, TypeError) as e:
            results.append(f"<{type(e).__name__}>")
    return results
print(log_and_continue(["1", "two", None, "4"], int))
