//! The collector under a tight memory limit: garbage made in loops, in callbacks called by
//! native code and in generators consumed by native loops is reclaimed, so programs whose live
//! data is small finish; values native code holds across a collection survive; and programs
//! that mutate containers from inside callbacks cannot crash the process. Expected outputs were
//! recorded from CPython 3.13.

use terrarium::{CollectOutput, Limits, RunError};

/// Runs `src` with a 32 MiB memory budget; returns what it printed.
fn run_small(src: &str) -> Result<String, RunError> {
    let limits = Limits::default()
        .max_memory(Some(32 * 1024 * 1024))
        .max_steps(Some(50_000_000));
    let mut out = CollectOutput::default();
    terrarium::run_script(src, "gc.py", &limits, &mut out).map(|()| out.text)
}

fn expect(src: &str, want: &str) {
    match run_small(src) {
        Ok(text) => assert_eq!(text, want, "program:\n{src}"),
        Err(e) => panic!("program failed: {e:?}\n{src}"),
    }
}

#[test]
fn module_level_loop_garbage_is_collected() {
    // About 200 MB of short-lived strings and lists in total, far above the budget.
    expect(
        "n = 0\nfor i in range(300_000):\n    s = 'x' * 500 + str(i)\n    l = [s, s, i]\n    n += len(l[0])\nprint(n)\n",
        "151688890\n",
    );
}

#[test]
fn generator_consumed_by_native_loops() {
    expect(
        "print(sum(len('y' * 400 + str(i)) for i in range(300_000)))\n\
         print(len(set(str(i) * 50 for i in range(200_000) if i % 1000 == 0)))\n\
         print(len(list(('z' * 300)[:i % 7] for i in range(100_000))))\n\
         print(any(('w' * 600).endswith('q') for i in range(200_000)))\n",
        "121688890\n200\n100000\nFalse\n",
    );
}

#[test]
fn callbacks_from_native_code_collect_their_own_garbage() {
    expect(
        "def key(x):\n    t = 0\n    for j in range(200):\n        t += len('k' * 300 + str(j))\n    return (x % 10, t)\n\
         print(sorted(range(3000), key=key)[:5])\n",
        "[0, 10, 20, 30, 40]\n",
    );
}

#[test]
fn values_held_by_native_code_survive_collections() {
    // The list being built by list(), the running total of sum() and the items a key
    // function returns are only held by native code while the generator makes garbage.
    expect(
        "def gen():\n    for i in range(20_000):\n        junk = ['j' * 200 for _ in range(5)]\n        yield str(i) * 3\n\
         items = list(gen())\n\
         print(len(items), items[0], items[-1], sum(len(s) for s in items))\n\
         big = sum(10**40 + len(['p' * 300 for _ in range(3)]) for i in range(30_000))\n\
         print(big)\n\
         print(sorted(['b', 'a', 'c'] * 2000, key=lambda s: [s] * 3 + ['q' * 400])[::2000])\n",
        "20000 000 199991999919999 266670\n300000000000000000000000000000000000000090000\n['a', 'b', 'c']\n",
    );
}

#[test]
fn mutation_inside_callbacks_never_crashes() {
    // Hostile programs empty the containers native code is working on from inside the
    // callbacks; whatever they print, the process must survive and report normally.
    let programs = [
        "l = [str(i) * 100 for i in range(2000)]\ndef k(x):\n    l.clear()\n    junk = ['j' * 1000 for _ in range(2000)]\n    return x\nprint(len(sorted(l, key=k)))\n",
        "d = {str(i): 'v' * 200 for i in range(2000)}\ndef k(x):\n    d.clear()\n    junk = ['j' * 1000 for _ in range(2000)]\n    return 0\nprint(len(sorted(d, key=k)))\n",
        "l = ['a' * 300 + str(i) for i in range(3000)]\ndef g():\n    for x in l:\n        l.clear()\n        junk = ['j' * 1000 for _ in range(3000)]\n        yield x\nprint(len(list(g())))\n",
        "l = [str(i) * 100 for i in range(2000)]\nprint(max(l, key=lambda x: (l.pop() if l else '', len(['j' * 1000 for _ in range(500)]))[1]))\n",
    ];
    for src in programs {
        match run_small(src) {
            Ok(_) | Err(RunError::Exception(_)) | Err(RunError::Limit(_)) => {}
            Err(other) => panic!("program ended with {other:?}\n{src}"),
        }
    }
}
