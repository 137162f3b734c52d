"""Terrarium's asyncio: an event loop for coroutines with tasks, futures, gather, sleep and
timeouts. Time is virtual: sleeping never blocks, it only orders what runs next.

Calls of the host's async functions give host futures. When no task is ready to run and some
task awaits a host future, the loop asks the host to resolve the pending calls (all of them at
once) before it lets virtual time advance to the next timer."""

import heapq as _heapq
import _terrarium_host as _host


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class TimeoutError(Exception):
    pass





class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self.time_now = 0.0
        self._host_waiters = []
        self._tasks = []

    def time(self):
        return self.time_now

    def call_soon(self, callback, *args):
        self._ready.append((callback, args))

    def call_later(self, delay, callback, *args):
        self._seq += 1
        _heapq.heappush(self._timers, (self.time_now + max(delay, 0), self._seq, callback, args))

    def create_task(self, coro):
        if _host.is_future(coro):
            coro = _await_host(coro)
        return Task(coro, self)

    def run_until_complete(self, future):
        future = ensure_future(future, self)
        while not future.done():
            if not self._ready and self._host_waiters:
                self._wait_host()
                continue
            if not self._ready:
                if not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                when, _, callback, args = _heapq.heappop(self._timers)
                self.time_now = max(self.time_now, when)
                self._ready.append((callback, args))
                while self._timers and self._timers[0][0] <= self.time_now:
                    _, _, cb, a = _heapq.heappop(self._timers)
                    self._ready.append((cb, a))
            ready = self._ready
            self._ready = []
            for callback, args in ready:
                callback(*args)
        return future.result()

    def _wait_host(self):
        """Waits until the host resolves pending calls; wakes the tasks that awaited them."""
        _host.wait()
        waiting = self._host_waiters
        self._host_waiters = []
        for fut, task in waiting:
            if _host.done(fut):
                task._host_waiter = None
                self._ready.append((task._step, (None,)))
            else:
                self._host_waiters.append((fut, task))


_running_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    return get_running_loop()


class Future:
    def __init__(self, loop=None):
        self._loop = loop or get_running_loop()
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []

    def done(self):
        return self._state != "PENDING"

    def cancelled(self):
        return self._state == "CANCELLED"

    def result(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state == "PENDING":
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state == "PENDING":
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != "PENDING":
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = "FINISHED"
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != "PENDING":
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = "FINISHED"
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != "PENDING":
            return False
        self._state = "CANCELLED"
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    def __init__(self, coro, loop=None):
        super().__init__(loop)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._host_waiter = None
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step, None)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel():
            return True
        self._must_cancel = True
        if self._host_waiter is not None:
            # A host call cannot be taken back: the task stops waiting for it.
            waiters = self._loop._host_waiters
            for i in range(len(waiters)):
                if waiters[i][1] is self:
                    del waiters[i]
                    break
            self._host_waiter = None
            self._loop.call_soon(self._step, None)
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        global _running_loop
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                Future.cancel(self)
            else:
                self.set_result(e.value)
        except CancelledError:
            Future.cancel(self)
        except BaseException as e:
            self.set_exception(e)
        else:
            if isinstance(result, Future):
                self._fut_waiter = result
                result.add_done_callback(self._wakeup)
            elif _host.is_future(result):
                self._host_waiter = result
                self._loop._host_waiters.append((result, self))
            elif result is None:
                self._loop.call_soon(self._step, None)
            else:
                self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        self._fut_waiter = None
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step(None)


async def _await_host(fut):
    return await fut


def ensure_future(obj, loop=None):
    if isinstance(obj, Future):
        return obj
    if _host.is_future(obj):
        obj = _await_host(obj)
    return Task(obj, loop)


def create_task(coro, *, name=None):
    if _host.is_future(coro):
        coro = _await_host(coro)
    return Task(coro, get_running_loop())


class _Yield:
    def __await__(self):
        yield None


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = Future(loop)
    loop.call_later(delay, _set_if_pending, future, result)
    return await future


def _set_if_pending(future, result):
    if not future.done():
        future.set_result(result)


def gather(*aws, return_exceptions=False):
    loop = get_running_loop()
    children = [ensure_future(a, loop) for a in aws]
    outer = Future(loop)
    if not children:
        outer.set_result([])
        return outer
    count = 0

    def done_callback(fut):
        nonlocal count
        count += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if count == len(children):
            results = []
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                else:
                    e = f.exception()
                    results.append(f.result() if e is None else e)
            outer.set_result(results)

    for child in children:
        child.add_done_callback(done_callback)
    return outer


async def wait_for(aw, timeout):
    loop = get_running_loop()
    task = ensure_future(aw, loop)
    if timeout is None:
        return await task
    waiter = Future(loop)
    loop.call_later(timeout, _set_if_pending, waiter, None)
    task.add_done_callback(lambda f: _set_if_pending(waiter, None))
    await waiter
    if task.done():
        return task.result()
    task.cancel()
    raise TimeoutError()


async def wait(aws, *, timeout=None, return_when="ALL_COMPLETED"):
    tasks = {ensure_future(a) for a in aws}
    await gather(*tasks, return_exceptions=True)
    return tasks, set()


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or _host.is_future(obj)


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = _Loop()
    _running_loop = loop
    if _host.is_future(main):
        main = _await_host(main)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_shutdown_asyncgens())
        finally:
            _running_loop = None


def _cancel_all_tasks(loop):
    """What asyncio.run() does at its end: cancel the tasks still pending and let them finish."""
    to_cancel = [t for t in loop._tasks if not t.done()]
    loop._tasks = []
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


async def _aclose(agen):
    await agen.aclose()


async def _shutdown_asyncgens():
    """Closes the async generators started during the run that have not finished."""
    agens = list(_host.asyncgens)
    _host.asyncgens.clear()
    if agens:
        await gather(*[_aclose(ag) for ag in agens], return_exceptions=True)


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def _wakeup_next(waiters):
    while waiters:
        waiter = waiters.pop(0)
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue:
    """A FIFO queue for tasks of one event loop (CPython's waking order)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    async def put(self, item):
        while self.full():
            putter = Future(get_running_loop())
            self._putters.append(putter)
            await putter
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = Future(get_running_loop())
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop(0)
        _wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = Future(get_running_loop())
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.done() for w in self._waiters):
            self._locked = True
            return True
        fut = Future(get_running_loop())
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = Future(get_running_loop())
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
