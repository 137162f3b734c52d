# printf-style flags '-', '+', ' ', '#', '0' combined with width and precision.
for v in [42, -42, 0]:
    print("[%5d] [%-5d] [%+d] [% d] [%05d] [%+05d] [%-+6d] [% 05d] [%.3d] [%6.3d]" % ((v,) * 10))
for v in [3.14159, -2.5, 0.0]:
    print("[%8.2f] [%-8.2f] [%+.1f] [% .0f] [%08.3f] [%#.0f] [%.0e] [%10.3g] [%-#8.3g]" % ((v,) * 9))
print("[%10s] [%-10s] [%.2s] [%5.1s] [%-5r] [%x] [%#06x] [%-#6o] [%+x]" % ("right", "left", "trunc", "xyz", "r", 255, 255, 8, 255))
print("[%c] [%-3c] [%%] [%s%%] [%3c]" % ("A", "B", 50, 67))
