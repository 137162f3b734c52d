# Dotted names in patterns are value patterns compared with ==, unlike bare names which capture.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Http:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        PERMANENT = 301

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case _:
            return "unknown"

print([paint(c) for c in ["red", "green", "blue", "cyan", "pink", Color.RED]])

def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
        case Http.Redirect.PERMANENT:
            return "moved"
    return "?"
print([status(c) for c in [200, 404, 301, 500, 200.0]])
Color.GREEN = "lime"
print(paint("lime"), paint("green"))
