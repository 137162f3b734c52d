# Nested replacement fields inside f-string format specs.
width, prec = 10, 3
for v in [3.14159, 2.5, 100.0]:
    print(f"[{v:{width}.{prec}f}] [{v:>{width}}] [{v:{'+' if v > 3 else '-'}}]")
