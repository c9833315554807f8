"""Blank forms units fill in: the standard report template."""

from .templates import report_rows, write_cluster_templates, write_report_template

__all__ = ["report_rows", "write_cluster_templates", "write_report_template"]
