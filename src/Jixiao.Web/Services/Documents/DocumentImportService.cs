using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// Upload → preview → commit or cancel. The preview writes only the uploaded file (a <see cref="StoredFile"/>, so the
/// commit works on whichever node receives it); the commit re-plans from that file and writes every form in ONE
/// transaction with its audit events, or nothing. Cancel, or any error, deletes the stored upload.
/// </summary>
public sealed class DocumentImportService(
    JixiaoDbContext db, CurrentUser me, ImportPlanner planner, ProjectService projects, AuditLog audit, StoredFiles files,
    IndicatorLibrary library, TimeProvider clock, Infrastructure.Telemetry.JixiaoMetrics metrics, ILogger<DocumentImportService> log)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The formats an upload may be in (AnyDocumentReader reads each), as a page names them and as its file picker offers them.</summary>
    public const string FormatNames = "xlsx、docx、pdf、html、md、txt";

    /// <inheritdoc cref="FormatNames"/>
    public const string Accept = ".xlsx,.docx,.pdf,.html,.htm,.md,.txt";
    private const string UploadContentType = "application/octet-stream";

    /// <summary>Plans the import; if it can go ahead, keeps the upload for the commit and returns its id.</summary>
    public async Task<(ImportPlan Plan, Guid? UploadId)> PreviewAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        if (bytes.Length > MaxBytes) return (ImportPlan.Refused(fileName, $"“{fileName}”超过 {MaxBytes / 1024 / 1024} MB，无法导入。"), null);
        var plan = await planner.PlanAsync(fileName, bytes, ct);
        if (!plan.Success || me.UserId is not { } owner) return (plan, null);
        return (plan, await files.StoreAsync(fileName, UploadContentType, bytes, owner, StoredFiles.UploadLifetime, ct));
    }

    /// <summary>The plan of a kept upload again (e.g. after a reload), or null when it is not the user's or expired.</summary>
    public async Task<ImportPlan?> ReplanAsync(Guid uploadId, CancellationToken ct) =>
        await files.FindAsync(uploadId, me.UserId, ct) is { } file ? await planner.PlanAsync(file.Name, file.Bytes, ct) : null;

    public async Task<ImportResult> CommitAsync(Guid uploadId, CancellationToken ct)
    {
        var file = await files.FindAsync(uploadId, me.UserId, ct);
        if (file is null) return new ImportResult("", "预览已过期或不存在，请重新上传文件。", []);
        var result = await ImportAsync(file.Name, file.Bytes, ct, consumes: file);
        if (!result.Success) await files.DeleteAsync(uploadId, me.UserId, ct);
        return result;
    }

    public Task CancelAsync(Guid uploadId, CancellationToken ct) => files.DeleteAsync(uploadId, me.UserId, ct);

    /// <summary>Plans and writes one file in one transaction (bulk import calls this per file); timed by outcome.</summary>
    public async Task<ImportResult> ImportAsync(string fileName, byte[] bytes, CancellationToken ct, StoredFile? consumes = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (result, outcome) = await ImportTimedAsync(fileName, bytes, ct, consumes);
        metrics.Imported(fileName, outcome, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>The import and its outcome tag: imported, refused (nothing to write or not readable), failed (rolled back).</summary>
    private async Task<(ImportResult, string)> ImportTimedAsync(string fileName, byte[] bytes, CancellationToken ct, StoredFile? consumes)
    {
        if (bytes.Length > MaxBytes) return (new ImportResult(fileName, $"“{fileName}”超过 {MaxBytes / 1024 / 1024} MB，无法导入。", []), Refused);
        var plan = await planner.PlanAsync(fileName, bytes, ct);
        if (!plan.Success) return (new ImportResult(fileName, plan.Error, []), Refused);
        if (!plan.WritesAnything) return (new ImportResult(fileName, "文件中没有可以新建或更新的表单：" + string.Join("；", plan.PlannedItems.Select(i => $"{i.Name}：{i.Note}")), plan.PlannedItems), Refused);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await WriteAsync(plan, ct);
            if (consumes is not null) db.StoredFiles.Remove(consumes);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or ImmutableRecordException or InvalidOperationException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            log.LogWarning(e, "Import of {File} rolled back", fileName);
            return (new ImportResult(fileName, e is DbUpdateConcurrencyException
                ? "该文件已被导入或已取消，请重新上传。"
                : $"导入“{fileName}”失败，未写入任何内容：{(e is ImmutableRecordException ? e.Message : "数据已被他人修改，请刷新后重试。")}", []), Failed);
        }
        await library.SyncAsync(ct);
        log.LogInformation("Imported {File} into unit {Unit}: {Created} created, {Updated} updated", fileName, plan.UnitId,
            plan.PlannedItems.Count(i => i.Action == ImportAction.Create), plan.PlannedItems.Count(i => i.Action == ImportAction.Update));
        return (new ImportResult(fileName, null, plan.PlannedItems), Imported);
    }

    private const string Imported = "imported", Refused = "refused", Failed = "failed";

    private async Task WriteAsync(ImportPlan plan, CancellationToken ct)
    {
        var doc = plan.Document!;
        var unitId = plan.UnitId!.Value;
        var projectsOfFile = doc.Package.Projects;
        for (var i = 0; i < projectsOfFile.Count; i++)
        {
            var item = plan.PlannedItems[i];
            var project = projectsOfFile[i] with { Year = item.Year };
            switch (item.Action)
            {
                case ImportAction.Create when doc.Kind == DocumentKind.SelfEvaluation:
                    await CreateEvaluatedAsync(unitId, project, plan.FileName, ct);
                    break;
                case ImportAction.Create:
                    projects.Add(unitId, Declared(project), FormState.Draft, VersionOrigin.Imported);
                    break;
                case ImportAction.Update:
                    await AddVersionAsync(item.ExistingId!.Value, Declared(project), plan.FileName, ct);
                    break;
            }
        }
        if (doc.Disclosure is { } disclosure && plan.PlannedItems[^1].Action == ImportAction.Create)
        {
            var entity = new DisclosureEntity
            {
                Id = Guid.NewGuid(),
                UnitId = unitId,
                Year = disclosure.Year,
                Version = 1,
                Content = DisclosureJson.Serialize(disclosure),
                UpdatedAt = clock.GetUtcNow(),
            };
            db.Disclosures.Add(entity);
            audit.Record("Import", DisclosureService.EntityType, entity.Id.ToString(), 1, [new FieldChange("File", null, plan.FileName)]);
        }
    }

    // A declaration keeps only what was declared; actuals belong to the self-evaluation. Its money says its unit.
    private static Project Declared(Project p) => Domain.Forms.StatedMoneyUnit.Apply(p with
    {
        Evaluation = null,
        Indicators = p.Indicators.Select(i => i with { Actual = null, Weight = null, Score = null, DeviationReason = null }).ToList(),
    });

    /// <summary>Version n+1 of an existing project from the imported form; indicators keep their identity by name and category.</summary>
    private async Task AddVersionAsync(Guid projectId, Project imported, string fileName, CancellationToken ct)
    {
        var entity = await db.Projects.SingleAsync(p => p.Id == projectId, ct);
        var latest = await db.DeclarationVersions.Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).FirstAsync(ct);
        if (!FormStateNames.IsEditableByUnit(latest.State))
            throw new ImmutableRecordException($"“{entity.Name}”第 {latest.Number} 版状态为“{FormStateNames.Chinese(latest.State)}”，不能更新。");
        var before = ProjectService.ToDomain(latest);
        var after = WithKeysOf(imported, before);
        var now = clock.GetUtcNow();
        latest.Supersede().EnsureAllowed(); // the check above: only an editable version is replaced
        db.DeclarationVersions.Add(new DeclarationVersion
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            Number = latest.Number + 1,
            Origin = VersionOrigin.Imported,
            Reason = $"导入文件“{fileName}”",
            Content = DeclarationContentJson.Write(after),
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = me.UserName,
        });
        entity.FundsTotalYuan = UnitSummary.FundsOf(after);
        entity.KeepListColumns(after);
        var diff = ProjectDiff.Compare(before, after).Select(c => new FieldChange(c.Where, c.Old, c.New)).ToList();
        audit.Record("Import", "Project", projectId.ToString(), latest.Number + 1, diff, comment: fileName);
        await db.SaveChangesAsync(ct);
    }

    private static Project WithKeysOf(Project imported, Project previous)
    {
        var pool = previous.Indicators.Where(i => i.Key is not null)
            .GroupBy(IndicatorIdentity.Of)
            .ToDictionary(g => g.Key, g => new Queue<Guid>(g.Select(i => i.Key!.Value)));
        return imported with
        {
            Indicators = imported.Indicators.Select(i =>
                pool.TryGetValue(IndicatorIdentity.Of(i), out var keys) && keys.Count > 0 ? i with { Key = keys.Dequeue() } : i).ToList(),
        };
    }

    /// <summary>A 自评表 of a project not yet in the system: the declared targets and the evaluation, both historical records.</summary>
    private async Task CreateEvaluatedAsync(int unitId, Project project, string fileName, CancellationToken ct)
    {
        // A 部门整体自评 (ADR-065) evaluates the department's own target form: its targets are kept as that form, and the
        // self-evaluation on the template it was read on.
        var departmentTemplate = Domain.Templates.TemplateRegistry.Current.FindData(project.TemplateId) is { Kind: Domain.Templates.TemplateKind.DepartmentSelfEvaluation } t ? t : null;
        var declared = departmentTemplate is null ? Declared(project) : Declared(project with { TemplateId = Domain.Templates.GenericTemplates.DepartmentDeclarationId });
        var entity = projects.Add(unitId, declared, FormState.Imported, VersionOrigin.Imported);
        if (project.Evaluation is null) return;
        var version = entity.Versions.Single();
        var evaluation = new SelfEvaluationEntity(FormState.Imported)
        {
            Id = Guid.NewGuid(),
            ProjectId = entity.Id,
            DeclarationVersionId = version.Id,
            ProfileId = departmentTemplate?.Profile.Id ?? Domain.Scoring.RuleProfiles.ShDistrict.Id,
            Content = EvaluationContentJson.Write(EvaluationContent.FromDomain(project, ProjectService.IndicatorKeys(version))),
            TotalScore = project.Evaluation.PrintedTotal,
            UpdatedAt = entity.CreatedAt,
        };
        db.SelfEvaluations.Add(evaluation);
        audit.Record("Import", "SelfEvaluation", evaluation.Id.ToString(), comment: fileName);
    }
}
