# Assigning to a literal is rejected at compile time ("cannot assign to literal").
count = 0
print("count is", count)
def reset():
    global count
    count = 0
5 = count
print("never printed")
