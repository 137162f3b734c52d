# int methods: bit_length, bit_count, to_bytes, as_integer_ratio.
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length())
print((13).bit_count(), (-13).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).as_integer_ratio())
