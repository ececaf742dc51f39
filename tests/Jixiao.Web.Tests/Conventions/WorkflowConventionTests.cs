using System.Text.RegularExpressions;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// One workflow shape (ADR-013), kept by reading the sources: roles are the <see cref="Role"/> type, a form's state
/// moves only inside its aggregate (through the transition table), concurrency stamps are renewed only by the
/// DbContext, and the form services save through one command pipeline. Each rule names the offending file and line.
/// </summary>
public sealed partial class WorkflowConventionTests
{
    // The four form aggregates: the only code that may write a form's state.
    private static readonly string[] Aggregates =
    [
        "src/Jixiao.Data/Entities/DeclarationVersion.cs",
        "src/Jixiao.Data/Entities/SelfEvaluationEntity.cs",
        "src/Jixiao.Data/Entities/MonitoringReportEntity.cs",
        "src/Jixiao.Data/Entities/DisclosureEntity.cs",
        "src/Jixiao.Data/Entities/FormAggregate.cs",
        "src/Jixiao.Data/Entities/RectificationItem.cs",
    ];

    [Fact]
    public void Sources_NameRolesOnlyThroughTheRoleType()
    {
        var names = Enum.GetNames<Role>();
        var offenders = Lines("*.cs", "*.cshtml")
            .Where(l => StringLiteral().Matches(l.Text).Any(m => names.Any(n => Regex.IsMatch(m.Value, $@"\b{n}\b"))))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "role names written as text (use Role / [AuthorizeRoles]):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Sources_WriteFormStateOnlyInsideTheAggregates()
    {
        var offenders = Lines("*.cs")
            .Where(l => !Aggregates.Contains(l.File))
            .Where(l => StateWrite().IsMatch(l.Text))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "form state written outside its aggregate (use its Move/Supersede):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Sources_NeverSetAConcurrencyStampByHand()
    {
        var offenders = Lines("*.cs")
            .Where(l => HandSetStamp().IsMatch(l.Text))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "concurrency stamps set by hand (JixiaoDbContext renews them on save):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void FormServices_LeaveSavingAndConflictsToThePipeline()
    {
        // Load → check → stamp → apply → save → explain conflicts is FormCommands' job; a service catching a save
        // error again is a second pipeline.
        string[] services =
        [
            "src/Jixiao.Web/Services/DeclarationService.cs",
            "src/Jixiao.Web/Services/SelfEvaluationService.cs",
            "src/Jixiao.Web/Services/MonitoringService.cs",
            "src/Jixiao.Web/Services/DisclosureService.cs",
        ];
        var offenders = Lines("*.cs")
            .Where(l => services.Contains(l.File) && (CatchBlock().IsMatch(l.Text) || l.Text.Contains("ConflictExplainer", StringComparison.Ordinal)))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "form services saving on their own (use FormCommands.RunAsync):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void FormServices_RefuseValuesWithoutTheApiLayer()
    {
        // A refused value is the domain's ValueRefusal (ADR-021); only the API turns it into a problem. A service
        // building its message from an API helper has the layers the wrong way round.
        var offenders = Lines("*.cs")
            .Where(l => FormServiceFiles.Contains(l.File) && ApiReference().IsMatch(l.Text))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "form services depending on the API layer:\n" + string.Join("\n", offenders));
    }

    private static readonly string[] FormServiceFiles =
    [
        "src/Jixiao.Web/Services/DeclarationService.cs",
        "src/Jixiao.Web/Services/SelfEvaluationService.cs",
        "src/Jixiao.Web/Services/MonitoringService.cs",
        "src/Jixiao.Web/Services/DisclosureService.cs",
        "src/Jixiao.Web/Services/ProjectService.cs",
        "src/Jixiao.Web/Services/ReviewCommentAnswers.cs",
    ];

    [GeneratedRegex(@"\bApi\.|using Jixiao\.Web\.Api\b")]
    private static partial Regex ApiReference();

    // Code of the web app that saves, but never a single form through a user's command: each with the reason.
    private static readonly Dictionary<string, string> WritersOutsideThePipeline = new(StringComparer.Ordinal)
    {
        ["src/Jixiao.Web/Services/Forms/FormCommands.cs"] = "the pipeline itself",
        ["src/Jixiao.Web/Auth/DbTicketStore.cs"] = "sign-in sessions",
        ["src/Jixiao.Web/Infrastructure/Seeder.cs"] = "organisations and accounts at start",
        ["src/Jixiao.Web/Pages/Admin/Organizations.cshtml.cs"] = "organisations",
        ["src/Jixiao.Web/Pages/Admin/Users.cshtml.cs"] = "accounts",
        ["src/Jixiao.Web/Pages/Account/ChangePassword.cshtml.cs"] = "accounts",
        ["src/Jixiao.Web/Pages/Account/Email.cshtml.cs"] = "a user's own e-mail address and opt-in, an account setting",
        ["src/Jixiao.Web/Services/JobQueue.cs"] = "background jobs",
        ["src/Jixiao.Web/Services/IndicatorLibrary.cs"] = "the 指标库 index",
        ["src/Jixiao.Web/Services/Documents/StoredFiles.cs"] = "uploaded files",
        ["src/Jixiao.Web/Services/FormAttachmentService.cs"] = "files beside a form, never the form; the form's state rule is AttachmentPolicy's",
        ["src/Jixiao.Web/Services/Documents/DocumentImportService.cs"] = "every form of one file in one transaction, all or nothing",
        ["src/Jixiao.Web/Services/DemoDistrict.cs"] = "the demo district's forms at first start, no user",
        ["src/Jixiao.Web/Services/DemoClosingLoop.cs"] = "the demo district's 事前绩效评估 and 结果应用 examples at first start, no user",
        ["src/Jixiao.Web/Services/Evaluations/DemoEvaluation.cs"] = "the demo district's 重点绩效评价 at first start, no user",
        ["src/Jixiao.Web/Services/DemoDepartmentSelfEvaluation.cs"] = "the demo district's 部门整体自评 at first start, no user",
        ["src/Jixiao.Web/Services/ResultsApplied/DemoResults.cs"] = "the demo district's last-year results for 结果应用 at first start, no user",
        ["src/Jixiao.Web/Services/ReReview/DemoReReview.cs"] = "the demo district's 复核 and 抽评 at first start, no user",
        ["src/Jixiao.Web/Services/ReReview/DemoRectifications.cs"] = "the demo district's 整改 items at first start, no user",
        ["src/Jixiao.Web/Services/Notifications/RectificationOverdue.cs"] = "overdue notices written by a system job, never a form",
        ["src/Jixiao.Web/Services/RescoreYearJob.cs"] = "a system job re-scoring a year; retries on a stale stamp",
        ["src/Jixiao.Web/Services/Deadlines.cs"] = "the administrator's deadline calendar, not a form",
        ["src/Jixiao.Web/Services/Notifications/DeadlineReminders.cs"] = "reminder notices written by a system job, never a form",
        ["src/Jixiao.Web/Services/TemplateAssignments.cs"] = "the administrator's template choice per year, not a form",
        ["src/Jixiao.Web/Services/LintRuleSettings.cs"] = "the administrator's review-rule settings, not a form",
    };

    [Fact]
    public void WebSources_SaveFormsOnlyThroughThePipeline()
    {
        // Creating (start a 自评表, a new project, an adjustment, a correction, a package import), changing and answering
        // a comment all go through FormCommands: a service calling SaveChanges itself is a second pipeline.
        var offenders = Lines("*.cs")
            .Where(l => l.File.StartsWith("src/Jixiao.Web/", StringComparison.Ordinal) && !WritersOutsideThePipeline.ContainsKey(l.File))
            .Where(l => SaveCall().IsMatch(l.Text))
            .Select(l => l.ToString()).ToList();
        Assert.True(offenders.Count == 0, "forms saved outside the pipeline (use FormCommands.RunAsync/CreateAsync):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("        await db.SaveChangesAsync(ct);", true)]
    [InlineData("        return await db.TrySaveAsync(ct) ? WriteResult.Done : AdjustmentInProgress(next);", true)]
    [InlineData("        db.SaveChanges();", true)]
    [InlineData("    /// <summary>Saves, or turns a concurrent write into a Chinese explanation", false)]
    public void SaveScanner_FindsSaveCalls(string line, bool found) => Assert.Equal(found, SaveCall().IsMatch(line));

    [Theory]
    // The scanners see what they are meant to see (so an empty result means something).
    [InlineData("[Authorize(Roles = \"FinanceAdmin\")]", true)]
    [InlineData("p.RequireRole(\"FinanceAdmin\", \"FinanceReviewer\")", true)]
    [InlineData("[AuthorizeRoles(Role.FinanceAdmin)]", false)]
    [InlineData("var t = \"管理员\"; // FinanceAdmin", false)]
    public void RoleScanner_FindsRoleNamesInLiteralsOnly(string line, bool found) =>
        Assert.Equal(found, StringLiteral().Matches(line).Any(m => Enum.GetNames<Role>().Any(n => Regex.IsMatch(m.Value, $@"\b{n}\b"))));

    [Theory]
    [InlineData("version.State = result.To!.Value;", true)]
    [InlineData("            State = FormState.Draft,", true)]
    [InlineData("if (entry.State == EntityState.Added) return;", false)]
    [InlineData("db.Entry(e).State = EntityState.Detached;", false)]
    public void StateScanner_FindsStateWrites(string line, bool found) => Assert.Equal(found, StateWrite().IsMatch(line));

    [Theory]
    [InlineData("        entity.ConcurrencyStamp = Guid.NewGuid();", true)]
    [InlineData("            ConcurrencyStamp = Guid.NewGuid(),", true)]
    [InlineData("        content.ConcurrencyStamp = report?.ConcurrencyStamp;", false)]
    public void StampScanner_FindsHandSetStamps(string line, bool found) => Assert.Equal(found, HandSetStamp().IsMatch(line));

    // A "..." literal (escapes honoured); matches are taken left to right, so quotes pair up on a line.
    [GeneratedRegex("\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    // `x.State = …` (not `==`, not an EF entry state) or `State = FormState.…` in an initializer.
    [GeneratedRegex(@"(\.State\s*=(?!=)(?!\s*EntityState\.))|(^\s*State\s*=\s*(FormState\.|state\b))")]
    private static partial Regex StateWrite();

    [GeneratedRegex(@"ConcurrencyStamp\s*=\s*Guid\.NewGuid\(\)")]
    private static partial Regex HandSetStamp();

    [GeneratedRegex(@"\b(SaveChanges|SaveChangesAsync|TrySaveAsync)\s*\(")]
    private static partial Regex SaveCall();

    [GeneratedRegex(@"\bcatch\s*\(")]
    private static partial Regex CatchBlock();

    private sealed record Line(string File, int Number, string Text)
    {
        public override string ToString() => $"{File}:{Number}: {Text.Trim()}";
    }

    private static IEnumerable<Line> Lines(params string[] patterns)
    {
        var root = RepoRoot();
        var src = Path.Combine(root, "src");
        return patterns.SelectMany(p => Directory.EnumerateFiles(src, p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/node_modules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((text, i) => new Line(f, i + 1, text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
