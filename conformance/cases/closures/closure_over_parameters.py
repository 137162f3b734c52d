# Function parameters, including defaults and *args, can be captured by inner closures.
def tagger(tag, *classes, **attrs):
    def wrap(text):
        cls = f' class="{" ".join(classes)}"' if classes else ""
        extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
        return f"<{tag}{cls}{extra}>{text}</{tag}>"
    return wrap

p = tagger("p")
btn = tagger("button", "primary", "large", type="submit")
print(p("hello"))
print(btn("Go"))

def make_clamp(lo=0, hi=None):
    def clamp(v):
        if v < lo:
            return lo
        if hi is not None and v > hi:
            return hi
        return v
    return clamp

print([make_clamp()(v) for v in (-5, 5)], [make_clamp(1, 3)(v) for v in (0, 2, 9)])

def reassign_param(x):
    def get():
        return x
    x = x * 2
    return get
print(reassign_param(21)())
