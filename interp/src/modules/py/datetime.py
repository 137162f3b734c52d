"""Terrarium's datetime: naive dates, times, datetimes and timedeltas with CPython's arithmetic,
comparisons, reprs, isoformat/fromisoformat and strftime/strptime (common directives). The
clock (`now`, `today`) asks the host through the time module."""

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Days since 0001-01-01 (ordinal 1) in 400/100/4/1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date_fields(year, month, day):
    _check_int("year", year)
    _check_int("month", month)
    _check_int("day", day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond):
    for v in (hour, minute, second, microsecond):
        _check_int("time", v)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (days * 86400 + seconds + minutes * 60 + hours * 3600 + weeks * 604800) * 1000000
        total += microseconds + milliseconds * 1000
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"datetime.timedelta({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format(obj, fmt):
    """strftime for dates, times and datetimes (naive)."""
    year = getattr(obj, "year", 1900)
    month = getattr(obj, "month", 1)
    day = getattr(obj, "day", 1)
    hour = getattr(obj, "hour", 0)
    minute = getattr(obj, "minute", 0)
    second = getattr(obj, "second", 0)
    us = getattr(obj, "microsecond", 0)
    wd = (_ymd2ord(year, month, day) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        if c == "Y":
            out.append(f"{year:04d}" if year >= 1000 else str(year))
        elif c == "y":
            out.append(f"{year % 100:02d}")
        elif c == "m":
            out.append(f"{month:02d}")
        elif c == "d":
            out.append(f"{day:02d}")
        elif c == "H":
            out.append(f"{hour:02d}")
        elif c == "I":
            out.append(f"{(hour % 12) or 12:02d}")
        elif c == "M":
            out.append(f"{minute:02d}")
        elif c == "S":
            out.append(f"{second:02d}")
        elif c == "f":
            out.append(f"{us:06d}")
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "A":
            out.append(_FULL_DAYNAMES[wd])
        elif c == "a":
            out.append(_DAYNAMES[wd])
        elif c == "B":
            out.append(_FULL_MONTHNAMES[month])
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[month])
        elif c == "j":
            out.append(f"{yday:03d}")
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append(f"{(yday + 6 - (wd + 1) % 7) // 7:02d}")
        elif c == "W":
            out.append(f"{(yday + 6 - wd) // 7:02d}")
        elif c == "Z" or c == "z":
            pass
        elif c == "c":
            out.append(f"{_DAYNAMES[wd]} {_MONTHNAMES[month]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year:04d}")
        elif c == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif c == "X":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif c == "F":
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif c == "T":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


