# A nonlocal declaration at module level is rejected with "nonlocal declaration not allowed at module level".
counter = 0
def bump():
    global counter
    counter += 1

print("start")
nonlocal total
bump()
print(counter)
