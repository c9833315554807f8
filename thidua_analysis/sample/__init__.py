"""The built-in sample: realistic unit reports with their ground truth."""

from .generate import generate_sample

__all__ = ["generate_sample"]
