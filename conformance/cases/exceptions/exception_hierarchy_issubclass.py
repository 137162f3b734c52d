# issubclass checks across the builtin exception hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError),
    (KeyError, IndexError), (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (IOError, OSError), (EnvironmentError, OSError), (ConnectionRefusedError, ConnectionError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException), (BaseException, Exception), (AssertionError, Exception),
    (DeprecationWarning, Warning), (Warning, Exception), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
    (KeyError, (ValueError, LookupError)), (bool, Exception),
]
for sub, sup in pairs:
    sup_name = sup.__name__ if isinstance(sup, type) else "(" + ", ".join(c.__name__ for c in sup) + ")"
    print(f"{sub.__name__:<22} {sup_name:<22} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
