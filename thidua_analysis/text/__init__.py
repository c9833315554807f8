"""Vietnamese text: normalisation, legacy encodings, numbers, periods and unit names."""
