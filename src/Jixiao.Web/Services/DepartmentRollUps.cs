using System.Text.Json.Serialization;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Departments;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A project of the department's year beside its unit, state and self-score.</summary>
public sealed record DepartmentProjectRow(Guid Id, string UnitName, string Name, decimal AmountYuan,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FormState>))] FormState State, decimal? SelfScore);

/// <summary>The department-level form (a project form on the department itself, ADR-057), if declared, and what rolls up into it.</summary>
/// <param name="SelfEvaluation">The form's 部门整体自评 (ADR-065), once started.</param>
/// <param name="CanStartSelfEvaluation">The user is the department's 主管部门审核人 and may start it: the form is approved and not yet evaluated.</param>
public sealed record DepartmentYear(
    int DepartmentId,
    string DepartmentName,
    int Year,
    Guid? FormId,
    string? FormName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FormState>))] FormState? FormState,
    IReadOnlyList<DepartmentDuty> Duties,
    IReadOnlyList<DepartmentProjectRow> Projects,
    DepartmentRollUp RollUp,
    DepartmentSelfEvaluationSummary? SelfEvaluation = null,
    bool CanStartSelfEvaluation = false);

/// <summary>A department's 部门整体自评 (ADR-065): its state, its own total and grade, and its projects' self-scores rolled up beside them.</summary>
public sealed record DepartmentSelfEvaluationSummary(
    Guid Id,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FormState>))] FormState State,
    decimal? TotalScore,
    string? Grade,
    DepartmentScoreRollUp RollUp);

/// <summary>
/// The 部门整体 view of a 主管部门's year: its department-level target form and its units' projects rolled up into it with
/// the domain's sum checks (<see cref="DepartmentRollUp"/>). Only reviewers reach it: a 主管部门审核人 its own department,
/// 财政局 every one; anyone else, and a department out of reach, finds nothing (the same answer as a department that does not exist).
/// </summary>
public sealed class DepartmentRollUps(JixiaoDbContext db, CurrentUser me)
{
    /// <summary>The departments the user may see the 部门整体 view of, by name.</summary>
    public async Task<IReadOnlyList<Organization>> DepartmentsAsync(CancellationToken ct) =>
        await Reachable().OrderBy(o => o.Path).ThenBy(o => o.Id).ToListAsync(ct);

