# A triple-quoted string that never closes is an unterminated triple-quoted string literal.
def usage():
    return "usage: tool [options]"

print(usage())
HELP = """
Options:
  -h  show help
  -v  verbose
print(HELP)
