using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A disclosure package as the screens see it: the row, the parsed package and its DSC findings.</summary>
public sealed record LoadedDisclosure(DisclosureEntity Entity, BudgetDisclosure Model, IReadOnlyList<Finding> Findings, BudgetDisclosure? PriorYear)
{
    public bool Editable => FormStateNames.IsEditableByUnit(Entity.State);
}

/// <summary>What an uploaded document would become: the package, its findings and the importer's warnings, or why not.</summary>
public sealed record DisclosurePreview(BudgetDisclosure? Package, IReadOnlyList<Finding> Findings, IReadOnlyList<ImportWarning> Warnings, string? Error)
{
    public bool Success => Package is not null;
}

/// <summary>
/// The result of a change: the saved row, or an HTTP-like status (404, 403, 409, 422) with a Chinese reason and,
/// for a refused submit, the blocking findings.
/// </summary>
public sealed record DisclosureOutcome(DisclosureEntity? Entity, int Status, string? Error, IReadOnlyList<Finding> Blocking)
    : IFormOutcome<DisclosureOutcome>
{
    static DisclosureOutcome IFormOutcome<DisclosureOutcome>.Missing => NotFound();
    static DisclosureOutcome IFormOutcome<DisclosureOutcome>.Stale(string explanation) => Fail(409, explanation);
    static DisclosureOutcome IFormOutcome<DisclosureOutcome>.Refused(string reason) => Fail(409, reason);

    public bool Success => Entity is not null && Error is null;
    public static DisclosureOutcome Ok(DisclosureEntity e) => new(e, 200, null, []);
    public static DisclosureOutcome NotFound() => new(null, 404, "未找到该预算公开。", []);
    public static DisclosureOutcome Fail(int status, string error, IReadOnlyList<Finding>? blocking = null) => new(null, status, error, blocking ?? []);

    /// <summary>Figures outside their ranges: nothing written, HTTP 400 naming each cell.</summary>
    public static DisclosureOutcome OutOfRange(IReadOnlyList<Domain.Bounds.ValueViolation> violations)
    {
        var refusal = Domain.Refusals.ValueRefusal.OutOfRange(violations);
        return new(null, 400, refusal.Summary(), []) { Refusal = refusal };
    }

    public Domain.Refusals.ValueRefusal? Refusal { get; init; }
}

/// <summary>
/// Reads and writes 单位预算公开 packages through the signed-in user's data scope. The rules are the domain's
/// (DisclosureChecker, FormWorkflow.Disclosure, the importer); this class moves data and writes the audit trail.
/// </summary>
public sealed class DisclosureService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    Documents.DocumentUnits documentUnits, ReviewCommentAnswers answers, Notifications.Notifier notifier)
{
    public const string EntityType = "Disclosure";

    /// <summary>Packages of the units whose forms the user may see (workflow.md §1, the same reach as projects).</summary>
    public IQueryable<DisclosureEntity> Scoped() => me.Scope(db.Disclosures);

    public static BudgetDisclosure ToDomain(DisclosureEntity e) => DisclosureJson.Deserialize(e.Content);

    /// <summary>The DSC findings of a package, compared with the prior year's published package when there is one.</summary>
    public static IReadOnlyList<Finding> Check(BudgetDisclosure package, BudgetDisclosure? priorYear) =>
        DisclosureChecker.Check(package, priorYear: priorYear);

    public async Task<List<DisclosureEntity>> ListAsync(int? year, CancellationToken ct)
    {
        var q = Scoped().AsNoTracking().Include(d => d.Unit).AsQueryable();
        if (year is { } y) q = q.Where(d => d.Year == y);
        var rows = await q.ToListAsync(ct);
        return rows.OrderBy(d => d.Unit!.Name, StringComparer.Ordinal).ThenByDescending(d => d.Year).ThenByDescending(d => d.Version).ToList();
    }

