# bin(), oct() and hex() builtins on ints, negatives, bools and objects with __index__.
class Seven:
    def __index__(self):
        return 7

print(bin(10), bin(-10), bin(0), oct(8), oct(-64), hex(255), hex(-255), hex(0))
print(bin(True), hex(2 ** 64), oct(Seven()), hex(Seven()), bin(2 ** 10 - 1).count("1"))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-37), 2), int(oct(511), 8), int(hex(48879), 16), f"{48879:x}" == hex(48879)[2:])
