using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Review.Rules;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Review;

/// <summary>
/// One rule family's view of a lint run: the project (if any), context, resolved template and budget year, and
/// <see cref="Emit"/>, the single place where a finding gets its severity, filled messages and historical flag.
/// </summary>
internal sealed class ProjectRun(Project? project, LintContext context)
{
    public Project Project => project ?? throw new InvalidOperationException("No project in a package-level run.");
    public LintContext Context => context;
    public LintProfile Profile => context.Profile;
    public IndicatorTemplate? Template { get; } =
        TemplateCatalog.All.FirstOrDefault(t => t.Id == project?.TemplateId);
    public int? BudgetYear => context.FormYear ?? project?.Year;

    public RuleScope Scope => project?.Form == FormKind.SelfEvaluation ? RuleScope.SelfEvaluation : RuleScope.Declaration;

    // What several rule families derive from the same (immutable) project, derived once per run. A run lives for
    // one lint call, so nothing here can outlive the project it was computed from.
    private IReadOnlyList<Indicator>? realIndicators;
    private Dictionary<Indicator, (Level1Category? L1, Level2Category? L2)>? categories;
    private Dictionary<NarrativeSection, IReadOnlyList<AmountMention>>? amounts;
    private Dictionary<NarrativeSection, IReadOnlyList<NarrativePeriod>>? periods;
    private bool? multiYear;

    /// <summary>The project's rows without category placeholders (<see cref="RuleHelpers.RealIndicators"/>).</summary>
    public IReadOnlyList<Indicator> RealIndicators => realIndicators ??= RuleHelpers.RealIndicators(Project);

    /// <summary>
    /// The form prints a level-1 framework of its own (项目完成指标/项目效益指标, 项目决策 …) that its template does not
    /// know, and the template is a generic one (ADR-047): the form was read on the generic template because no
    /// jurisdiction's template fitted, so the generic framework cannot judge where its rows sit or what it lacks.
    /// </summary>
    public bool OwnFramework => ownFramework ??= Template is { } t && GenericTemplates.IsGeneric(t.Id)
        && RealIndicators.Any(i => !string.IsNullOrWhiteSpace(i.Level1) && t.FindLevel1(i.Level1) is null);

    private bool? ownFramework;

    /// <summary>
    /// The row's level-2 names a level-1 of a generic template (`成本指标` under 产出指标): the framework before
    /// 财预〔2021〕101号 put 成本 under 产出, a form of that framework on the generic template places it as printed.
    /// </summary>
    public bool OlderFrameworkLevel2(Indicator i) =>
        Template is { } t && GenericTemplates.IsGeneric(t.Id) && t.FindLevel1(i.Level2) is not null && t.FindLevel1(i.Level1) is not null;

    /// <summary><see cref="RuleHelpers.Categories"/> of a row against <see cref="Template"/>.</summary>
    public (Level1Category? L1, Level2Category? L2) Categories(Indicator i)
    {
        categories ??= new Dictionary<Indicator, (Level1Category?, Level2Category?)>(Project.Indicators.Count, ReferenceEqualityComparer.Instance);
        if (!categories.TryGetValue(i, out var found)) categories[i] = found = RuleHelpers.Categories(i, Template);
        return found;
    }

    /// <summary>The row's level-1 or level-2 category code is one of <paramref name="codes"/>.</summary>
    public bool InGroup(Indicator i, IReadOnlyList<string> codes)
    {
        var (l1, l2) = Categories(i);
        return (l1 is not null && codes.Contains(l1.Code)) || (l2 is not null && codes.Contains(l2.Code));
    }

    /// <summary><see cref="NarrativeAmounts.Extract"/> of a narrative section (empty when the section is absent).</summary>
    public IReadOnlyList<AmountMention> Amounts(NarrativeSection section)
    {
        amounts ??= [];
        if (!amounts.TryGetValue(section, out var found))
            amounts[section] = found = Project.Narrative.TryGetValue(section, out var text) ? NarrativeAmounts.Extract(text) : [];
        return found;
    }

