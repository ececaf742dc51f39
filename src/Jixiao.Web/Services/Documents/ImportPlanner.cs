using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Bounds;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// Decides what an uploaded file would create or update, reading only: the unit it names must lie in the user's scope
/// (<see cref="DocumentUnits"/>: a unit user imports into its own unit only), a project of the same unit, year and name is updated by a new
/// declaration version unless its current version is locked or in review.
/// </summary>
public sealed class ImportPlanner(JixiaoDbContext db, CurrentUser me, DocumentUnits documentUnits, LintRuleSettings rules)
{
    private const string DeclarationForm = "申报表";
    private const string EvaluationForm = "自评表";
    private const string DisclosureForm = "预算公开";

    public async Task<ImportPlan> PlanAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        if (me.Role is not (Role.UnitPreparer or Role.SupervisorReviewer or Role.FinanceAdmin))
            return ImportPlan.Refused(fileName, "只有单位填报人、主管部门或财政管理员可以导入表单。");
        ImportOutcome outcome;
        try { outcome = DocumentImporter.ImportBytes(fileName, bytes); }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // Readers never throw on content by contract; if one does, the file is refused, never half-read.
            return ImportPlan.Refused(fileName, $"“{fileName}”无法读取：{e.Message}");
        }
        if (outcome.Document is not { } doc) return ImportPlan.Refused(fileName, outcome.Error ?? $"“{fileName}”无法导入。");

        if (OutOfRange(doc) is { Count: > 0 } outOfRange)
            return ImportPlan.Refused(fileName, $"“{fileName}”中有数值超出允许范围，未导入：" + string.Concat(outOfRange), doc);

        var (unit, refusal) = await documentUnits.ResolveAsync(doc, ct);
        if (unit is null) return ImportPlan.Refused(fileName, refusal!, doc);
        // A department-level form is the department's own: one printing no name of its own (corpus 24 prints the department
        // as 主管部门) is named after the department it belongs to, as the department's forms are (ADR-065).
        if (DocumentUnits.IsDepartmentLevel(doc))
            doc = doc with { Package = doc.Package with { Projects = [.. doc.Package.Projects.Select(p => string.IsNullOrWhiteSpace(p.Name) ? p with { Name = unit.Name } : p)] } };

        var items = new List<PlannedItem>();
        var seen = new HashSet<(int?, string)>();
        foreach (var project in doc.Package.Projects)
            items.Add(await PlanProjectAsync(unit.Id, doc, project, seen, ct));
        if (doc.Disclosure is { } disclosure)
        {
            var exists = await db.Disclosures.AnyAsync(d => d.UnitId == unit.Id && d.Year == disclosure.Year, ct);
            // The same text limits as the disclosure upload (DisclosureService): an over-long text is skipped, named.
            var tooLong = Domain.Disclosure.DisclosureTextLimits.Check(disclosure);
            items.Add(new PlannedItem(DisclosureForm, $"{disclosure.Year}年单位预算公开", disclosure.Year,
                exists || tooLong.Count > 0 ? ImportAction.Skip : ImportAction.Create,
                exists ? $"本单位{disclosure.Year}年预算公开已存在，不导入（请编辑草稿或对已公开版本提出更正）。"
                : tooLong.Count > 0 ? string.Join("；", tooLong.Select(v => v.Message)) + "不导入。"
                : null, 0, 0m));
        }
        return new ImportPlan(fileName, null, doc, unit.Id, unit.Name, items,
            DocumentReview.Findings(doc, lint: (await rules.CurrentAsync(ct)).Profile)); // the administrator's rule settings
    }

    private async Task<PlannedItem> PlanProjectAsync(int unitId, ImportedDocument doc, Project project, HashSet<(int?, string)> seen, CancellationToken ct)
    {
        var form = doc.Kind == DocumentKind.SelfEvaluation ? EvaluationForm : DeclarationForm;
        var year = project.Year ?? doc.Year;
        var funds = UnitSummary.FundsOf(project);
        PlannedItem Item(ImportAction action, string? note, ProjectEntity? existing = null, DeclarationVersion? version = null) =>
            new(form, project.Name, year, action, note, project.Indicators.Count, funds, existing?.Id, version?.Number, version?.State);

        if (year is null) return Item(ImportAction.Skip, "未识别出年度，不导入。");
        if (string.IsNullOrWhiteSpace(project.Name)) return Item(ImportAction.Skip, "未识别出项目名称，不导入。");
        if (!seen.Add((year, project.Name))) return Item(ImportAction.Skip, "文件中有同名项目，只导入第一个。");
        if (ProjectTextLimits.Check(project) is [var tooLong, ..])
            return Item(ImportAction.Skip, $"{(project.SourceLine is { } line ? $"文件第 {line} 行起的该项目中，" : "")}{tooLong.Message}不导入。");

        var existing = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == unitId && p.Year == year && p.Name == project.Name, ct);
        if (existing is null) return Item(ImportAction.Create, null);
        var latest = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == existing.Id).OrderByDescending(v => v.Number).FirstAsync(ct);
        var state = FormStateNames.Chinese(latest.State);
        if (doc.Kind == DocumentKind.SelfEvaluation)
            return Item(ImportAction.Skip, $"已存在同名项目（第 {latest.Number} 版，{state}），自评表不覆盖已有数据。", existing, latest);
        if (FormStateNames.IsLocked(latest.State))
            return Item(ImportAction.Skip, $"第 {latest.Number} 版状态为“{state}”，已锁定，不更新；如需修改请发起调整。", existing, latest);
        if (!FormStateNames.IsEditableByUnit(latest.State))
            return Item(ImportAction.Skip, $"第 {latest.Number} 版正在审核（{state}），不更新。", existing, latest);
        return Item(ImportAction.Update, null, existing, latest);
    }

    /// <summary>Every figure outside Bounds.ValueRanges, each with where it stands in the file (form, indicator row or line).</summary>
    private static List<string> OutOfRange(ImportedDocument doc)
    {
        static string At(int? line) => line is { } l ? $"第 {l} 行" : "";
        var found = new List<string>();
        foreach (var project in doc.Package.Projects)
            foreach (var v in ProjectValues.Check(project))
            {
                var line = v.Row is { } row && v.Indicator is not null && row >= 1 && row <= project.Indicators.Count
                    ? project.Indicators[row - 1].SourceLine ?? project.SourceLine
                    : project.SourceLine;
                found.Add($"项目“{project.Name}”（{(line is null ? "" : $"自{At(line)}起")}）{v.Message}");
            }
        if (doc.Disclosure is { } disclosure)
            found.AddRange(DisclosureValues.Check(disclosure).Select(v => (v.Row is null ? "" : $"{At(v.Row)}：") + v.Message));
        return found;
    }
}
