using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Forms.FieldKind;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The 事前绩效评估表 of a new project (issue 17 item 6): five aspects, each scored out of 20 with a reason, a conclusion
/// and the name of the attached 评估报告. Its fields are kept by key in the declaration version's content
/// (<see cref="FieldBinding.Stored"/>), so the version's workflow, stamp, immutability and history carry the assessment:
/// it is written while the declaration is editable and frozen with it once submitted.
/// </summary>
public static class ExAnteAssessmentForm
{
    /// <summary>The most each aspect may score (five aspects, 100 in all).</summary>
    public const decimal AspectMaxScore = 20m;

    public const string Assessment = "assessment";
    public const string Conclusion = "conclusion";

    /// <summary>The five aspects as printed (key, label).</summary>
    public static IReadOnlyList<(string Key, string Label)> Aspects { get; } =
    [
        ("necessity", "立项必要性"),
        ("economy", "投入经济性"),
        ("goals", "绩效目标合理性"),
        ("feasibility", "实施方案可行性"),
        ("funding", "筹资合规性"),
    ];

    /// <summary>The three conclusions an assessment may reach.</summary>
    public static IReadOnlyList<string> Conclusions { get; } = ["予以支持", "部分支持", "不予支持"];

    public static string ScoreKey(string aspect) => $"exAnte.{aspect}.score";
    public static string ReasonKey(string aspect) => $"exAnte.{aspect}.reason";
    public const string ConclusionKey = "exAnte.conclusion";
    public const string OpinionKey = "exAnte.opinion";
    public const string ReportKey = "exAnte.report";

    public static FormDefinition Definition { get; } = new()
    {
        Id = "EXANTE-2026",
        // The assessment belongs to a declaration and is kept in its content; it has no indicator grid of its own.
        Form = FormKind.DistrictDeclaration,
        Title = "项目事前绩效评估表",
        Blocks = [new(Assessment, "评估内容"), new(Conclusion, "评估结论")],
        Fields =
        [
            .. Aspects.SelectMany((a, n) => new[]
            {
                Field(ScoreKey(a.Key), $"{a.Label}得分", K.Text, new(Assessment, n + 1, 1),
                    $"0 至 {AspectMaxScore:0} 分，可保留两位小数。"),
                Field(ReasonKey(a.Key), $"{a.Label}评估理由", K.Narrative, new(Assessment, n + 1, 2, 5),
                    "写明评分依据：引用的政策、测算、可行性论证或同类项目情况。"),
            }),
            Field(ConclusionKey, "评估结论", K.Choice, new(Conclusion, 1, 1), null) with { Choices = Conclusions },
            Field(ReportKey, "评估报告", K.Text, new(Conclusion, 1, 2, 5), "先在申报表的附件中上传评估报告，再在此选择该文件。"),
            Field(OpinionKey, "评估意见", K.Narrative, new(Conclusion, 2, 1, 6), "概括评估发现的主要问题和建议。"),
        ],
        IndicatorColumns = [],
    };

    private static FieldDefinition Field(string key, string label, K kind, FieldPlace place, string? help) => new()
    {
        Key = key,
        Label = label,
        Kind = kind,
        Place = place,
        Required = true,
        Help = help,
    };
}
