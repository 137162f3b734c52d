# f-string replacement fields with conditionals, lambdas, comprehensions, walrus and calls.
items = [3, 1, 2]
user = {"name": "ann", "tags": ["x", "y"]}
print(f"{'even' if len(items) % 2 == 0 else 'odd'} {sorted(items)} {sum(i * i for i in items)}")
print(f"{(lambda v: v * 10)(4)} {[c.upper() for c in 'ab']} {dict(a=1)} { {'k': 1}['k'] }")
print(f"{user['name'].title()} has {len(user['tags'])} tags: {', '.join(user['tags'])}")
print(f"{(n := 10) * 2} {n} {items[0]:{n}} {max(items, key=lambda v: -v)}")
print(f"{3 + 4j} {True and 'yes'} {not items} {items if items else 'none'} {-5:+} {2 ** 10:,}")
print(f"{'a' 'b'} {'x' * 3} {None} {...} {print.__name__} {type(items).__name__}")
