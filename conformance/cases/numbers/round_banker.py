# round() uses round-half-to-even and handles ndigits for ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5678, -2), round(5, -1), round(15, -1))
print(round(7), type(round(7.4)).__name__, type(round(7.4, 1)).__name__)
