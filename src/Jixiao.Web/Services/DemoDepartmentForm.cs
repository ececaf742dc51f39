using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Web.Services;

/// <summary>
/// The demo's 部门整体支出绩效目标表 (ADR-057): a department's year declared on the department-level template, its
/// 年度履职目标 listing each project of its units with the declared amount, so the 部门整体 page shows a balanced roll-up.
/// </summary>
public static class DemoDepartmentForm
{
    /// <summary>
    /// The department's 部门职能 the demo's duties fall under, its 年度总体目标 (after the year) and its 社会效益 indicator.
    /// </summary>
    public sealed record Duty(string Function, string Goal, string Benefit, string BenefitTarget);

    public static Duty Science { get; } = new("推进科技创新服务体系建设", "年围绕区域科技创新服务体系建设，保障所属单位各项目按计划实施，提升科技服务质量和企业满意度。",
        "服务科技企业数量", "≥200家");
    public static Duty Office { get; } = new("推进政务数据共享和城市数字化转型", "年推进政务数据归集共享和公共数据开放，保障所属单位各项目按计划实施，提升政务服务效率。",
        "新增开放公共数据集数量", "≥50个");

    public static Project Build(string department, int year, Duty duty, IReadOnlyList<(string Name, decimal Yuan)> projects)
    {
        ArgumentNullException.ThrowIfNull(duty);
        ArgumentNullException.ThrowIfNull(projects);
        var total = projects.Sum(p => p.Yuan);
        var form = FormDefinitions.ForTemplate(GenericTemplates.DepartmentDeclarationId)
            ?? throw new InvalidOperationException("the department-level template is not loaded");
        var project = new Project
        {
            Name = department,
            Form = FormKind.DistrictDeclaration,
            TemplateId = GenericTemplates.DepartmentDeclarationId,
            Year = year,
            Duties = [.. projects.Select(p => new DepartmentDuty(duty.Function, $"按年度计划完成“{p.Name}”", p.Name, new Amount(p.Yuan).WanYuanText, p.Yuan))],
            Indicators =
            [
                Row("产出指标", "数量指标", "所属项目按期完成率", "≥95%"),
                Row("产出指标", "质量指标", "项目绩效目标审核通过率", "100%"),
                Row("效益指标", "社会效益指标", duty.Benefit, duty.BenefitTarget),
                Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
            ],
        };
        return form.WriteAll(project, new Dictionary<string, string?>
        {
            ["name"] = department,
            // Stored in 元 like every amount (ADR-039); the editor and the printed form show them in the template's 万元.
            ["annualRequestTotal"] = FieldText.FormatMoney(total),
            ["projectExpenditure"] = FieldText.FormatMoney(total),
            ["annualGoal"] = $"{year}{duty.Goal}",
        });
    }

    private static Indicator Row(string level1, string level2, string name, string target) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = TargetParser.Parse(target) };
}
