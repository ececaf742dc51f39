using Jixiao.Domain.Disclosure;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The 单位预算公开 package (2021 Shanghai unit template, disclosure.md §4, forms.md §9) defined once: its eight
/// tables with titles, head rows, code levels, fixed rows and money columns as printed, and the frame lines
/// `编制单位：{单位}` · `单位：元`. The xlsx/docx/pdf/html layouts, the importer's recognition of titles, heads and
/// income rows, the disclosure pages and the findings' table labels all read it.
/// </summary>
public static class DisclosureForm
{
    public const string Id = "SH-UNIT-DISCLOSURE-2021";
    public const string Title = "单位预算公开";
    public const string PreparerPrefix = "编制单位：";
    public const string AmountUnitLine = "单位：元";
    public const string EmptyGovernmentFundStatement = "本单位无政府性基金预算支出。";

    private static readonly CodePart Class = new("类", 3), Section = new("款", 2), Item = new("项", 2);

    private static DisclosureColumn Total => new("total", "合计");

    private static DisclosureColumn Basic => new("basic", "基本支出");

    private static DisclosureColumn Project => new("project", "项目支出");

    private static DisclosureColumn Personnel => new("personnel", "人员经费");

    private static DisclosureColumn Operating => new("operating", "公用经费");

    private static readonly DisclosureColumn[] ExpenseColumns = [Total, Basic, Project];

    public static DisclosureTableDefinition FinancialSummary { get; } = TwoSided(
        DisclosureTableKind.FinancialSummary, "{Y}年单位财务收支预算总表", [], "收支预算总表",
        income: "本年收入", expense: "本年支出",
        [Total, new("basic", "基本支出", Children: [Personnel, Operating]), Project],
        [
            new("fiscal", "一、", "财政拨款收入", new(Synonyms: ["财政拨款"])),
            new("general", "1、", "一般公共预算资金", new(StartsWith: "一般公共预算")),
            new("fund", "2、", "政府性基金", new(StartsWith: "政府性基金")),
            new("service", "二、", "事业收入"),
            new("business", "三、", "事业单位经营收入", new(Contains: "经营收入")),
            new("other", "四、", "其他收入"),
        ],
        // 本年支出's amounts sit under one 预算数 head spanning 合计 · 基本支出 (人员经费 · 公用经费) · 项目支出.
        columns => [
            [new("项目", RowSpan: 3), new("预算数", RowSpan: 3), new("项目", RowSpan: 3), new("预算数", ColSpan: 4)],
            [new(columns[0], rowSpan: 2), new(columns[1], colSpan: 2), new(columns[2], rowSpan: 2)],
            [new(columns[1].Children![0]), new(columns[1].Children![1])],
        ]);

    public static DisclosureTableDefinition IncomeByFunction { get; } = Coded(
        DisclosureTableKind.IncomeByFunction, "{Y}年单位收入预算总表", [], "收入预算总表", "收入预算",
        "功能分类科目编码", "功能分类科目名称", [Class, Section, Item],
        [
            Total,
            new("fiscal", "财政拨款收入", new(StartsWith: "财政拨款")),
            new("service", "事业收入"),
            new("business", "事业单位经营收入", new(Contains: "经营收入")),
            new("other", "其他收入"),
        ]);

    public static DisclosureTableDefinition ExpenseByFunction { get; } = Coded(
        DisclosureTableKind.ExpenseByFunction, "{Y}年单位支出预算总表", [], "支出预算总表", "支出预算",
        "功能分类科目编码", "功能分类科目名称", [Class, Section, Item], ExpenseColumns);

    public static DisclosureTableDefinition FiscalSummary { get; } = TwoSided(
        DisclosureTableKind.FiscalSummary, "{Y}年单位财政拨款收支预算总表", ["财政拨款收支"], null,
        income: "财政拨款收入", expense: "财政拨款支出",
        [Total, new("general", "一般公共预算", new(StartsWith: "一般公共预算")), new("fund", "政府性基金预算", new(StartsWith: "政府性基金"))],
        [
            new("general", "一、", "一般公共预算资金", new(StartsWith: "一般公共预算")),
            new("fund", "二、", "政府性基金", new(StartsWith: "政府性基金")),
        ],
        columns => [[new("项目"), new("预算数"), new("项目"), .. columns.Select(c => new HeadCell(c))]]);

    public static DisclosureTableDefinition GeneralBudgetByFunction { get; } = Coded(
        DisclosureTableKind.GeneralBudgetByFunction, "{Y}年单位一般公共预算支出功能分类预算表", ["一般公共预算", "功能分类"], null, "一般公共预算支出",
        "功能分类科目编码", "功能分类科目名称", [Class, Section, Item], ExpenseColumns);

    public static DisclosureTableDefinition GovernmentFundByFunction { get; } = Coded(
        DisclosureTableKind.GovernmentFundByFunction, "{Y}年单位政府性基金预算支出功能分类预算表", ["政府性基金", "功能分类"], null, "政府性基金预算支出",
        "功能分类科目编码", "功能分类科目名称", [Class, Section, Item], ExpenseColumns) with
    { EmptyStatement = EmptyGovernmentFundStatement };

    public static DisclosureTableDefinition BasicByEconomic { get; } = Coded(
        DisclosureTableKind.BasicByEconomic, "{Y}年单位一般公共预算基本支出部门预算经济分类预算表", ["基本支出", "经济分类"], null, "一般公共预算基本支出",
        "经济分类科目编码", "部门经济分类科目名称", [Class, Section], [Total, Personnel, Operating]);

