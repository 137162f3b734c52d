# Triple-quoted strings keep newlines and indentation; adjacent literals concatenate at compile time.
text = """first line
  indented "quotes" and 'single'
last\
 joined"""
print(text)
print(repr(text), len(text.splitlines()))
sql = ("SELECT name, age "
       "FROM users "
       'WHERE age > 21')
print(sql)
block = '''\
a
b
'''
print(repr(block), repr("""x""""y"), repr('''it's'''), """a""" == "a")
parts = ["x" "y", "z"]
print(parts, len(parts), "con" "cat" "enated".upper())
