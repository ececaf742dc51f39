using Jixiao.Documents;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services.Documents;

public enum ImportAction
{
    /// <summary>A new project (or disclosure) is created.</summary>
    Create,
    /// <summary>The existing project of the same unit, year and name gets a new declaration version.</summary>
    Update,
    /// <summary>Nothing is written for this item; <see cref="PlannedItem.Note"/> says why (locked, in review, duplicate…).</summary>
    Skip,
}

/// <summary>One form of an uploaded file and what committing the import does with it.</summary>
public sealed record PlannedItem(
    string Form, string Name, int? Year, ImportAction Action, string? Note,
    int Indicators, decimal FundsYuan, Guid? ExistingId = null, int? ExistingVersion = null, FormState? ExistingState = null)
{
    public string ActionChinese => Action switch
    {
        ImportAction.Create => "新建",
        ImportAction.Update => ExistingVersion is { } v ? $"更新（生成第 {v + 1} 版）" : "更新",
        _ => "不导入",
    };
}

/// <summary>
/// What importing one file would do, computed without writing anything: the target unit, each form's action, the
/// review findings and the importer's warnings (with their sheet/row or page/line). <see cref="Error"/> set means the
/// whole file is refused.
/// </summary>
public sealed record ImportPlan(
    string FileName,
    string? Error,
    ImportedDocument? Document = null,
    int? UnitId = null,
    string? UnitName = null,
    IReadOnlyList<PlannedItem>? Items = null,
    IReadOnlyList<Finding>? Findings = null)
{
    public bool Success => Error is null;
    public IReadOnlyList<PlannedItem> PlannedItems => Items ?? [];
    public IReadOnlyList<Finding> ReviewFindings => Findings ?? [];
    public IReadOnlyList<ImportWarning> Warnings => Document?.Warnings ?? [];
    public IReadOnlyList<Project> Projects => Document?.Package.Projects ?? [];
    public bool WritesAnything => PlannedItems.Any(i => i.Action != ImportAction.Skip);

    public static ImportPlan Refused(string fileName, string error, ImportedDocument? document = null) => new(fileName, error, document);
}

/// <summary>The outcome of committing one file: what was written, or the reason nothing was.</summary>
public sealed record ImportResult(string FileName, string? Error, IReadOnlyList<PlannedItem> Items)
{
    public bool Success => Error is null;
    public int Created => Items.Count(i => i.Action == ImportAction.Create);
    public int Updated => Items.Count(i => i.Action == ImportAction.Update);
}
