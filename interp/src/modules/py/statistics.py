"""Terrarium's statistics: averages and measures of spread."""

import math


class StatisticsError(ValueError):
    pass


def _data(data, name, minimum=1):
    data = list(data)
    if len(data) < minimum:
        if minimum == 1:
            raise StatisticsError(f"{name} requires at least one data point")
        raise StatisticsError(f"{name} requires at least two data points")
    return data


def _mean_exact(data):
    if all(isinstance(x, int) for x in data):
        total = sum(data)
        n = len(data)
        if total % n == 0:
            return total // n
        return total / n
    return math.fsum(data) / len(data)


def mean(data):
    return _mean_exact(_data(data, "mean"))


def fmean(data, weights=None):
    data = _data(data, "fmean")
    if weights is None:
        return math.fsum(data) / len(data)
    weights = list(weights)
    return math.fsum(x * w for x, w in zip(data, weights)) / math.fsum(weights)


def median(data):
    data = sorted(_data(data, "median") if data else [])
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError("no mode for empty data")
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    if c is None:
        c = _mean_exact(data)
    return math.fsum((x - c) ** 2 for x in data)


def _exact_var(data, ddof):
    # For int data, the result is exact and stays an int when it is whole, as in CPython.
    n = len(data)
    total = sum(data)
    num = sum((x * n - total) ** 2 for x in data)
    den = n * n * (n - ddof)
    if num % den == 0:
        return num // den
    return num / den


def pvariance(data, mu=None):
    data = _data(data, "pvariance")
    if mu is None and all(isinstance(x, int) for x in data):
        return _exact_var(data, 0)
    return _ss(data, mu) / len(data)


def variance(data, xbar=None):
    data = _data(data, "variance", 2)
    if xbar is None and all(isinstance(x, int) for x in data):
        return _exact_var(data, 1)
    return _ss(data, xbar) / (len(data) - 1)


def pstdev(data, mu=None):
    return math.sqrt(_data(data, "pstdev") and pvariance(data, mu))


def stdev(data, xbar=None):
    data = _data(data, "stdev", 2)
    return math.sqrt(variance(data, xbar))


def geometric_mean(data):
    data = _data(data, "geometric_mean")
    return math.exp(math.fsum(math.log(x) for x in data) / len(data))


def harmonic_mean(data):
    data = _data(data, "harmonic_mean")
    if any(x == 0 for x in data):
        return 0
    return len(data) / math.fsum(1 / x for x in data)


def quantiles(data, *, n=4, method="exclusive"):
    """Cut points dividing the data into n intervals of equal probability (CPython's method)."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError("must have at least one data point")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")
