# A break that is not inside any loop is rejected with "'break' outside loop".
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1

print("start")
if search([1, 2], 2) >= 0:
    break
print("end")