class date:
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) == 10 and text[4] == "-" and text[7] == "-":
                return cls(int(text[0:4]), int(text[5:7]), int(text[8:10]))
            if len(text) == 8 and text.isdigit():
                return cls(int(text[0:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            pass
        raise ValueError(f"Invalid isoformat string: {text!r}")

    @classmethod
    def today(cls):
        import time
        return cls.fromtimestamp(time.time())

    @classmethod
    def fromtimestamp(cls, t):
        days = int(t // 86400)
        return cls.fromordinal(_ymd2ord(1970, 1, 1) + days)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"datetime.{type(self).__name__}({self._year}, {self._month}, {self._day})"

    def strftime(self, fmt):
        return _format(self, fmt)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def ctime(self):
        return _format(self, "%c")

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day, -1)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= 3652059:
                raise OverflowError("result out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = None

    def isoformat(self, timespec="auto"):
        s = f"{self._hour:02d}:{self._minute:02d}:{self._second:02d}"
        if self._microsecond:
            s += f".{self._microsecond:06d}"
        return s

    __str__ = isoformat

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        return f"datetime.time({', '.join(map(str, args))})"

    def strftime(self, fmt):
        return _format(self, fmt)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    @classmethod
    def fromisoformat(cls, text):
        try:
            parts = text.split(":")
            if 2 <= len(parts) <= 3:
                sec, us = 0, 0
                if len(parts) == 3:
                    if "." in parts[2]:
                        s, frac = parts[2].split(".")
                        sec, us = int(s), int((frac + "000000")[:6])
                    else:
                        sec = int(parts[2])
                return cls(int(parts[0]), int(parts[1]), sec, us)
        except ValueError:
            pass
        raise ValueError(f"Invalid isoformat string: {text!r}")

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return time(self._hour if hour is None else hour,
                    self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = None

    @classmethod
    def combine(cls, d, t):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    @classmethod
    def now(cls, tz=None):
        import time as _time
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, us = divmod(us, 86400 * 1000000)
        base = cls.fromordinal(_ymd2ord(1970, 1, 1) + days)
        return base + timedelta(microseconds=us)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        sep = 10 if len(text) > 10 and text[10] in "T " else -1
        try:
            d = date.fromisoformat(text[:10] if sep > 0 else text)
            t = time.fromisoformat(text[11:]) if sep > 0 else time()
            return cls.combine(d, t)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_parse(text, fmt))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timestamp(self):
        delta = self - datetime(1970, 1, 1)
        return delta.total_seconds()

    def isoformat(self, sep="T", timespec="auto"):
        return date.isoformat(self) + sep + self.time().isoformat()

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        return f"datetime.datetime({', '.join(map(str, args))})"

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None):
        return datetime(self._year if year is None else year,
                        self._month if month is None else month,
                        self._day if day is None else day,
                        self._hour if hour is None else hour,
                        self._minute if minute is None else minute,
                        self._second if second is None else second,
                        self._microsecond if microsecond is None else microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._key() < other._key()
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def _us(self):
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + secs) * 1000000 + self._microsecond

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._us() + other._us()
            days, rem = divmod(us, 86400 * 1000000)
            if not 0 < days <= 3652059:
                raise OverflowError("date value out of range")
            secs, micro = divmod(rem, 1000000)
            hh, rem = divmod(secs, 3600)
            mm, ss = divmod(rem, 60)
            y, m, d = _ord2ymd(days)
            return datetime(y, m, d, hh, mm, ss, micro)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        if isinstance(other, timedelta):
            return self + (-other)
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)


def _parse(text, fmt):
    """strptime for the numeric and name directives; CPython's message when text does not fit."""
    fields = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    i = 0
    j = 0
    ok = True
    while j < len(fmt) and ok:
        c = fmt[j]
        if c == "%" and j + 1 < len(fmt):
            d = fmt[j + 1]
            j += 2
            if d in "YmdHMSIjyf":
                width = {"Y": 4, "f": 6, "j": 3}.get(d, 2)
                k = i
                while k < len(text) and k - i < width and text[k].isdigit():
                    k += 1
                if k == i:
                    ok = False
                    break
                value = int(text[i:k])
                if d == "y":
                    fields["Y"] = value + (2000 if value < 69 else 1900)
                elif d == "I":
                    fields["H"] = value
                elif d == "f":
                    fields["f"] = int((text[i:k] + "000000")[:6])
                else:
                    fields[d] = value
                i = k
            elif d == "p":
                word = text[i:i + 2].upper()
                if word not in ("AM", "PM"):
                    ok = False
                    break
                pm = word == "PM"
                i += 2
            elif d in "bBaA":
                names = {"b": _MONTHNAMES[1:], "B": _FULL_MONTHNAMES[1:],
                         "a": _DAYNAMES, "A": _FULL_DAYNAMES}[d]
                for idx, name in enumerate(names):
                    if text[i:i + len(name)].lower() == name.lower():
                        if d in "bB":
                            fields["m"] = idx + 1
                        i += len(name)
                        break
                else:
                    ok = False
            elif d == "%":
                if text[i:i + 1] != "%":
                    ok = False
                i += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
        else:
            if text[i:i + 1] != c:
                ok = False
                break
            i += 1
            j += 1
    if not ok or j < len(fmt):
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if i < len(text):
        raise ValueError(f"unconverted data remains: {text[i:]}")
    hour = fields["H"]
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    return fields["Y"], fields["m"], fields["d"], hour, fields["M"], fields["S"], fields["f"]
