"""The on-screen report pages of 汇总与导出报表 (manual ch. 6) and the applicant summary (page 3-4).

One page serves every entry of ``desktop.reports.catalog``: a filter panel with exactly the
choices the manual names for that page (``filter_panel``), 汇总 to build the report from the
local cache off the UI thread (``report_source``), a table with the official table's merged
header and shaded totals (``table_model``, ``header_view``), and 导出报表 to write the same
report as .xlsx with a progress dialog and 取消 (``export``). The report engine itself is
``desktop.reports``; these modules only show it.
"""
