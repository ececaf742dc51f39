using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;

namespace Jixiao.Bench.Data;

/// <summary>Who did what in a generated district: the organisation ids and user names the activity is recorded under.</summary>
public sealed record DistrictPeople(int FinanceId, IReadOnlyList<int> DepartmentIds, IReadOnlyList<int> UnitIds,
    IReadOnlyDictionary<string, string> UserIds, IReadOnlyList<string> Departments, IReadOnlyList<GeneratedUnit> Units)
{
    public static string UnitUser(int unit) => $"u{unit + 1:000}";
    public static string DepartmentUser(int department) => $"d{department + 1:00}";
    public const string FinanceUser = "finance";
}

/// <summary>Every row one generated project (or one unit's disclosures) puts in the database, as the app would have written them.</summary>
public sealed class DistrictRecords
{
    public List<ProjectEntity> Projects { get; } = [];
    public List<DeclarationVersion> Versions { get; } = [];
    public List<MonitoringReportEntity> Monitoring { get; } = [];
    public List<SelfEvaluationEntity> SelfEvaluations { get; } = [];
    public List<DisclosureEntity> Disclosures { get; } = [];
    public List<ReviewComment> Comments { get; } = [];
    public List<AuditEvent> Audit { get; } = [];
    public long ContentBytes { get; set; }
    public int IndicatorCount { get; set; }

    public void Add(DistrictRecords other)
    {
        Projects.AddRange(other.Projects);
        Versions.AddRange(other.Versions);
        Monitoring.AddRange(other.Monitoring);
        SelfEvaluations.AddRange(other.SelfEvaluations);
        Disclosures.AddRange(other.Disclosures);
        Comments.AddRange(other.Comments);
        Audit.AddRange(other.Audit);
        ContentBytes += other.ContentBytes;
        IndicatorCount += other.IndicatorCount;
    }
}

