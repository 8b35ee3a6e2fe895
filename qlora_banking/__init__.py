__version__ = "0.1.0"


def _import_bitsandbytes_offline():
    """Import bitsandbytes without its hub lookup: on CPUs with AVX512-BF16, bitsandbytes >= 0.50 asks
    the Hugging Face hub for a CPU kernel (through the `kernels` package) the moment it is imported.
    This package reads nothing from a hub at run time, so bitsandbytes uses its built-in kernel."""
    import logging
    import sys

    if "bitsandbytes" in sys.modules:
        return
    kernels, cpu_ops = sys.modules.get("kernels"), logging.getLogger("bitsandbytes.backends.cpu.ops")
    sys.modules["kernels"], cpu_ops.disabled = None, True  # `from kernels import …` fails at once
    try:
        import bitsandbytes  # noqa: F401
    except ImportError:  # not installed: the modules that need it say so
        pass
    finally:
        cpu_ops.disabled = False
        if kernels is None:
            del sys.modules["kernels"]
        else:
            sys.modules["kernels"] = kernels


_import_bitsandbytes_offline()
