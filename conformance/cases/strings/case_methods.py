# Case conversions including Unicode special cases.
for s in ["hello World", "ÉCOLE", "straße", "ǆungla", "mIxEd CaSe 123"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
