"""Terrarium's random: CPython's Mersenne Twister (same numbers for the same int seed); an
unseeded generator is seeded from the host's random bytes (os.urandom)."""

import _terrarium_os
import math

_N = 624
_M = 397
_MASK = 0xFFFFFFFF


class Random:
    def __init__(self, x=None):
        self.seed(x)

    def _init_genrand(self, s):
        mt = [0] * _N
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._mt = mt
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def seed(self, a=None, version=2):
        if a is None:
            raw = _terrarium_os.op("urandom", _N * 4)
            key = [int.from_bytes(raw[i:i + 4], "little") for i in range(0, _N * 4, 4)]
        elif isinstance(a, bool) or not isinstance(a, int):
            raise NotImplementedError("random.seed() of a non-int is not supported by Terrarium")
        else:
            a = abs(a)
            key = []
            while a:
                key.append(a & _MASK)
                a >>= 32
            if not key:
                key = [0]
        self._init_by_array(key)

    def _genrand(self):
        mt = self._mt
        if self._index >= _N:
            for kk in range(_N):
                y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % _N] & 0x7FFFFFFF)
                v = mt[(kk + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908B0DF
                mt[kk] = v
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return self._genrand() >> (32 - k) if k else 0
        out = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            out |= r << shift
            shift += 32
            k -= 32
        return out

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ")")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ", " + str(step) + ")")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def sample(self, population, k):
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result


_inst = None


def _get():
    global _inst
    if _inst is None:
        _inst = Random()
    return _inst


def seed(a=None, version=2):
    global _inst
    if _inst is None:
        _inst = Random(a)
    else:
        _inst.seed(a)


def random():
    return _get().random()


def getrandbits(k):
    return _get().getrandbits(k)


def randrange(start, stop=None, step=1):
    return _get().randrange(start, stop, step)


def randint(a, b):
    return _get().randint(a, b)


def choice(seq):
    return _get().choice(seq)


def shuffle(x):
    _get().shuffle(x)


def uniform(a, b):
    return _get().uniform(a, b)


def sample(population, k):
    return _get().sample(population, k)
