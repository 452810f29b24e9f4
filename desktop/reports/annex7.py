"""附件7 运力结构调整奖补申报汇总表 (manual 6.3, page 6-5): the ship projects the province
finally approved, for the province's official notice.

Only records that passed the LAST province review appear (manual 6.3 提示, SPEC §5): for
ministry-policy scrapping that is the province review of the completion record (its second
stage), for every other project the province review of the application, whose completion
materials travel with it. A ministry scrapping whose application passed the province but whose
completion has not is therefore not in 附件7. Those scrappings are read from the completion,
which may have corrected the application's figures.

The page offers only year and region; the table always shows every summary row and hides
regions without records, as an attachment to a notice does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    FromClause,
    Select,
    Table,
    and_,
    not_,
    select,
    true,
    union_all,
)

from core.vocab import Decision
from desktop.reports.filters import ReportFilter, SummaryRule, ZeroRule, join_parts
from desktop.reports.hierarchy import (
    Depth,
    DetailLine,
    DetailSpec,
    HierarchyOptions,
    HierarchyQuery,
    SummaryLine,
    count_lines,
    row_source,
)
from desktop.reports.model import (
    Cell,
    CellFormat,
    Column,
    Group,
    Layout,
    Report,
    RowKind,
    build_header,
)
from desktop.reports.ship_funds import ship_measures
from desktop.reports.sql import (
    in_region,
    is_ministry_scrapping,
    read_date,
    read_decimal,
    read_text,
    read_wan,
)
from desktop.reports.tables import ReportTables

KEY = "annex7"
_FIELDS = (
    "region_code",
    "ship_name",
    "ship_id_no",
    "policy",
    "project",
    "ship_type",
    "area",
    "power_form",
    "gross_tonnage",
    "capacity",
    "power_kw",
    "built_date",
    "ship_age",
    "estimate_amount",
    "check_amount",
    "machine_amount",
    "application_date",
    "id",
)


def _header() -> list[Column | Group]:
    return [
        Column("seq", "序号", CellFormat.INTEGER),
        Column("city", "市州"),
        Column("county", "县市区"),
        Column("applicant", "申请人"),
        Group("申报项目", [Column("policy", "补贴政策"), Column("project", "申请项目")]),
        Group(
            "船舶基本情况",
            [
                Column("ship_name", "船名"),
                Column("ship_id", "船舶识别号"),
                Column("ship_type", "船舶类型"),
                Column("area", "航区"),
                Column("power_form", "动力形式"),
                Column("gross", "总吨", CellFormat.INTEGER),
                Column("capacity", "载客位/载货吨", CellFormat.INTEGER),
                Column("power", "主机功率（千瓦）", CellFormat.DECIMAL_2),
                Column("built", "建成日期", CellFormat.DATE),
                Column("age", "船龄（年）", CellFormat.DECIMAL_3),
            ],
        ),
        Group(
            "奖补资金（万元）",
            [
                Column("estimate", "资金测算", CellFormat.MONEY),
                Column("check", "资金复核", CellFormat.MONEY),
            ],
        ),
    ]


def _branch(
    record: Table, applicants: Table, source: FromClause, where: ColumnElement[bool]
) -> Select[Any]:
    """One half of the union: the record's fields and its applicant's name."""
    columns = [record.c[name] for name in _FIELDS]
    return select(*columns, applicants.c.name.label("applicant")).select_from(source).where(where)


def approved_records(tables: ReportTables, report_filter: ReportFilter) -> FromClause:
    """The finally approved ship projects of the year and region, one row per ship."""
    applications, completions, applicants = (
        tables.applications,
        tables.completions,
        tables.applicants,
    )
    a, k = applications.c, completions.c
    province_pass = Decision.PASS.value
    scope = report_filter.scope
    scrapped = _branch(
        completions,
        applicants,
        completions.join(applications, k.application_id == a.id).join(
            applicants, a.applicant_id == applicants.c.id
        ),
        and_(
            k.year == report_filter.year,
            in_region(k.region_code, scope),
            is_ministry_scrapping(k.policy, k.project),
            k.province_result == province_pass,
        ),
    )
    others = _branch(
        applications,
        applicants,
        applications.join(applicants, a.applicant_id == applicants.c.id),
        and_(
            a.year == report_filter.year,
            in_region(a.region_code, scope),
            not_(is_ministry_scrapping(a.policy, a.project)),
            a.province_result == province_pass,
        ),
    )
    return union_all(scrapped, others).subquery("annex7_records")


def annex7(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """附件7 for the filter's year and region (its other choices do not apply)."""
    records = approved_records(tables, report_filter)
    r = records.c
    detail = DetailSpec(
        (
            ("applicant", r.applicant),
            ("ship_name", r.ship_name),
            ("ship_id", r.ship_id_no),
            ("policy", r.policy),
            ("project", r.project),
            ("ship_type", r.ship_type),
            ("area", r.area),
            ("power_form", r.power_form),
            ("gross", r.gross_tonnage),
            ("capacity", r.capacity),
            ("power", r.power_kw),
            ("built", r.built_date),
            ("age", r.ship_age),
            ("estimate", r.estimate_amount),
            ("check", r.check_amount),
            ("applied", r.application_date),
            ("record_id", r.id),
        ),
        ("applied", "ship_name", "record_id"),
    )
    query = HierarchyQuery(
        records, r.region_code, true(), ship_measures(records), Depth.COUNTY, detail
    )
    options = HierarchyOptions(report_filter.scope, ZeroRule.HIDE, SummaryRule.ALL)
    columns, header = build_header(_header())
    layout = Layout(columns)

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        t = line.totals
        label_key = "county" if line.kind is RowKind.COUNTY_SUBTOTAL else "city"
        return layout.row(
            {
                label_key: line.label,
                "ship_name": f"共{t['records']}艘",
                "gross": t["gross"],
                "capacity": t["capacity"],
                "power": t["power"],
                "estimate": t["estimate"],
                "check": t["check"],
            }
        )

    def detail_cells(line: DetailLine, number: int) -> tuple[Cell, ...]:
        row = line.values
        return layout.row(
            {
                "seq": number,
                "city": line.city_name,
                "county": line.name,
                "applicant": read_text(row["applicant"]),
                "policy": read_text(row["policy"]),
                "project": read_text(row["project"]),
                "ship_name": read_text(row["ship_name"]),
                "ship_id": read_text(row["ship_id"]),
                "ship_type": read_text(row["ship_type"]),
                "area": read_text(row["area"]),
                "power_form": read_text(row["power_form"]),
                "gross": row["gross"],
                "capacity": row["capacity"],
                "power": read_decimal(row["power"], 2),
                "built": read_date(row["built"]),
                "age": read_decimal(row["age"], 3),
                "estimate": read_wan(row["estimate"]),
                "check": read_wan(row["check"]),
            }
        )

    return Report(
        key=KEY,
        title=f"{report_filter.year}年运力结构调整奖补申报汇总表",
        subtitle=join_parts(
            f"填报单位：{report_filter.describe_region().removeprefix('所在区划：')}",
            "统计范围：通过省级最终审核的拆解、更新、新建、改建船舶",
        ),
        unit_note="单位：万元",
        columns=columns,
        header=header,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells, detail_cells),
        caption="附件7",
        frozen_columns=3,
    )
