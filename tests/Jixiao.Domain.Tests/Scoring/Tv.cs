using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>Builds TargetValue models the way the target-grammar parser will (target-grammar.md §1, §5).</summary>
internal static class Tv
{
    /// <summary>Units come from the grammar's catalogue, exactly as parsed forms carry them.</summary>
    public static UnitRef Unit(string text) =>
        Units.Parse(text) ?? throw new ArgumentException($"not a unit: {text}", nameof(text));

    private static string Sym(Comparator op) => op switch
    {
        Comparator.Eq => "=",
        Comparator.Ge => "≥",
        Comparator.Le => "≤",
        Comparator.Gt => ">",
        Comparator.Lt => "<",
        _ => "",
    };

    private static string N(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>`≥60.00(人次)`.</summary>
    public static TargetValue Quant(Comparator op, decimal value, string? unit, string? scope = null)
    {
        var text = $"{scope}{Sym(op)}{N(value)}{(unit is null ? "" : $"({unit})")}";
        return new TargetValue
        {
            Kind = TargetKind.Quantitative,
            Op = op,
            Value = value,
            Unit = unit is null ? null : Unit(unit),
            Scope = scope,
            OriginalText = text,
            Canonical = text,
        };
    }

    /// <summary>A plain actual `45 人次` (Op None).</summary>
    public static TargetValue Actual(decimal value, string? unit = null, string? scope = null, params ParseNote[] notes)
    {
        var text = $"{value.ToString(CultureInfo.InvariantCulture)} {unit}".Trim();
        return new TargetValue
        {
            Kind = TargetKind.Quantitative,
            Value = value,
            Unit = unit is null ? null : Unit(unit),
            Scope = scope,
            OriginalText = text,
            Canonical = text,
            Notes = notes,
        };
    }

    /// <summary>An actual written as a comparison (AV-2): `>=3 次`.</summary>
    public static TargetValue Comparison(string text, Comparator op, decimal value, string? unit) => new()
    {
        Kind = TargetKind.Comparison,
        Op = op,
        Value = value,
        Unit = unit is null ? null : Unit(unit),
        OriginalText = text,
        Canonical = text,
        Notes = [ParseNote.ActualIsComparison],
    };

    public static TargetValue Qual(params string[] words) => new()
    {
        Kind = TargetKind.Qualitative,
        Words = words,
        OriginalText = string.Join("、", words),
        Canonical = string.Join("、", words),
    };

    public static TargetValue Cond(string text, Comparator op, RefKind reference) => new()
    {
        Kind = TargetKind.Conditional,
        Op = op,
        Cond = new ConditionalSpec(null, reference, text),
        OriginalText = text,
        Canonical = text,
    };

    public static TargetValue Deadline(int? year, int? month, int? day, DeadlineAnchor anchor, string text,
        Recurrence recurrence = Recurrence.None) => new()
        {
            Kind = TargetKind.Deadline,
            Deadline = new DeadlineSpec(recurrence, year, month, day, anchor),
            OriginalText = text,
            Canonical = text,
        };

    public static TargetValue Freq(Comparator op, decimal count, string per, string text) => new()
    {
        Kind = TargetKind.Frequency,
        Op = op,
        Frequency = new FrequencySpec(count, per, null, null),
        OriginalText = text,
        Canonical = text,
    };

    public static TargetValue Coverage(int days, int hours) => new()
    {
        Kind = TargetKind.Frequency,
        Frequency = new FrequencySpec(null, null, days, hours),
        OriginalText = $"每周{days}天*{hours}小时",
        Canonical = $"每周{days}天*{hours}小时",
    };

    public static TargetValue Bool(bool value) => new()
    {
        Kind = TargetKind.Boolean,
        Bool = value,
        OriginalText = value ? "是" : "否",
        Canonical = value ? "是" : "否",
    };

    public static TargetValue Empty { get; } = new() { Kind = TargetKind.Empty, OriginalText = "", Canonical = "" };
}

/// <summary>Minimal self-evaluation forms for scorer tests.</summary>
internal static class Form
{
    public static Indicator Row(string name, TargetValue target, TargetValue? actual, decimal? weight,
        decimal? score = null, string? reason = null, string level1 = "产出指标", string level2 = "数量指标",
        Direction? direction = null, Tier? tier = null, bool notApplicable = false, int ordinal = 1) => new()
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Actual = actual,
            Weight = weight,
            Score = score,
            DeviationReason = reason,
            Direction = direction,
            Tier = tier,
            NotApplicable = notApplicable,
            Ordinal = ordinal,
        };

    public static SelfEvaluation Funds(decimal? adjusted, decimal? spent, decimal? initial = null,
        decimal? printedRate = null, decimal? printedScore = null, decimal? printedTotal = null, decimal? executionWeight = 10m) => new()
        {
            Total = new FundRow(initial ?? adjusted, adjusted, spent),
            ExecutionWeight = executionWeight,
            PrintedExecutionRate = printedRate,
            PrintedExecutionScore = printedScore,
            PrintedTotal = printedTotal,
        };

    public static Project Project(SelfEvaluation? evaluation, params Indicator[] rows) => new()
    {
        Name = "测试项目",
        Form = FormKind.SelfEvaluation,
        TemplateId = "SH-DIST-2023",
        Year = 2023,
        Evaluation = evaluation ?? Funds(100_000m, 100_000m),
        Indicators = rows,
    };

    /// <summary>One row, full execution (10.00).</summary>
    public static Project Single(Indicator row) => Project(null, row);
}
