# Exceptions inside a loop body are handled per iteration, with continue/break inside except.
raw = ["10", "x", "25", "", "7", "stop", "99"]
total = 0
errors = []
for item in raw:
    try:
        if item == "stop":
            break
        n = int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    else:
        total += n
    finally:
        print("processed", repr(item))
print("total", total)
print(errors)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts, "attempts")
        break
    except ConnectionError as e:
        print(e)
        continue
