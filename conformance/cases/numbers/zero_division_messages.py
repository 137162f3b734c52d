# Each kind of division by zero has its own message.
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1, 0)]:
    try:
        expr()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