    /// <summary>By unit, newest year and version first; the id breaks ties.</summary>
    public static readonly Paging.KeysetOrder<DisclosureEntity> Order = Paging.KeysetOrder<DisclosureEntity>.By("disclosure", d => d.Unit!.Name)
        .ThenByDescending(d => d.Year).ThenByDescending(d => d.Version).ThenBy(d => d.Id);

    /// <summary>One page of the packages in the user's scope, of one year and state when asked.</summary>
    public Task<Paging.PageResult<DisclosureEntity>> PageAsync(int? year, FormState? state, Paging.PageRequest page, CancellationToken ct)
    {
        var q = Scoped().AsNoTracking().Include(d => d.Unit).AsQueryable();
        if (year is { } y) q = q.Where(d => d.Year == y);
        if (state is { } s) q = q.Where(d => d.State == s);
        return Order.PageAsync(q, page, d => d, ct);
    }

    /// <summary>The package if the user may see it, else null (callers answer 404).</summary>
    public async Task<LoadedDisclosure?> LoadAsync(Guid id, CancellationToken ct)
    {
        var entity = await Scoped().Include(d => d.Unit).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (entity is null) return null;
        var model = ToDomain(entity);
        var prior = await PriorYearAsync(entity.UnitId, entity.Year, ct);
        return new LoadedDisclosure(entity, model, Check(model, prior), prior);
    }

    /// <summary>Other versions of the same unit and year, newest first (a correction keeps the old one visible).</summary>
    public Task<List<DisclosureEntity>> VersionsAsync(DisclosureEntity e, CancellationToken ct) =>
        Scoped().AsNoTracking().Where(d => d.UnitId == e.UnitId && d.Year == e.Year).OrderByDescending(d => d.Version).ToListAsync(ct);

    /// <summary>
    /// Parses an uploaded document (any format the one document reader reads) without writing anything. A document naming a unit the user may not file for
    /// is refused by the import route's rule (<see cref="Documents.DocumentUnits"/>).
    /// </summary>
    public async Task<DisclosurePreview> PreviewAsync(string fileName, byte[] bytes, CancellationToken ct) =>
        (await ParseAsync(fileName, bytes, ct)).Preview;

