using System.Text;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.OpenData;

/// <summary>
/// The CSV variants of the version-1 open data (docs/schema/README.md): one line per indicator, the project's facts
/// repeated on each line so every line stands alone in a spreadsheet. Columns are the JSON fields of the same name.
/// </summary>
public static class OpenDataCsv
{
    public static readonly string[] TargetColumns =
        ["单位", "年度", "项目名称", "状态", "年度资金申请总额", "序号", "一级指标", "二级指标", "三级指标", "指标值", "规范指标值", "指标类型", "比较符", "数值", "计量单位"];

    public static readonly string[] EvaluationColumns =
        ["单位", "年度", "项目名称", "状态", "评价规则", "总分", "评价等级", "预算执行率(%)", "序号", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因"];

    // The 年度资金申请总额 column is the declaration field printed under that label.
    private static readonly FieldDefinition AnnualRequest = PublishedFields.DeclarationFields.Single(f => f.Name == TargetColumns[4]);

    public static byte[] Targets(IEnumerable<ReleasedTargets> released)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, TargetColumns);
        var list = released.ToList();
        foreach (var (r, p) in list.Zip(OpenDataMapper.Targets(list).Projects))
            foreach (var i in p.Indicators)
                CsvText.Line(sb, [p.Unit, CsvText.Number(p.Year), p.Name, p.State, CsvText.Number(AnnualRequest.Read(r.Project).Money),
                    CsvText.Number(i.Ordinal), i.Level1, i.Level2, i.Name, i.Target, i.TargetCanonical, i.TargetKind, i.Comparator,
                    CsvText.Number(i.Value), i.Unit]);
        return CsvText.Bytes(sb);
    }

    public static byte[] SelfEvaluations(IEnumerable<ReleasedEvaluation> released)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, EvaluationColumns);
        foreach (var e in OpenDataMapper.SelfEvaluations(released).Evaluations)
            foreach (var i in e.Indicators)
                CsvText.Line(sb, [e.Unit, CsvText.Number(e.Year), e.ProjectName, e.State, e.Profile, CsvText.Number(e.TotalScore), e.Grade,
                    CsvText.Number(e.ExecutionRate), CsvText.Number(i.Ordinal), i.Level1, i.Level2, i.Name, i.Target, i.Actual,
                    CsvText.Number(i.Weight), CsvText.Number(i.Score), i.DeviationReason]);
        return CsvText.Bytes(sb);
    }
}
