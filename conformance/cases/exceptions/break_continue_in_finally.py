# finally runs when break or continue leaves a try block, and break/continue in finally discard exceptions.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def swallow_with_break():
    for i in range(3):
        try:
            raise ValueError(f"error {i}")
        finally:
            break
    return f"loop exited at {i} with no exception"
print(swallow_with_break())

def swallow_with_continue():
    seen = []
    for i in range(3):
        try:
            seen.append(i)
            raise KeyError(i)
        finally:
            continue
    return seen
print(swallow_with_continue())

count = 0
while count < 5:
    count += 1
    try:
        if count % 2:
            continue
        print("even", count)
    finally:
        print("cleanup", count)
