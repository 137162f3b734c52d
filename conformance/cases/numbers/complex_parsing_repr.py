# complex() parses strings and repr shows signed zeros, inf and nan parts.
for s in ["1+2j", "  3j ", "-1.5e3-2.5j", "(4-0j)", "j", "-J", "1e-3+1e3j", "inf+nanj", "2"]:
    print(repr(s), repr(complex(s)))
print(repr(complex(1.0, -0.0)), repr(complex(-0.0, 0.0)), repr(complex(0, 1e20)), repr(1e-5j))
print(repr(complex(float("inf"), -1)), str(2 + 0j), repr(-(1 + 1j)), repr(1.5 + 2j))
for s in ["1 + 2j", "1+2", "j1", "", "1+2jj"]:
    try:
        complex(s)
    except ValueError as e:
        print(type(e).__name__, e)