    /// <summary>The department's year, or null when it is out of reach or no department.</summary>
    public async Task<DepartmentYear?> YearAsync(int departmentId, int year, CancellationToken ct)
    {
        var department = await Reachable().AsNoTracking().FirstOrDefaultAsync(o => o.Id == departmentId, ct);
        if (department is null) return null;

        var projects = await ProjectsAsync(department, year, ct);
        // The department's own form is a project form of a department-level template on the department itself.
        var form = projects.FirstOrDefault(p => p.OwnForm);
        Project? declared = null;
        if (form is not null)
        {
            var version = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == form.Row.Id).OrderByDescending(v => v.Number).FirstAsync(ct);
            declared = ProjectService.ToDomain(version);
        }
        var rows = projects.Where(p => !p.OwnForm).Select(p => p.Row).ToList();
        var duties = declared?.Duties ?? [];
        var rollUp = DepartmentRollUp.Of(duties, ProjectExpenditureYuan(declared),
            [.. rows.Select(r => new DepartmentProjectFigure(r.Name, r.AmountYuan, r.SelfScore))]);
        var evaluation = form is null ? null
            : await db.SelfEvaluations.AsNoTracking().Where(e => e.ProjectId == form.Row.Id).FirstOrDefaultAsync(ct);
        var summary = evaluation is null ? null : await SummaryAsync(evaluation, projects, ct);
        var canStart = form is not null && evaluation is null && form.Row.State == FormState.Approved
            && me.Role == Role.SupervisorReviewer && me.OrgId == department.Id;
        return new DepartmentYear(department.Id, department.Name, year, form?.Row.Id, form?.Row.Name, form?.Row.State, duties, rows, rollUp, summary, canStart);
    }

    /// <summary>
    /// The 部门整体自评 <paramref name="evaluation"/> of a department's own form with the department's projects of its year
    /// rolled up beside it (ADR-065), or null when the form is no department form or out of the user's reach.
    /// </summary>
    public async Task<DepartmentSelfEvaluationSummary?> SelfEvaluationAsync(SelfEvaluationEntity evaluation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var form = await me.Scope(db.Projects.AsNoTracking()).Where(p => p.Id == evaluation.ProjectId)
            .Select(p => new { p.TemplateId, p.Year, p.Unit }).FirstOrDefaultAsync(ct);
        if (form?.Unit is not { Kind: OrgKind.Department } department || !IsDepartmentForm(form.TemplateId)) return null;
        return await SummaryAsync(evaluation, await ProjectsAsync(department, form.Year, ct), ct);
    }

    // The evaluated version's 年度履职目标 and 项目支出, the self-evaluation's 全年预算数, and the projects' self-scores.
    private async Task<DepartmentSelfEvaluationSummary> SummaryAsync(SelfEvaluationEntity evaluation, IReadOnlyList<YearProject> projects, CancellationToken ct)
    {
        var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == evaluation.DeclarationVersionId, ct);
        var evaluated = ProjectService.ToDomain(version);
        var total = Data.Content.EvaluationContentJson.Read(evaluation.Content).Total.ToFundRow();
        var rollUp = DepartmentScoreRollUp.Of(evaluated.Duties, ProjectExpenditureYuan(evaluated),
            [.. projects.Where(p => !p.OwnForm).Select(p => new DepartmentEvaluatedProject(p.Row.UnitName, p.Row.Name, p.Row.AmountYuan, p.Evaluated, p.Row.SelfScore))],
            total.AdjustedBudget ?? total.InitialBudget);
        var grade = evaluation.Grade ?? (evaluation.TotalScore is { } t ? Grades.Of(t) : null);
        return new DepartmentSelfEvaluationSummary(evaluation.Id, evaluation.State, evaluation.TotalScore, grade?.DisplayName(), rollUp);
    }

    private sealed record YearProject(DepartmentProjectRow Row, bool OwnForm, bool Evaluated);

    // The department's and its units' projects of the year in the user's scope, each with its latest self-score.
    private async Task<IReadOnlyList<YearProject>> ProjectsAsync(Organization department, int year, CancellationToken ct)
    {
        var projects = await me.Scope(db.Projects.AsNoTracking())
            .Where(p => p.Year == year && p.Unit!.Path.StartsWith(department.Path))
            .Select(p => new
            {
                p.Id,
                p.UnitId,
                UnitName = p.Unit!.Name,
                p.Name,
                p.TemplateId,
                p.FundsTotalYuan,
                State = p.Versions.OrderByDescending(v => v.Number).Select(v => v.State).First(),
                Evaluated = db.SelfEvaluations.Any(s => s.ProjectId == p.Id),
                Score = db.SelfEvaluations.Where(s => s.ProjectId == p.Id).OrderByDescending(s => s.UpdatedAt).Select(s => s.TotalScore).FirstOrDefault(),
                Evaluation = db.SelfEvaluations.Where(s => s.ProjectId == p.Id).OrderByDescending(s => s.UpdatedAt).Select(s => s.Content).FirstOrDefault(),
            })
            .OrderBy(p => p.UnitName).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(ct);
        return [.. projects.Select(p => new YearProject(new DepartmentProjectRow(p.Id, p.UnitName, p.Name, AmountOf(p.FundsTotalYuan, p.Evaluation), p.State, p.Score),
            p.UnitId == department.Id && IsDepartmentForm(p.TemplateId), p.Evaluated))];
    }

    /// <summary>
    /// A project's amount in the roll-up: its declared 项目资金总额; a project known by its 自评表 only (imported history,
    /// whose targets carry no amount) by the self-evaluation's 全年预算数, else its 年初预算数.
    /// </summary>
    public static decimal AmountOf(decimal declaredYuan, string? evaluationContent)
    {
        if (declaredYuan > 0 || evaluationContent is null) return declaredYuan;
        var total = Data.Content.EvaluationContentJson.Read(evaluationContent).Total.ToFundRow();
        return total.AdjustedBudget ?? total.InitialBudget ?? declaredYuan;
    }

    /// <summary>
    /// The roll-up of a 部门整体 form as being edited (<paramref name="draft"/>, unsaved) against its department's projects
    /// of the year: the editor's live 合计核对 (ADR-064). Null when the form is no department form or out of reach.
    /// </summary>
    public async Task<DepartmentRollUp?> CheckAsync(LoadedProject form, Project draft, CancellationToken ct)
    {
        if (!ProjectService.IsDepartmentForm(form)) return null;
        if (await YearAsync(form.Entity.UnitId, form.Entity.Year, ct) is not { } year) return null;
        return DepartmentRollUp.Of(draft.Duties, ProjectExpenditureYuan(draft),
            [.. year.Projects.Select(r => new DepartmentProjectFigure(r.Name, r.AmountYuan, r.SelfScore))]);
    }

    /// <summary>True when <paramref name="templateId"/> is a department-level declaration template (部门整体支出绩效目标表).</summary>
    public static bool IsDepartmentForm(string templateId) =>
        TemplateRegistry.Current.Find(templateId)?.Kind is TemplateKind.DepartmentDeclaration;

    /// <summary>
    /// The form's 项目支出 in 元, as stored (ADR-039: the editor takes it in the template's 万元 and stores 元), null when
    /// not filled.
    /// </summary>
    private static decimal? ProjectExpenditureYuan(Project? form) =>
        form?.Fields.GetValueOrDefault(ProjectExpenditureKey) is { } text ? FieldText.Money(text) : null;

    public const string ProjectExpenditureKey = "projectExpenditure";

    // A 主管部门审核人 reaches its own department; 财政局 every department; no other role any.
    private IQueryable<Organization> Reachable()
    {
        var departments = db.Organizations.Where(o => o.Kind == OrgKind.Department);
        if (me.IsFinance) return departments;
        var own = me.OrgId;
        return me.Role == Role.SupervisorReviewer ? departments.Where(o => o.Id == own) : departments.Where(_ => false);
    }
}
