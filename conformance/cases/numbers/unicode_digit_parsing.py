# int() and float() accept Unicode decimal digits and Unicode whitespace.
print(int("٣٤"), int("１２３"), int("\u2003 7 \n"), int("-\uff15"), int("१०"))
print(float("１.５"), float("\u00a0 2.5e1 \t"), float("٣.٥"), int("١٠", 16))
for s in ["½", "²", "12½", "1 2", "٣.٥"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
print("²".isdigit(), "½".isnumeric(), "٣".isdecimal())