    private async Task<(DisclosurePreview Preview, int? UnitId)> ParseAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        var outcome = DocumentImporter.ImportBytes(fileName, bytes);
        if (outcome.Document is not { } doc) return (new DisclosurePreview(null, [], [], outcome.Error), null);
        if (doc.Disclosure is not { } package)
            return (new DisclosurePreview(null, [], doc.Warnings, $"“{fileName}”中未识别出单位预算公开表格。"), null);
        if (Domain.Bounds.DisclosureValues.Check(package) is { Count: > 0 } outOfRange)
            return (new DisclosurePreview(null, [], doc.Warnings, $"“{fileName}”不能导入。" + Domain.Refusals.ValueRefusal.OutOfRange(outOfRange).Summary("未导入")
                + string.Concat(outOfRange.Where(v => v.Row is not null).Take(1).Select(v => $"（第 {v.Row} 行）"))), null);
        if (Domain.Disclosure.DisclosureTextLimits.Check(package) is { Count: > 0 } tooLong)
            return (new DisclosurePreview(null, [], doc.Warnings, $"“{fileName}”不能导入。"
                + Domain.Refusals.ValueRefusal.TooLong(tooLong).Summary("未导入")), null);
        var (unit, refusal) = await documentUnits.ResolveAsync(doc, ct);
        if (unit is null) return (new DisclosurePreview(null, [], doc.Warnings, refusal), null);
        var prior = await PriorYearAsync(unit.Id, package.Year, ct);
        return (new DisclosurePreview(package, Check(package, prior), doc.Warnings, null), unit.Id);
    }

    /// <summary>Creates version 1 as a Draft for the user's own unit from an uploaded document naming that unit.</summary>
    public Task<DisclosureOutcome> CreateAsync(string fileName, byte[] bytes, CancellationToken ct) =>
        commands.CreateAsync(
            () => Task.FromResult<Upload?>(new Upload(fileName, bytes)),
            upload => ImportRefusalAsync(upload, ct),
            upload =>
            {
                var package = upload.Package!;
                var entity = new DisclosureEntity
                {
                    Id = Guid.NewGuid(),
                    UnitId = upload.UnitId,
                    Year = package.Year,
                    Version = 1,
                    Content = DisclosureJson.Serialize(package),
                    UpdatedAt = clock.GetUtcNow(),
                };
                db.Disclosures.Add(entity);
                audit.Record("Import", EntityType, entity.Id.ToString(), 1, [new FieldChange("File", null, fileName)]);
                // Two imports for the same unit and year at once: the unique index keeps one.
                return Task.FromResult(Creation<DisclosureOutcome>.Of(
                    Target(entity, readStamp: null) with { CreateRace = AlreadyImported(package.Year) }, DisclosureOutcome.Ok(entity)));
            },
            ct);

    /// <summary>An uploaded document; the check parses it and names the unit it is for.</summary>
    private sealed class Upload(string fileName, byte[] bytes)
    {
        public string FileName { get; } = fileName;
        public byte[] Bytes { get; } = bytes;
        public BudgetDisclosure? Package { get; set; }
        public int UnitId { get; set; }
    }

    private async Task<DisclosureOutcome?> ImportRefusalAsync(Upload upload, CancellationToken ct)
    {
        if (me.Role != Role.UnitPreparer || me.OrgId is null)
            return DisclosureOutcome.Fail(403, "只有单位填报人可以导入本单位的预算公开。");
        var (preview, resolved) = await ParseAsync(upload.FileName, upload.Bytes, ct);
        if (preview.Package is not { } package || resolved is not { } unitId) return DisclosureOutcome.Fail(422, preview.Error ?? "文档无法导入。");
        if (await db.Disclosures.AnyAsync(d => d.UnitId == unitId && d.Year == package.Year, ct))
            return DisclosureOutcome.Fail(409, AlreadyImported(package.Year));
        (upload.Package, upload.UnitId) = (package, unitId);
        return null;
    }

    private static string AlreadyImported(int year) => $"本单位{year}年预算公开已存在，请编辑草稿或对已公开版本提出更正。";

    /// <summary>Replaces amount cells of an editable package; a stale <paramref name="stamp"/> is refused (409).</summary>
    public Task<DisclosureOutcome> UpdateAsync(Guid id, IReadOnlyDictionary<string, decimal?> amounts, Guid stamp, CancellationToken ct) =>
        commands.RunAsync(
            () => Scoped().SingleOrDefaultAsync(d => d.Id == id, ct),
            entity => Target(entity, stamp),
            entity => Task.FromResult(EditRefusal(entity)),
            entity => Task.FromResult(ApplyAmounts(entity, amounts)),
            DisclosureOutcome.Ok, ct);

    /// <summary>Why the user may not edit the package (null: may). The package page asks the same.</summary>
    public DisclosureOutcome? EditRefusal(DisclosureEntity entity) =>
        me.Role != Role.UnitPreparer ? DisclosureOutcome.Fail(403, "只有单位填报人可以修改预算公开。")
        : !FormStateNames.IsEditableByUnit(entity.State) ? DisclosureOutcome.Fail(409, $"状态为“{FormStateNames.Chinese(entity.State)}”的预算公开不能修改。")
        : null;

    /// <summary>Who may publish may also correct a published package (the page asks the same).</summary>
    public bool MayCorrect => me.Role is { } role
        && FormWorkflow.Disclosure.Transitions.Any(t => t.Action == WorkflowAction.Publish && t.Actors.Contains(role));

    private static FormTarget Target(DisclosureEntity entity, Guid? readStamp) =>
        new(EntityType, entity.Id.ToString(), "该预算公开", entity, readStamp);

    private DisclosureOutcome? ApplyAmounts(DisclosureEntity entity, IReadOnlyDictionary<string, decimal?> amounts)
    {
        // Checked before anything is written, and only the cells sent: a stored figure out of range (older data)
        // stays correctable.
        var before = ToDomain(entity);
        var labels = DisclosureCells.Of(before).ToDictionary(c => c.Key, CellLabel, StringComparer.Ordinal);
        var outOfRange = amounts
            .Select(a => Domain.Bounds.ValueViolation.Of(Domain.Bounds.ValueRanges.Money, a.Value, labels.GetValueOrDefault(a.Key, a.Key), a.Key))
            .OfType<Domain.Bounds.ValueViolation>().ToList();
        if (outOfRange.Count > 0) return DisclosureOutcome.OutOfRange(outOfRange);

        var after = DisclosureCells.Apply(before, amounts, out var unknown);
        if (unknown.Count > 0) return DisclosureOutcome.Fail(422, $"未知的单元格：{string.Join("、", unknown)}。");

        var oldCells = DisclosureCells.Of(before).ToDictionary(c => c.Key, c => c.Value);
        var diff = DisclosureCells.Of(after)
            .Where(c => oldCells[c.Key] != c.Value)
            .Select(c => new FieldChange(c.Key, Fmt(oldCells[c.Key]), Fmt(c.Value)))
            .ToList();
        if (diff.Count == 0) return DisclosureOutcome.Ok(entity);

        entity.Content = DisclosureJson.Serialize(after);
        Touch(entity);
        audit.Record("Update", EntityType, entity.Id.ToString(), entity.Version, diff);
        return null;
    }

    /// <summary>
    /// A workflow move (submit, approve, return, publish) by FormWorkflow.Disclosure; submit is blocked by error
    /// findings, return needs a comment. Publishing a correction marks the earlier published versions superseded.
    /// </summary>
    public Task<DisclosureOutcome> MoveAsync(Guid id, WorkflowAction action, string? comment, Guid? stamp, CancellationToken ct)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return commands.RunAsync(
            async () => me.Role is null ? null : await LoadAsync(id, ct),
            loaded => Target(loaded.Entity, stamp), // a move may come without the stamp (a reviewer's button)
            _ => Task.FromResult<DisclosureOutcome?>(null), // who may do which move is the table's (in ApplyMoveAsync)
            loaded => ApplyMoveAsync(loaded, me.Role!.Value, action, comment, ct),
            loaded => DisclosureOutcome.Ok(loaded.Entity), ct);
    }

    private async Task<DisclosureOutcome?> ApplyMoveAsync(LoadedDisclosure loaded, Role role, WorkflowAction action, string? comment, CancellationToken ct)
    {
        var entity = loaded.Entity;
        var blocking = loaded.Findings.Where(f => f.Blocks).ToList();
        if (comment is not null && ReviewCommentRules.TextError(comment) is { } commentError) return DisclosureOutcome.Fail(422, commentError);
        var openComments = action == WorkflowAction.Return && comment is not null ? 1 : 0;
        var from = entity.State;
        var result = entity.Move(new TransitionRequest(entity.State, action, role,
            ErrorFindings: action == WorkflowAction.Submit ? blocking.Count : 0, OpenComments: openComments));
        if (!result.Allowed)
            return DisclosureOutcome.Fail(action == WorkflowAction.Submit && blocking.Count > 0 ? 422 : 409, result.Error!,
                action == WorkflowAction.Submit ? blocking : null);

        Touch(entity);
        if (action == WorkflowAction.Publish) await PublishAsync(entity, ct);
        if (action == WorkflowAction.Return)
            ReviewComments.Add(db, me, clock.GetUtcNow(), ReviewForm.Disclosure, entity.Id, versionId: null, ReviewCommentRules.FormAnchor, comment!);
        audit.Record(action.ToString(), EntityType, entity.Id.ToString(), entity.Version,
            [new FieldChange("State", from.ToString(), entity.State.ToString())], comment);
        // The move tells whom it concerns in the same save: reviewers on submission, the unit on return, approval and publication.
        var unitName = loaded.Entity.Unit?.Name ?? await db.Organizations.Where(o => o.Id == entity.UnitId).Select(o => o.Name).SingleAsync(ct);
        await notifier.FormMovedAsync(new Notifications.FormMove("单位预算公开", $"{entity.Year}年度{unitName}", entity.UnitId, action,
            entity.State, $"/Disclosure/{entity.Id}", Approved: "已审核通过，可以公开"), ct);
        return null;
    }

    /// <summary>
    /// A correction of a published package: version n+1 as a Draft with the same content and the 更正说明. The
    /// published version stays public until the correction is published.
    /// </summary>
    public Task<DisclosureOutcome> CorrectAsync(Guid id, string? note, CancellationToken ct) =>
        commands.CreateAsync(
            () => Scoped().SingleOrDefaultAsync(d => d.Id == id, ct),
            entity => CorrectRefusalAsync(entity, note, ct),
            entity => Task.FromResult(Correct(entity, note!.Trim())),
            ct);

    private async Task<DisclosureOutcome?> CorrectRefusalAsync(DisclosureEntity entity, string? note, CancellationToken ct)
    {
        if (!MayCorrect) return DisclosureOutcome.Fail(403, "无权更正预算公开。");
        if (entity.State != FormState.Published)
            return DisclosureOutcome.Fail(409, "只有已公开的预算公开可以更正。");
        if (string.IsNullOrWhiteSpace(note)) return DisclosureOutcome.Fail(422, "请填写更正说明。");
        if (ReviewCommentRules.TextError(note, "更正说明") is { } noteError) return DisclosureOutcome.Fail(422, noteError);
        var latest = await db.Disclosures.Where(d => d.UnitId == entity.UnitId && d.Year == entity.Year).MaxAsync(d => d.Version, ct);
        return latest != entity.Version ? DisclosureOutcome.Fail(409, $"已存在第{latest}版，请在最新版本上更正。") : null;
    }

    private Creation<DisclosureOutcome> Correct(DisclosureEntity entity, string note)
    {
        var next = new DisclosureEntity
        {
            Id = Guid.NewGuid(),
            UnitId = entity.UnitId,
            Year = entity.Year,
            Version = entity.Version + 1,
            Content = DisclosureJson.Serialize(ToDomain(entity)),
            CorrectionNote = note,
            UpdatedAt = clock.GetUtcNow(),
        };
        db.Disclosures.Add(next);
        audit.Record("Correct", EntityType, next.Id.ToString(), next.Version,
            [new FieldChange("Version", entity.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), next.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            next.CorrectionNote);
        // Two corrections at once: the unique (unit, year, version) index keeps the first.
        return Creation<DisclosureOutcome>.Of(
            Target(next, readStamp: null) with { CreateRace = $"已有人同时发起了更正（第{next.Version}版），请刷新后在最新版本上继续。" },
            DisclosureOutcome.Ok(next));
    }

    /// <summary>The unit replies to a review comment on the package; a reviewer resolves it (<see cref="ReviewCommentAnswers"/>).</summary>
    public Task<DisclosureOutcome> ReplyAsync(Guid id, Guid commentId, string? text, CancellationToken ct, CommentAnswer? answer = null) =>
        answers.AnswerAsync(ReviewForm.Disclosure, () => Scoped().SingleOrDefaultAsync(d => d.Id == id, ct), d => d.Id, commentId, answer, text,
            DisclosureOutcome.Ok, ct);

    /// <summary>Newest year first, then unit; the id breaks ties.</summary>
    public static readonly Paging.KeysetOrder<DisclosureEntity> PublishedOrder = Paging.KeysetOrder<DisclosureEntity>.ByDescending("published", d => d.Year)
        .ThenBy(d => d.Unit!.Name).ThenBy(d => d.Id);

    /// <summary>One page of <see cref="PublishedAsync"/>'s packages (of one year, matching a unit name, when asked), for anonymous readers.</summary>
    public Task<Paging.PageResult<DisclosureEntity>> PagePublishedAsync(int? year, string? query, Paging.PageRequest page, CancellationToken ct)
    {
        var q = db.Disclosures.AsNoTracking().Include(d => d.Unit).Where(d => d.State == FormState.Published);
        if (year is { } y) q = q.Where(d => d.Year == y);
        if (new ProjectListFilter(Q: query).Query is { } text) q = q.Where(d => d.Unit!.Name.Contains(text));
        return PublishedOrder.PageAsync(q, page, d => d, ct);
    }

    /// <summary>Published packages (latest published version per unit and year), for the anonymous public pages.</summary>
    public async Task<List<DisclosureEntity>> PublishedAsync(CancellationToken ct)
    {
        var rows = await db.Disclosures.AsNoTracking().Include(d => d.Unit).Where(d => d.State == FormState.Published).ToListAsync(ct);
        return rows.OrderByDescending(d => d.Year).ThenBy(d => d.Unit!.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The published version of a unit's package (or, with <paramref name="version"/>, a superseded one); never a
    /// draft, submitted or approved package.
    /// </summary>
    public Task<DisclosureEntity?> PublicAsync(int unitId, int year, int? version, CancellationToken ct)
    {
        var q = db.Disclosures.AsNoTracking().Include(d => d.Unit).Where(d => d.UnitId == unitId && d.Year == year);
        q = version is { } v
            ? q.Where(d => d.Version == v && (d.State == FormState.Published || d.State == FormState.Superseded))
            : q.Where(d => d.State == FormState.Published);
        return q.OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    /// <summary>Published and superseded versions of a unit's package, newest first.</summary>
    public Task<List<DisclosureEntity>> PublicVersionsAsync(int unitId, int year, CancellationToken ct) =>
        db.Disclosures.AsNoTracking()
            .Where(d => d.UnitId == unitId && d.Year == year && (d.State == FormState.Published || d.State == FormState.Superseded))
            .OrderByDescending(d => d.Version).ToListAsync(ct);


    private async Task PublishAsync(DisclosureEntity entity, CancellationToken ct)
    {
        entity.PublishedAt = clock.GetUtcNow();
        var earlier = await db.Disclosures
            .Where(d => d.UnitId == entity.UnitId && d.Year == entity.Year && d.Version < entity.Version && d.State == FormState.Published)
            .ToListAsync(ct);
        foreach (var old in earlier)
        {
            old.Supersede().EnsureAllowed();
            audit.Record("Supersede", EntityType, old.Id.ToString(), old.Version,
                [new FieldChange("State", nameof(FormState.Published), nameof(FormState.Superseded))], entity.CorrectionNote);
        }
    }

    private async Task<BudgetDisclosure?> PriorYearAsync(int unitId, int year, CancellationToken ct)
    {
        var prior = await db.Disclosures.AsNoTracking()
            .Where(d => d.UnitId == unitId && d.Year == year - 1 && d.State == FormState.Published)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        return prior is null ? null : ToDomain(prior);
    }

    private void Touch(DisclosureEntity entity)
    {
        entity.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>`表3「2060199 其他科学技术管理事务支出」基本支出`, as the edit page names a cell.</summary>
    public static string CellLabel(DisclosureCell c) =>
        $"{DisclosureForm.Table(c.Table).Label}「{(c.Code is null ? "" : c.Code + " ")}{c.RowName}」{c.Column}";

    private static string? Fmt(decimal? v) => v is { } x ? Domain.Money.MoneyText.Format(x) : null;
}