    /// <summary><see cref="NarrativePeriods.Extract"/> of a narrative section (empty when the section is absent).</summary>
    public IReadOnlyList<NarrativePeriod> Periods(NarrativeSection section)
    {
        periods ??= [];
        if (!periods.TryGetValue(section, out var found))
            periods[section] = found = Project.Narrative.TryGetValue(section, out var text) ? NarrativePeriods.Extract(text) : [];
        return found;
    }

    /// <summary><see cref="Completeness.IsMultiYear"/> of the project in this run's budget year.</summary>
    public bool IsMultiYear => multiYear ??= Completeness.IsMultiYear(Project, BudgetYear, Periods);

    /// <summary>Builds a finding; severity: profile override → explicit → variant default → rule default.</summary>
    public Finding Emit(
        string ruleId,
        Args? args = null,
        string? variant = null,
        Severity? severity = null,
        string? indicator = null,
        string? field = null,
        int? row = null,
        string? evidence = null,
        string? projectName = null)
    {
        var rule = RuleCatalog.Get(ruleId);
        var message = rule.Message;
        var resolved = severity ?? rule.DefaultSeverity;
        var overrides = Profile.SeverityOverrides;
        if (variant is not null)
        {
            (resolved, message) = rule.Variants[variant];
            if (overrides.TryGetValue($"{ruleId}/{variant}", out var v)) resolved = v;
        }
        else if (overrides.TryGetValue(ruleId, out var o))
        {
            resolved = o;
        }

        return new Finding(
            ruleId,
            resolved,
            Fill(message.Zh, args),
            projectName ?? project?.Name,
            indicator,
            field,
            row,
            evidence,
            Fill(message.En, args),
            context.Mode == LintMode.Historical,
            FindingFingerprint.FactsOf(variant, args?.Values));
    }

    /// <summary>
    /// Each `{key}` replaced by its value, key after key. One pass when no value holds a `{` (then no value can
    /// contain a later key's placeholder, so the passes cannot interact); a `{` in a value takes the sequential path.
    /// </summary>
    private static string Fill(string template, Args? args)
    {
        if (args is null) return template;
        foreach (var (_, value) in args.Values)
            if (value.Contains('{')) return FillSequentially(template, args);

        var text = new System.Text.StringBuilder(template.Length + 32);
        var rest = template.AsSpan();
        while (rest.IndexOf('{') is var open and >= 0)
        {
            var close = rest[open..].IndexOf('}');
            if (close < 0) break;
            var name = rest.Slice(open + 1, close - 1);
            text.Append(rest[..open]);
            if (Lookup(args, name) is { } value) text.Append(value);
            else text.Append(rest.Slice(open, close + 1));
            rest = rest[(open + close + 1)..];
        }

        return text.Append(rest).ToString();
    }

    /// <summary>The value of the first arg named <paramref name="name"/> (the sequential passes apply the first).</summary>
    private static string? Lookup(Args args, ReadOnlySpan<char> name)
    {
        foreach (var (key, value) in args.Values)
            if (name.SequenceEqual(key)) return value;
        return null;
    }

    private static string FillSequentially(string template, Args args)
    {
        var text = template;
        foreach (var (key, value) in args.Values) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return text;
    }
}

/// <summary>Message placeholder values, e.g. <c>new Args(("field", "实施单位"))</c>.</summary>
internal sealed record Args(params (string Key, string Value)[] Values);

/// <summary>Shared formatting and lookups of the rule families.</summary>
internal static class Fmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>元 amount as printed on the forms: `1,443,356.00`.</summary>
    public static string Yuan(decimal yuan) => yuan.ToString("#,##0.00", Inv);

    /// <summary>A number without trailing zeros: 33.33, 50, 0.5.</summary>
    public static string Num(decimal value) => value.ToString("0.##########", Inv);

    /// <summary>A 万元 figure with 2 decimals: `24.30万元`.</summary>
    public static string Wan(decimal yuan) =>
        new Money.Amount(yuan).WanYuanText + "万元";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);
}