    public static DisclosureTableDefinition ThreePublic { get; } = ThreePublicTable();

    /// <summary>The eight tables in printed order (表1 … 表8).</summary>
    public static IReadOnlyList<DisclosureTableDefinition> Tables { get; } =
    [
        FinancialSummary, IncomeByFunction, ExpenseByFunction, FiscalSummary,
        GeneralBudgetByFunction, GovernmentFundByFunction, BasicByEconomic, ThreePublic,
    ];

    public static DisclosureTableDefinition Table(DisclosureTableKind kind) => Tables[(int)kind - 1];

    /// <summary>Head texts that are neither money columns nor column-group heads: 项目, 预算数, 类, 款, 项, the code and name heads.</summary>
    public static IReadOnlySet<string> FrameHeads { get; } = Tables
        .SelectMany(t => t.Head.SelectMany(r => r).Where(c => c.GroupSlot is null && !t.Columns.SelectMany(x => x.Leaves.Prepend(x)).Any(x => x.Head == c.Text))
            .Select(c => c.Text))
        .ToHashSet();

    /// <summary>
    /// The table a title body (year and number removed, no spaces) names: its template title, else its distinctive
    /// words, tried from 表8 down (the later titles hold the earlier ones' words: 财政拨款收支预算总表 ends in 收支预算总表).
    /// </summary>
    public static DisclosureTableDefinition? Recognise(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Tables.FirstOrDefault(t => t.TitleBody == body) ?? Tables.Reverse().FirstOrDefault(t => t.IsTitled(body));
    }

    private static DisclosureTableDefinition ThreePublicTable()
    {
        DisclosureColumn[] vehicles =
        [
            new("vehicles", "小计"),
            new("purchase", "购置费", new(Synonyms: ["公务用车购置费"])),
            new("operation", "运行费", new(Synonyms: ["公务用车运行费"])),
        ];
        DisclosureColumn[] columns =
        [
            Total,
            new("overseas", "因公出国(境)费", new(StartsWith: "因公出国")),
            new("reception", "公务接待费"),
            new("vehicleCosts", "公务用车购置及运行费", new(StartsWith: "公务用车"), vehicles),
        ];
        var agency = new DisclosureColumn("agency", "{Y}年机关运行经费预算数", new(Contains: "机关运行经费", NotContaining: "三公"));
        return new DisclosureTableDefinition
        {
            Kind = DisclosureTableKind.ThreePublic,
            // No year prefix; the template prints `单位:元` with a half-width colon (§4), so that spelling is no deviation here.
            TitleTemplate = "单位“三公”经费和机关运行经费预算表",
            TitleWords = ["三公", "机关运行经费"],
            AmountUnitLine = "单位:元",
            Shape = DisclosureRowShape.SingleRow,
            Columns = [.. columns, agency],
            Head =
            [
                [new("{Y}年“三公”经费预算数", ColSpan: 6, GroupSlot: 0), new(agency, rowSpan: 3)],
                [new(columns[0], rowSpan: 2), new(columns[1], rowSpan: 2), new(columns[2], rowSpan: 2), new(columns[3], colSpan: 3)],
                [.. vehicles.Select(v => new HeadCell(v))],
            ],
        };
    }

    private static DisclosureTableDefinition TwoSided(DisclosureTableKind kind, string title, IReadOnlyList<string> words, string? ending,
        string income, string expense, DisclosureColumn[] columns, DisclosureLine[] incomeLines,
        Func<DisclosureColumn[], IReadOnlyList<IReadOnlyList<HeadCell>>> head)
    {
        var width = columns.Sum(c => c.Leaves.Count());
        return new DisclosureTableDefinition
        {
            Kind = kind,
            TitleTemplate = title,
            TitleWords = words,
            TitleEnding = ending,
            Shape = DisclosureRowShape.TwoSided,
            Columns = columns,
            IncomeLines = incomeLines,
            TotalRow = new("total", "", "收入总计", new(Synonyms: ["收入合计"])),
            ExpenseTotalRow = new("total", "", "支出总计", new(Synonyms: ["支出合计"])),
            Head = [[new(income, ColSpan: 2, GroupSlot: 0), new(expense, ColSpan: width + 1, GroupSlot: 1)], .. head(columns)],
        };
    }

    /// <summary>A code-keyed table: `项目` + group head; code head, name head and the amount heads; the code levels.</summary>
    private static DisclosureTableDefinition Coded(DisclosureTableKind kind, string title, IReadOnlyList<string> words, string? ending, string group,
        string codeHeader, string nameHeader, CodePart[] levels, DisclosureColumn[] columns) => new()
        {
            Kind = kind,
            TitleTemplate = title,
            TitleWords = words,
            TitleEnding = ending,
            GroupHeader = group,
            Shape = DisclosureRowShape.Coded,
            Columns = columns,
            CodeParts = levels,
            CodeHeader = codeHeader,
            NameHeader = nameHeader,
            TotalRow = new("total", "", "合计", new(Synonyms: ["总计"])),
            Head =
        [
            [new("项目", ColSpan: levels.Length + 1), new(group, ColSpan: columns.Length, GroupSlot: 0)],
            [new(codeHeader, ColSpan: levels.Length), new(nameHeader, RowSpan: 2), .. columns.Select(c => new HeadCell(c, rowSpan: 2))],
            [.. levels.Select(l => new HeadCell(l.Head))],
        ],
        };
}
