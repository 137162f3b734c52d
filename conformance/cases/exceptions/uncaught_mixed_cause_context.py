# An uncaught chain mixing implicit context and an explicit cause prints both banner kinds in order.
class StorageError(Exception):
    pass

def read_block(blocks, i):
    try:
        return blocks[i]
    except IndexError:
        return blocks[i % len(blocks)]

def load(blocks, i):
    try:
        return read_block(blocks, i)
    except ZeroDivisionError as e:
        raise StorageError(f"cannot read block {i} from empty storage") from e

print(load(["b0", "b1"], 3))
print(load([], 1))
