# Nested try blocks: inner handlers run first, unhandled exceptions propagate to outer handlers.
def nested(kind):
    trail = []
    try:
        trail.append("outer try")
        try:
            trail.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "inner-handler-fails":
                raise ValueError("first")
        except ValueError as e:
            trail.append(f"inner except {e}")
            if kind == "inner-handler-fails":
                raise RuntimeError("handler failed")
        finally:
            trail.append("inner finally")
        trail.append("after inner")
    except KeyError:
        trail.append("outer except KeyError")
    except RuntimeError as e:
        trail.append(f"outer except RuntimeError ({e}, context={e.__context__})")
    finally:
        trail.append("outer finally")
    return trail

for kind in ["none", "value", "key", "inner-handler-fails"]:
    print(kind)
    for step in nested(kind):
        print("   ", step)