/// <summary>
/// What happened to a generated project after it was declared, in the proportions of ADR-053, built through the domain's
/// content types and rules exactly as the services store them: the declaration's review (submit, pass, approve, return
/// with its comment, answered comments), 运行监控 reports of several months (lights by <see cref="MonitoringEvaluation"/>),
/// the 自评表 of 80 % of last year's projects (started by <see cref="EvaluationContent.Start"/>, scored by
/// <see cref="Scorer"/>), each unit's 预算公开 packages, and the audit events each step writes. Deterministic: the rows
/// of a project depend only on the seed number and the project's index.
/// </summary>
public static class DistrictActivity
{
    /// <summary>A GUID drawn from <paramref name="rng"/> (a version-4 shape), so ids repeat with the seed number.</summary>
    public static Guid NextGuid(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x40);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes);
    }

    /// <summary>The rows of project <paramref name="p"/>.</summary>
    public static DistrictRecords Project(GeneratedProject p, DistrictPeople people, int seed)
    {
        var rng = new Random(unchecked(seed * 1_000_003 + p.Index * 7 + 1)); // not HashCode: it differs per process
        var records = new DistrictRecords();
        var unit = people.Units[p.Unit];
        var actors = new Actors(people, unit);
        var lastYear = DistrictGenerator.IsLastYear(p.Index);
        // Declared in January of the project's year; a last year's project was reviewed, monitored and self-evaluated since.
        var year = p.Model.Year ?? 2024;
        var at = new DateTimeOffset(year, 1, 15, 1, 0, 0, TimeSpan.Zero).AddMinutes(p.Index % 997);

        var content = DeclarationContentJson.Write(p.Model);
        records.ContentBytes += content.Length;
        var project = new ProjectEntity
        {
            Id = NextGuid(rng),
            UnitId = people.UnitIds[p.Unit],
            Year = p.Model.Year ?? 2024,
            Name = p.Model.Name,
            TemplateId = p.Model.TemplateId,
            Form = p.Model.Form,
            FundsTotalYuan = UnitSummary.FundsOf(p.Model),
            CreatedAt = at,
        };
        project.KeepListColumns(p.Model);
        records.Projects.Add(project);
        var version = new DeclarationVersion(p.State) // a generated district arrives in its states
        {
            Id = NextGuid(rng),
            ProjectId = project.Id,
            Number = 1,
            Origin = VersionOrigin.New,
            Content = content,
            CreatedAt = at,
            UpdatedAt = at,
            UpdatedBy = actors.Unit,
            SubmittedAt = p.State is FormState.Draft ? null : at.AddDays(3),
            ApprovedAt = p.State == FormState.Approved ? at.AddDays(20) : null,
            OpenedByReviewer = p.State == FormState.Approved,
        };
        records.Versions.Add(version);
        actors.Record(records, at, "Create", "Project", project.Id, 1, actors.Unit, [new FieldChange("Name", null, p.Model.Name)]);
        DeclarationReview(records, rng, actors, p, project, version, at);

        if (p.State != FormState.Approved) return records;
        // What the approved version reads back as, exactly what the monitoring and 自评 pages start from.
        var declared = ProjectService.ToDomain(version);
        int[] months = lastYear ? [3, 6, 9] : [3];
        foreach (var month in months)
            Monitoring(records, rng, actors, project, declared, month, lastYear, at.AddMonths(month).AddDays(5));
        if (lastYear && rng.Next(100) < 80)
            SelfEvaluation(records, rng, actors, project, version, declared, new DateTimeOffset(year + 1, 1, 5, 2, 0, 0, TimeSpan.Zero).AddMinutes(p.Index % 997));
        return records;
    }

    private static void DeclarationReview(DistrictRecords records, Random rng, Actors actors, GeneratedProject p, ProjectEntity project,
        DeclarationVersion version, DateTimeOffset at)
    {
        if (p.State == FormState.Draft) return;
        var submitted = at.AddDays(3);
        actors.Move(records, submitted, "Project", project.Id, 1, actors.Unit, WorkflowAction.Submit, FormState.Draft, FormState.Submitted);
        var keys = p.Model.Indicators.Select(i => i.Key!.Value).ToList();
        switch (p.State)
        {
            case FormState.Returned:
                var reason = ReturnReasons[rng.Next(ReturnReasons.Length)];
                actors.Move(records, submitted.AddDays(2), "Project", project.Id, 1, actors.Department, WorkflowAction.Open, FormState.Submitted, FormState.SupervisorReview);
                actors.Move(records, submitted.AddDays(4), "Project", project.Id, 1, actors.Department, WorkflowAction.Return, FormState.SupervisorReview, FormState.Returned, reason);
                records.Comments.Add(actors.Comment(rng, ReviewForm.Declaration, project.Id, version.Id, ReviewCommentRules.FormAnchor, reason,
                    actors.Department, submitted.AddDays(4), reply: null));
                if (keys.Count > 0 && rng.Next(2) == 0)
                    records.Comments.Add(actors.Comment(rng, ReviewForm.Declaration, project.Id, version.Id, ReviewCommentRules.IndicatorAnchor(keys[rng.Next(keys.Count)]),
                        IndicatorRemarks[rng.Next(IndicatorRemarks.Length)], actors.Department, submitted.AddDays(4), reply: null));
                break;
            case FormState.Approved:
                actors.Move(records, submitted.AddDays(2), "Project", project.Id, 1, actors.Department, WorkflowAction.Open, FormState.Submitted, FormState.SupervisorReview);
                actors.Move(records, submitted.AddDays(6), "Project", project.Id, 1, actors.Department, WorkflowAction.Pass, FormState.SupervisorReview, FormState.FinanceReview);
                actors.Move(records, submitted.AddDays(17), "Project", project.Id, 1, DistrictPeople.FinanceUser, WorkflowAction.Approve, FormState.FinanceReview, FormState.Approved);
                // Three in ten approved declarations carry a reviewer's remark the unit answered (half of them resolved).
                if (keys.Count > 0 && rng.Next(10) < 3)
                    records.Comments.Add(actors.Comment(rng, ReviewForm.Declaration, project.Id, version.Id, ReviewCommentRules.IndicatorAnchor(keys[rng.Next(keys.Count)]),
                        IndicatorRemarks[rng.Next(IndicatorRemarks.Length)], actors.Department, submitted.AddDays(5), reply: Replies[rng.Next(Replies.Length)],
                        resolved: rng.Next(2) == 0));
                break;
        }
    }

    private static void Monitoring(DistrictRecords records, Random rng, Actors actors, ProjectEntity project, Project declared, int month, bool lastYear,
        DateTimeOffset at)
    {
        var content = MonitoringContent.Prefilled(declared);
        var budget = content.AnnualBudget ?? 0m;
        // The project's course (ADR-053): 70 % on track, 20 % behind somewhere (yellow), 10 % with a target out of reach (red).
        var course = rng.Next(100);
        var pace = course < 70 ? 0.85m + rng.Next(0, 26) / 100m : course < 90 ? 0.62m + rng.Next(0, 16) / 100m : 0.8m + rng.Next(0, 21) / 100m;
        var spent = Math.Round(budget * month / 12m * pace, 2, MidpointRounding.AwayFromZero);
        content = content.With(MonitoringForm.Keys.ExpenditureToDate, MonitoringContent.MoneyText(spent))
            .With(MonitoringForm.Keys.ForecastAnnualExpenditure, MonitoringContent.MoneyText(Math.Round(budget * Math.Min(1m, 0.9m + rng.Next(0, 11) / 100m), 2, MidpointRounding.AwayFromZero)));
        var outOfReach = course >= 90 && declared.Indicators.Count > 0 ? rng.Next(declared.Indicators.Count) : -1;
        content = content with
        {
            Rows = declared.Indicators.Select((i, n) =>
            {
                var qualitative = i.Target.Kind is Domain.Targets.TargetKind.Qualitative or Domain.Targets.TargetKind.Conditional;
                return new MonitoringRowContent
                {
                    Key = i.Key ?? Guid.Empty,
                    ProgressText = qualitative ? "按计划推进" : Met(i.Target, rng),
                    ForecastText = qualitative ? null : Met(i.Target, rng),
                    Tier = qualitative ? Tier.Achieved : null,
                    Likelihood = n == outOfReach ? Likelihood.Impossible : Likelihood.Certain,
                };
            }).ToList(),
        };
        // As a unit answers the form's prompts: a reason and a measure wherever a light asks for them.
        var evaluation = MonitoringEvaluation.Of(declared, content, month);
        if (evaluation.BudgetReasonMissing)
            content = content.With(MonitoringForm.Keys.BudgetDeviationReason, "部分采购合同尚未到付款节点，资金按合同进度支付。")
                .With(MonitoringForm.Keys.BudgetCorrectiveAction, "督促供应商按期交付验收，加快支付进度。");
        var missing = evaluation.Rows.Where(r => r.ReasonMissing).Select(r => r.Key).ToHashSet();
        if (missing.Count > 0)
            content = content with
            {
                Rows = content.Rows.Select(r => missing.Contains(r.Key)
                    ? r with { DeviationCauses = [DeviationCause.Staffing], DeviationReason = "实施进度受人员调整影响，部分工作延后。", CorrectiveAction = "调配人员力量，按月跟踪进度。" }
                    : r).ToList(),
            };
        var keys = declared.Indicators.Select(i => i.Key ?? Guid.Empty).ToHashSet();
        content = content.Normalised(keys);
        evaluation = MonitoringEvaluation.Of(declared, content, month);

        foreach (var problem in evaluation.Problems) Blocked.AddOrUpdate($"监控 {problem}", 1, (_, n) => n + 1);
        // Last year's early months are confirmed, the latest one under review; this year's first report half drafted.
        var r0 = rng.Next(100);
        var state = evaluation.Problems.Count > 0 ? FormState.Draft
            : lastYear && month < 9 ? FormState.Confirmed
            : lastYear ? (r0 < 60 ? FormState.Submitted : r0 < 70 ? FormState.Returned : r0 < 80 ? FormState.Confirmed : FormState.Draft)
            : r0 < 50 ? FormState.Submitted : FormState.Draft;
        var report = new MonitoringReportEntity(state)
        {
            Id = NextGuid(rng),
            ProjectId = project.Id,
            PeriodEndMonth = month,
            Content = MonitoringContentJson.Write(content),
            Light = evaluation.ProjectLight.ToString(),
            UpdatedAt = at,
        };
        records.Monitoring.Add(report);
        records.ContentBytes += report.Content.Length;
        actors.Record(records, at, "Create", "MonitoringReport", report.Id, month, actors.Unit, [new FieldChange("Light", null, report.Light)]);
        if (state == FormState.Draft) return;
        actors.Record(records, at.AddDays(1), "Submit", "MonitoringReport", report.Id, month, actors.Unit,
            [new FieldChange("State", nameof(FormState.Draft), nameof(FormState.Submitted)), new FieldChange("Light", null, report.Light)],
            evaluation.ProjectLight == Light.Red ? "红灯预警：请主管部门和财政关注。" : null);
        if (state == FormState.Submitted) return;
        actors.Move(records, at.AddDays(3), "MonitoringReport", report.Id, month, actors.Department, WorkflowAction.Open, FormState.Submitted, FormState.SupervisorReview);
        if (state == FormState.Returned)
        {
            var reason = "请补充偏差原因分析，说明预计全年完成情况的依据。";
            actors.Move(records, at.AddDays(4), "MonitoringReport", report.Id, month, actors.Department, WorkflowAction.Return, FormState.SupervisorReview, FormState.Returned, reason);
            records.Comments.Add(actors.Comment(rng, ReviewForm.Monitoring, report.Id, null, ReviewCommentRules.FormAnchor, reason, actors.Department, at.AddDays(4), reply: null));
            return;
        }
        actors.Move(records, at.AddDays(5), "MonitoringReport", report.Id, month, actors.Department, WorkflowAction.Confirm, FormState.SupervisorReview, FormState.Confirmed);
    }

    private static void SelfEvaluation(DistrictRecords records, Random rng, Actors actors, ProjectEntity project, DeclarationVersion version,
        Project declared, DateTimeOffset at)
    {
        // Started as SelfEvaluationService.StartAsync starts it (no year template assigned: the declaration's profile).
        var profile = RuleProfiles.For(declared);
        var content = EvaluationContent.Start(declared, profile);
        var rate = 0.6m + rng.Next(0, 41) / 100m;
        content = content with
        {
            Funds = content.Funds.ToDictionary(f => f.Key, f => f.Value with
            {
                AdjustedBudget = f.Value.InitialBudget,
                Expenditure = EvaluationText.Money(f.Value.InitialBudget) is { } budget
                    ? Math.Round(budget * rate, 2, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : null,
            }),
            ActualOutcome = "项目按计划实施，年度主要绩效目标基本完成，资金使用规范。",
            Rows = declared.Indicators.Where(i => i.Key is not null).ToDictionary(i => i.Key!.Value, i =>
            {
                var row = content.Rows.GetValueOrDefault(i.Key!.Value) ?? new EvaluationRow();
                return i.Target.Kind is Domain.Targets.TargetKind.Qualitative or Domain.Targets.TargetKind.Conditional
                    ? row with { ActualText = "达成", Tier = rng.Next(100) < 85 ? Tier.Achieved : Tier.PartiallyAchieved }
                    : row with { ActualText = TextVariation.Actual(i.Target, rng) };
            }),
        };
        var score = Scorer.Score(SelfEvaluationService.Evaluated(declared, content), profile, ScoringMode.Live);
        // As a unit answers what the rules ask before submitting: a 得分 where only a typed one counts (CMP-01 on 得分; full
        // marks), a 偏差原因 where a row falls short (SE-06 and its kin name the row).
        var blocking = score.AllFindings.Where(f => f.Blocks && f.Indicator is not null).ToList();
        if (blocking.Count > 0)
        {
            var scored = blocking.Where(f => f.RuleId == "CMP-01").Select(f => f.Indicator!).ToHashSet(StringComparer.Ordinal);
            var named = blocking.Where(f => f.RuleId != "CMP-01").Select(f => f.Indicator!).ToHashSet(StringComparer.Ordinal);
            content = content with
            {
                Rows = content.Rows.ToDictionary(r => r.Key, r =>
                {
                    var name = declared.Indicators.FirstOrDefault(i => i.Key == r.Key)?.Name ?? "";
                    var row = scored.Contains(name) && r.Value.Weight is { } weight ? r.Value with { Score = weight } : r.Value;
                    return named.Contains(name) ? row with { DeviationReason = "受实施条件变化影响，实际完成值与年度目标存在偏差。" } : row;
                }),
            };
            score = Scorer.Score(SelfEvaluationService.Evaluated(declared, content), profile, ScoringMode.Live);
        }

        if (score.BlocksSubmit)
            foreach (var rule in score.AllFindings.Where(f => f.Blocks).Select(f => f.RuleId).Distinct())
                Blocked.AddOrUpdate($"自评 {rule}", 1, (_, n) => n + 1);
        var r0 = rng.Next(100);
        var state = score.BlocksSubmit ? FormState.Draft
            : r0 < 50 ? FormState.Confirmed : r0 < 70 ? FormState.Submitted : r0 < 75 ? FormState.Verification : r0 < 85 ? FormState.Returned : FormState.Draft;
        var entity = new SelfEvaluationEntity(state)
        {
            Id = NextGuid(rng),
            ProjectId = project.Id,
            DeclarationVersionId = version.Id,
            ProfileId = profile.Id,
            Content = EvaluationContentJson.Write(content),
            TotalScore = score.ComputedTotal,
            Grade = score.ComputedGrade,
            ScoreSnapshot = state == FormState.Draft ? null : ScoreSnapshotJson.Write(ScoreSnapshot.Of(score)),
            OpenedByReviewer = state is FormState.Verification,
            UpdatedAt = at.AddDays(state == FormState.Draft ? 0 : 6),
        };
        records.SelfEvaluations.Add(entity);
        records.ContentBytes += entity.Content.Length;
        actors.Record(records, at, "Create", "SelfEvaluation", entity.Id, version.Number, actors.Unit, [new FieldChange("Project", null, project.Name)]);
        if (state == FormState.Draft) return;
        actors.Record(records, at.AddDays(1), "Submit", "SelfEvaluation", entity.Id, version.Number, actors.Unit,
            [new FieldChange("State", nameof(FormState.Draft), nameof(FormState.Submitted))]);
        if (state == FormState.Submitted) return;
        actors.Move(records, at.AddDays(4), "SelfEvaluation", entity.Id, version.Number, actors.Department, WorkflowAction.Open, FormState.Submitted, FormState.Verification);
        if (state == FormState.Verification) return;
        if (state == FormState.Returned)
        {
            var reason = "部分指标实际完成值缺少佐证，请补充说明后重新提交。";
            actors.Move(records, at.AddDays(6), "SelfEvaluation", entity.Id, version.Number, actors.Department, WorkflowAction.Return, FormState.Verification, FormState.Returned, reason);
            records.Comments.Add(actors.Comment(rng, ReviewForm.SelfEvaluation, entity.Id, null, ReviewCommentRules.FormAnchor, reason, actors.Department, at.AddDays(6),
                reply: rng.Next(2) == 0 ? "已补充佐证材料，正在修改。" : null));
            return;
        }
        actors.Move(records, at.AddDays(6), "SelfEvaluation", entity.Id, version.Number, actors.Department, WorkflowAction.Confirm, FormState.Verification, FormState.Confirmed);
    }

    /// <summary>The value a target is met with, as a unit types it (`120人`, `是`); other kinds as <see cref="TextVariation.Actual"/> draws them.</summary>
    private static string Met(Domain.Targets.TargetValue target, Random rng) => target switch
    {
        { Kind: Domain.Targets.TargetKind.Quantitative, Value: { } v } => v.ToString(System.Globalization.CultureInfo.InvariantCulture) + (target.Unit?.Text ?? ""),
        { Kind: Domain.Targets.TargetKind.Boolean } => "是",
        _ => TextVariation.Actual(target, rng),
    };

    /// <summary>Why generated forms stayed drafts (a rule still blocking after the unit's answers), counted for `gen`'s report.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, int> Blocked { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A unit's 预算公开 packages, from a seed package renamed for it: last year's published, this year's as far as the
    /// unit has got (60 % draft, 20 % submitted with a reviewer's remark, 20 % approved).
    /// </summary>
    public static DistrictRecords Disclosures(GeneratedUnit unit, BudgetDisclosure template, DistrictPeople people, int year, int seed)
    {
        var rng = new Random(unchecked(seed * 1_000_003 - unit.Index * 7 - 2));
        var records = new DistrictRecords();
        var actors = new Actors(people, unit);
        var r0 = rng.Next(100);
        foreach (var (y, state) in new[] { (year - 1, FormState.Published), (year, r0 < 60 ? FormState.Draft : r0 < 80 ? FormState.Submitted : FormState.Approved) })
        {
            var at = new DateTimeOffset(y, 2, 1, 2, 0, 0, TimeSpan.Zero).AddMinutes(unit.Index);
            var entity = new DisclosureEntity(state)
            {
                Id = NextGuid(rng),
                UnitId = people.UnitIds[unit.Index],
                Year = y,
                Version = 1,
                Content = DisclosureJson.Serialize(template with { Year = y, UnitName = unit.Name }),
                PublishedAt = state == FormState.Published ? at.AddDays(10) : null,
                UpdatedAt = at,
            };
            records.Disclosures.Add(entity);
            records.ContentBytes += entity.Content.Length;
            actors.Record(records, at, "Create", "Disclosure", entity.Id, 1, actors.Unit, [new FieldChange("Year", null, y.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            if (state == FormState.Draft) continue;
            actors.Move(records, at.AddDays(2), "Disclosure", entity.Id, 1, actors.Unit, WorkflowAction.Submit, FormState.Draft, FormState.Submitted);
            if (state == FormState.Submitted)
            {
                records.Comments.Add(actors.Comment(rng, ReviewForm.Disclosure, entity.Id, null, ReviewCommentRules.FormAnchor,
                    "请核对“三公”经费说明与表格数据是否一致。", actors.Department, at.AddDays(3), reply: "已核对，数据一致。"));
                continue;
            }
            actors.Move(records, at.AddDays(5), "Disclosure", entity.Id, 1, actors.Department, WorkflowAction.Approve, FormState.Submitted, FormState.Approved);
            if (state == FormState.Published)
                actors.Move(records, at.AddDays(10), "Disclosure", entity.Id, 1, actors.Unit, WorkflowAction.Publish, FormState.Approved, FormState.Published);
        }
        return records;
    }

    private static readonly string[] ReturnReasons =
    [
        "绩效目标与项目内容不够对应，请细化产出指标。",
        "部分指标值缺少测算依据，请补充说明后重新提交。",
        "满意度指标未设置目标值，请完善后重新提交。",
        "资金测算与年度资金申请不一致，请核实。",
    ];

    private static readonly string[] IndicatorRemarks =
    [
        "该指标值偏低，请结合上年完成情况调整。",
        "请明确该指标的计量单位和口径。",
        "该指标与项目内容关联不强，建议调整。",
    ];

    private static readonly string[] Replies =
    [
        "已按意见调整指标值。",
        "已补充测算依据，见附件说明。",
        "该指标沿用上年口径，已在说明中注明。",
    ];

    /// <summary>The unit's, its 主管部门's and 财政局's users, and how their acts are recorded (as AuditLog and ReviewComments write them).</summary>
    private sealed class Actors(DistrictPeople people, GeneratedUnit unit)
    {
        public string Unit { get; } = DistrictPeople.UnitUser(unit.Index);
        public string Department { get; } = DistrictPeople.DepartmentUser(unit.Department);

        private (string? Id, Role Role, int Org, string Display) Who(string user) =>
            user == Unit ? (people.UserIds.GetValueOrDefault(user), Role.UnitPreparer, people.UnitIds[unit.Index], unit.ShortName)
            : user == Department ? (people.UserIds.GetValueOrDefault(user), Role.SupervisorReviewer, people.DepartmentIds[unit.Department], people.Departments[unit.Department])
            : (people.UserIds.GetValueOrDefault(user), Role.FinanceReviewer, people.FinanceId, "财政审核");

        public void Record(DistrictRecords records, DateTimeOffset at, string action, string type, Guid id, int? version, string user,
            IReadOnlyList<FieldChange> diff, string? comment = null)
        {
            var who = Who(user);
            records.Audit.Add(new AuditEvent
            {
                AtUtc = at,
                UserId = who.Id,
                UserName = user,
                Role = who.Role.ToString(),
                OrgId = who.Org,
                Action = action,
                EntityType = type,
                EntityId = id.ToString(),
                Version = version,
                Diff = diff.Count > 0 ? JsonSerializer.Serialize(diff, ContentJson.Options) : null,
                Comment = comment,
            });
        }

        public void Move(DistrictRecords records, DateTimeOffset at, string type, Guid id, int? version, string user, WorkflowAction action,
            FormState from, FormState to, string? comment = null) =>
            Record(records, at, action.ToString(), type, id, version, user, [new FieldChange("State", from.ToString(), to.ToString())], comment);

        public ReviewComment Comment(Random rng, ReviewForm form, Guid formId, Guid? versionId, string anchor, string text, string author,
            DateTimeOffset at, string? reply, bool resolved = false)
        {
            var who = Who(author);
            return new ReviewComment
            {
                Id = NextGuid(rng),
                FormType = form,
                FormId = formId,
                VersionId = versionId,
                Anchor = anchor,
                Text = text,
                AuthorName = who.Display,
                AuthorId = who.Id,
                AuthorRole = who.Role.ToString(),
                CreatedAt = at,
                Status = reply is null ? CommentStatus.Open : resolved ? CommentStatus.Resolved : CommentStatus.Answered,
                Reply = reply,
                RepliedAt = reply is null ? null : at.AddDays(1),
            };
        }
    }
}
