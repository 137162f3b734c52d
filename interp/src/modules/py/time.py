"""Terrarium's time: time() and monotonic() read the host's clock through the OS layer."""

import _terrarium_os


def time():
    return _terrarium_os.op("time")


def monotonic():
    return _terrarium_os.op("time")


def perf_counter():
    return _terrarium_os.op("time")


def sleep(secs):
    """The sandbox has no real time to wait: sleeping returns at once."""
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
