using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.ExAnte;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Text;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>What the pages show of a declaration's 事前绩效评估: whether one is needed, and what it still lacks.</summary>
public sealed record ExAnteStatus(bool Required, decimal ThresholdYuan, IReadOnlyList<string> Problems, IReadOnlyList<string> AttachmentNames)
{
    public bool Complete => Problems.Count == 0;
}

/// <summary>
/// The 事前绩效评估 of a new project (issue 17 item 6, ADR-060): kept in the declaration version's content by the keys of
/// <see cref="ExAnteAssessmentForm"/>, written through the form pipeline (scope, state, stamp, audit), and the fact the
/// declaration's submit guard reads (<see cref="ExAnteGate"/>) for the page, the API and batch submit alike.
/// </summary>
public sealed class ExAnteAssessments(JixiaoDbContext db, ProjectService projects, FormCommands commands, AuditLog audit,
    TimeProvider clock, Auth.CurrentUser me, IConfiguration config)
{
    /// <summary>The administrator's threshold (`ExAnte:ThresholdYuan`, 元; default 1000 万元; 0 switches the gate off).</summary>
    public decimal ThresholdYuan => config.GetValue<decimal?>("ExAnte:ThresholdYuan") ?? ExAnteGate.DefaultThresholdYuan;

    public async Task<ExAnteStatus> StatusAsync(LoadedProject p, CancellationToken ct)
    {
        var names = await db.FormAttachments.AsNoTracking()
            .Where(a => a.Form == AttachedForm.Declaration && a.FormId == p.Version.Id).Select(a => a.Name).ToListAsync(ct);
        var required = ExAnteGate.Required(p.Entity.CopiedFromId is not null, p.Entity.FundsTotalYuan, ThresholdYuan);
        return new ExAnteStatus(required, ThresholdYuan, ExAnteGate.Problems(p.Model, names), names);
    }

    /// <summary>The submit guard's fact: the Chinese refusal when the project needs an assessment it lacks, else null.</summary>
    public async Task<string?> SubmitRefusalAsync(LoadedProject p, CancellationToken ct)
    {
        var status = await StatusAsync(p, ct);
        return ExAnteGate.Refusal(status.Required, status.Problems);
    }

    /// <summary>
    /// Saves the assessment's fields (every key of the definition; a missing key clears its field) on the editable
    /// declaration version the unit read with <paramref name="expectedStamp"/>; a stale read is refused in Chinese.
    /// </summary>
    public Task<WriteResult> SaveAsync(Guid projectId, IReadOnlyDictionary<string, string?> texts, Guid expectedStamp,
        DeclarationService declarations, CancellationToken ct) =>
        commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => new FormTarget("Project", p.Entity.Id.ToString(), "该项目", p.Version, expectedStamp),
            p => Task.FromResult(declarations.EditRefusal(p) ?? TextRefusal(texts)),
            p => Task.FromResult(Apply(p, texts)),
            _ => WriteResult.Done, ct);

    private static WriteResult? TextRefusal(IReadOnlyDictionary<string, string?> texts)
    {
        foreach (var f in ExAnteAssessmentForm.Definition.Fields)
            if (TextLimits.Check(texts.GetValueOrDefault(f.Key), f.TextKind, f.Name) is { } tooLong) return WriteResult.Refused(tooLong);
        return null;
    }

    private WriteResult? Apply(LoadedProject p, IReadOnlyDictionary<string, string?> texts)
    {
        var form = ExAnteAssessmentForm.Definition;
        var cleaned = form.Fields.ToDictionary(f => f.Key, f => TextHygiene.CleanOrNull(texts.GetValueOrDefault(f.Key))?.Trim());
        var after = form.WriteAll(p.Model, cleaned);
        var diff = form.Fields.Select(f => new FieldChange(f.Name, f.Text(p.Model), f.Text(after))).Where(c => c.Old != c.New).ToList();
        if (diff.Count == 0) return WriteResult.Done; // nothing changed: nothing saved, no empty history entry
        p.Version.Content = DeclarationContentJson.Write(DeclarationContent.FromProject(after));
        p.Version.UpdatedAt = clock.GetUtcNow();
        p.Version.UpdatedBy = me.UserName;
        audit.Record("ExAnte", "Project", p.Entity.Id.ToString(), p.Version.Number, diff);
        return null;
    }
}
