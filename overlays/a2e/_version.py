__title__ = "a2e"
__version__ = "0.1.0"
