# Breaking out of a for loop leaves a generator suspended; explicit close() then runs its finally block.
def reader(name, lines):
    print(f"open {name}")
    try:
        for line in lines:
            yield line
    finally:
        print(f"close {name}")

gen = reader("data.txt", ["header", "row1", "row2", "row3"])
for line in gen:
    print("read", line)
    if line == "row1":
        break
print("after break, before close")
gen.close()
print("after close")

gen2 = reader("full.txt", ["x", "y"])
for line in gen2:
    print("read", line)
print("full loop done")
gen2.close()
print("close on finished generator printed nothing")
