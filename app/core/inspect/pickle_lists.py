"""Which imports a pickle may perform: the safe list, and the imports known to run code.

The safe list is what PyTorch's ``weights_only`` loader and NumPy need to
rebuild tensors and arrays; everything else is "unlisted" (loading it runs
that module's code). Imports that give a shell, run Python or touch files are
"dangerous".
"""

from __future__ import annotations

_TORCH_STORAGES = {
    f"{kind}Storage"
    for kind in ("Float", "Double", "Half", "BFloat16", "Long", "Int", "Short", "Char", "Byte",
                 "Bool", "ComplexFloat", "ComplexDouble", "QInt8", "QUInt8", "QInt32",
                 "QUInt4x2", "QUInt2x4", "Untyped")
}
_TORCH_DTYPES = {
    "float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8",
    "bool", "complex64", "complex128", "float8_e4m3fn", "float8_e5m2",
}

SAFE_GLOBALS: dict[str, set[str]] = {
    "collections": {"OrderedDict", "Counter"},
    "builtins": {"set", "frozenset", "bytearray", "slice", "complex"},
    "__builtin__": {"set", "frozenset", "bytearray", "slice", "complex"},
    "_codecs": {"encode"},
    "torch": _TORCH_STORAGES | _TORCH_DTYPES | {"Size", "device", "dtype"},
    "torch.storage": {"UntypedStorage", "TypedStorage"},
    "torch._utils": {
        "_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_parameter",
        "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_sparse_tensor",
        "_rebuild_device_tensor_from_numpy", "_rebuild_meta_tensor_no_storage",
        "_rebuild_wrapper_subclass", "_rebuild_nested_tensor",
    },
    "torch._tensor": {"_rebuild_from_type_v2"},
    "torch.nn.parameter": {"Parameter"},
    "torch.serialization": {"_get_layout"},
    "numpy": {"dtype", "ndarray"},
    "numpy.core.multiarray": {"_reconstruct", "scalar"},
    "numpy._core.multiarray": {"_reconstruct", "scalar"},
    "numpy.dtypes": {f"{n}DType" for n in ("Float32", "Float64", "Float16", "Int64", "Int32",
                                          "Int16", "Int8", "UInt8", "Bool")},
}

# module -> names that run code ("*": every name of the module and its submodules)
DANGEROUS: dict[str, set[str] | str] = {
    "os": "*", "posix": "*", "nt": "*", "subprocess": "*", "sys": "*", "shutil": "*",
    "socket": "*", "runpy": "*", "pty": "*", "ctypes": "*", "importlib": "*", "code": "*",
    "commands": "*", "webbrowser": "*", "pickle": "*", "_pickle": "*", "marshal": "*",
    "multiprocessing": "*", "asyncio": "*", "requests": "*", "urllib": "*", "http": "*",
    "cProfile": "*", "profile": "*", "pdb": "*", "bdb": "*", "timeit": "*", "tempfile": "*",
    "builtins": {"eval", "exec", "compile", "open", "getattr", "setattr", "delattr",
                 "__import__", "breakpoint", "input", "globals", "locals", "vars"},
    "__builtin__": {"eval", "exec", "compile", "open", "getattr", "execfile", "apply",
                    "__import__", "file", "input"},
    "types": {"CodeType", "FunctionType", "LambdaType", "MethodType"},
    "operator": {"attrgetter", "itemgetter", "methodcaller"},
    "_operator": {"attrgetter", "itemgetter", "methodcaller"},
    "functools": {"partial", "reduce"},
    "io": {"FileIO", "open", "open_code"},
    "_io": {"FileIO", "open", "open_code"},
    "numpy.testing._private.utils": "*",
    "numpy.f2py": "*",
    "torch.hub": "*",
    "torch.jit": "*",
}


def verdict(module: str, name: str) -> str:
    """``safe``, ``dangerous`` (known to run code) or ``unlisted`` (not known to be safe)."""
    if module == "?" or _dangerous(module, name):
        return "dangerous"
    return "safe" if name in SAFE_GLOBALS.get(module, ()) else "unlisted"


def _dangerous(module: str, name: str) -> bool:
    parts = module.split(".")
    for cut in range(len(parts), 0, -1):
        names = DANGEROUS.get(".".join(parts[:cut]))
        if names == "*" or (cut == len(parts) and names is not None and name in names):
            return True
    return False
