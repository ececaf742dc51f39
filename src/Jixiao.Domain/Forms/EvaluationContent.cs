using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using V = Jixiao.Domain.Forms.MoneyGridValue;

namespace Jixiao.Domain.Forms;

/// <summary>
/// What is stored of one 自评表 (forms.md §6): the 项目资金 cells, the total row's 分值/执行率/得分, the printed 总分 row, the
/// goals and, per indicator key of the evaluated declaration version, 实际完成值, 分值, 得分, tier and 偏差原因 — every figure
/// as its original text (`1,443,356.00`, `100.00%`). Values are read from the texts on load (<see cref="EvaluationText"/>).
/// Printed values of imported forms are kept as they were (SC-70).
/// </summary>
public sealed record EvaluationContent
{
    /// <summary>
    /// 3: the 项目资金 rows under <c>funds</c>, by their key in <see cref="SelfEvaluationForms.Funds"/>. (2: every figure as its
    /// original text, each row a property of its own; 1: decimals. Both still read, never written.)
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The 项目资金 rows by their key in <see cref="SelfEvaluationForms.Funds"/>; a row not printed is absent.</summary>
    public IReadOnlyDictionary<string, FundTexts> Funds { get; init; } = new Dictionary<string, FundTexts>();

    /// <summary>年度资金总额 (the grid's total row; blank texts when absent).</summary>
    public FundTexts Total => Row(SelfEvaluationForms.Funds.TotalRow.Key) ?? new(null, null, null);

    /// <summary>分值 of the 年度资金总额 row (usually 10).</summary>
    public string? ExecutionWeight { get; init; } = "10";

    /// <summary>执行率 as printed (`100.00%`).</summary>
    public string? PrintedExecutionRate { get; init; }
    public string? PrintedExecutionScore { get; init; }

    /// <summary>总分 row: Σ分值 and Σ得分 as printed.</summary>
    public string? PrintedWeightTotal { get; init; }
    public string? PrintedTotal { get; init; }
    public string? ExpectedGoal { get; init; }
    public string? ActualOutcome { get; init; }

    /// <summary>
    /// The texts of the form's fields bound by key (<see cref="FieldBinding.Stored"/>), so a field added to the definition needs
    /// no property here. Laid over the declaration's <see cref="Project.Fields"/> on <see cref="Apply"/>. Absent in content
    /// stored before it: empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<Guid, EvaluationRow> Rows { get; init; } = new Dictionary<Guid, EvaluationRow>();

    /// <summary>The texts of one 项目资金 row by its key in <see cref="SelfEvaluationForms.Funds"/> (null when absent).</summary>
    public FundTexts? Row(string key) => Funds.GetValueOrDefault(key);

    /// <summary>The figures as values (the goals as stored; the expected goal falls back to <paramref name="declaredGoal"/>).</summary>
    public SelfEvaluation ToEvaluation(string? declaredGoal = null) => SelfEvaluationForms.Funds.Rows.Aggregate(new SelfEvaluation
    {
        Total = Total.ToFundRow(),
        ExecutionWeight = EvaluationText.Number(ExecutionWeight),
        PrintedExecutionRate = EvaluationText.Percent(PrintedExecutionRate),
        PrintedExecutionScore = EvaluationText.Number(PrintedExecutionScore),
        PrintedWeightTotal = EvaluationText.Number(PrintedWeightTotal),
        PrintedTotal = EvaluationText.Number(PrintedTotal),
        ExpectedGoal = ExpectedGoal ?? declaredGoal,
        ActualOutcome = ActualOutcome,
        Texts = Texts(),
    }, (e, row) => Row(row.Key) is { } r ? row.Write(e, r.ToFundRow()) : e);

    /// <summary>
    /// A new 自评表 of <paramref name="declared"/> (the approved version evaluated): each 项目资金 row from the declaration field
    /// the grid names (<see cref="MoneyGridRow.StartsFrom"/>) — its 年初预算数 from the version as first approved
    /// (<paramref name="firstApproved"/>, the budget at the start of the year), and, when the targets were adjusted since, its
    /// 全年预算数 from the adjusted <paramref name="declared"/>; the approved 年度总体目标 as 预期目标, one row per indicator with
    /// its 分值 (a blank one proposed from <paramref name="profile"/>'s pools).
    /// </summary>
    /// <param name="firstApproved">The first approved version, when it is not <paramref name="declared"/> itself (an adjustment was approved); null otherwise.</param>
    public static EvaluationContent Start(Project declared, RuleProfile profile, Project? firstApproved = null)
    {
        ArgumentNullException.ThrowIfNull(declared);
        decimal? Declared(Project p, MoneyGridRow r) => r.StartsFrom is { } key ? FormDefinitions.DeclaredValue(p, key)?.Money : null;
        return new EvaluationContent
        {
            Funds = SelfEvaluationForms.Funds.Rows.ToDictionary(r => r.Key, r => FundTexts.Of(firstApproved is null
                ? new FundRow(Declared(declared, r), null, null)
                : new FundRow(Declared(firstApproved, r), Declared(declared, r), null), null)!),
            ExpectedGoal = SelfEvaluationForms.ExpectedGoalAtStart(declared),
            // 分值 proposed from the profile's pools (issue 15); the unit may change them.
            Rows = declared.Indicators.Zip(WeightPrefill.Of(declared.Indicators, profile)).Where(x => x.First.Key is not null)
                .ToDictionary(x => x.First.Key!.Value, x => new EvaluationRow { Weight = EvaluationText.Keep(null, x.Second, V.Weight) }),
        };
    }

    /// <summary>
    /// The stored form of an evaluated project (an import): texts as printed where they read as the values; the fields its
    /// form (<see cref="FormDefinitions.For(Project)"/>) keeps by key, as read.
    /// </summary>
    public static EvaluationContent FromDomain(Project evaluated, IReadOnlyList<Guid> keys) =>
        FromDomain(evaluated, keys, FormDefinitions.For(evaluated) is { Form: FormKind.SelfEvaluation } form ? form : SelfEvaluationForms.District2023);

    /// <summary>
    /// <inheritdoc cref="FromDomain(Project, IReadOnlyList{Guid})"/> Read on <paramref name="form"/>: each of its fields kept by key
    /// (<see cref="SelfEvaluationForms.KeyedFields"/>) that the imported form printed.
    /// </summary>
    public static EvaluationContent FromDomain(Project evaluated, IReadOnlyList<Guid> keys, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(form);
        var e = evaluated.Evaluation ?? throw new ArgumentException("项目没有自评数据。", nameof(evaluated));
        var t = e.Texts;
        return new EvaluationContent
        {
            Funds = SelfEvaluationForms.Funds.Rows
                .Select(row => (row.Key, Texts: FundTexts.Of(row.IsTotal ? row.Read(e) ?? new(null, null, null) : row.Read(e), row.Key, t)))
                .Where(x => x.Texts is not null).ToDictionary(x => x.Key, x => x.Texts!),
            ExecutionWeight = Kept(t, EvaluationTextKeys.ExecutionWeight, e.ExecutionWeight, V.Weight),
            PrintedExecutionRate = Kept(t, EvaluationTextKeys.PrintedExecutionRate, e.PrintedExecutionRate, V.Percent),
            PrintedExecutionScore = Kept(t, EvaluationTextKeys.PrintedExecutionScore, e.PrintedExecutionScore, V.Score),
            PrintedWeightTotal = Kept(t, EvaluationTextKeys.PrintedWeightTotal, e.PrintedWeightTotal, V.Weight),
            PrintedTotal = Kept(t, EvaluationTextKeys.PrintedTotal, e.PrintedTotal, V.Score),
            ExpectedGoal = e.ExpectedGoal,
            ActualOutcome = e.ActualOutcome,
            Fields = SelfEvaluationForms.KeyedFields(form).Where(k => !string.IsNullOrWhiteSpace(evaluated.Fields.GetValueOrDefault(k)))
                .ToDictionary(k => k, k => evaluated.Fields[k], StringComparer.Ordinal),
            Rows = evaluated.Indicators.Select((i, n) => (Key: keys[n], Row: new EvaluationRow
            {
                ActualText = i.Actual?.OriginalText,
                Weight = Kept(t, EvaluationTextKeys.Row(i.Ordinal, "weight"), i.Weight, V.Weight),
                Score = Kept(t, EvaluationTextKeys.Row(i.Ordinal, "score"), i.Score, V.Score),
                Tier = i.Tier,
                DeviationReason = i.DeviationReason,
            })).ToDictionary(x => x.Key, x => x.Row),
        };
    }

    /// <summary>The declared project with this evaluation laid over it: what the scorer takes.</summary>
    public Project Apply(Project declared, Func<string?, TargetValue> parseActual)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(parseActual);
        return declared with
        {
            Form = FormKind.SelfEvaluation,
            Evaluation = ToEvaluation(SelfEvaluationForms.ExpectedGoalAtStart(declared)),
            // The evaluation's own by-key fields beside (and over) the declaration's, where the definition's bindings read them.
            Fields = Fields.Count == 0 ? declared.Fields
                : new Dictionary<string, string>(declared.Fields.Concat(Fields).GroupBy(kv => kv.Key).Select(g => g.Last()), StringComparer.Ordinal),
            Indicators = declared.Indicators.Select(i => Rows.TryGetValue(i.Key ?? Guid.Empty, out var r)
                ? i with { Actual = parseActual(r.ActualText), Weight = r.ReadWeight(), Score = r.ReadScore(), Tier = r.Tier, DeviationReason = r.DeviationReason }
                : i).ToList(),
        };
    }

    private Dictionary<string, string> Texts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SelfEvaluationForms.Funds.Rows)
            if (Row(row.Key) is { } r)
            {
                Add(texts, EvaluationTextKeys.Fund(row.Key, "initialBudget"), r.InitialBudget);
                Add(texts, EvaluationTextKeys.Fund(row.Key, "adjustedBudget"), r.AdjustedBudget);
                Add(texts, EvaluationTextKeys.Fund(row.Key, "expenditure"), r.Expenditure);
            }
        Add(texts, EvaluationTextKeys.ExecutionWeight, ExecutionWeight);
        Add(texts, EvaluationTextKeys.PrintedExecutionRate, PrintedExecutionRate);
        Add(texts, EvaluationTextKeys.PrintedExecutionScore, PrintedExecutionScore);
        Add(texts, EvaluationTextKeys.PrintedWeightTotal, PrintedWeightTotal);
        Add(texts, EvaluationTextKeys.PrintedTotal, PrintedTotal);
        return texts;
    }

    private static void Add(Dictionary<string, string> texts, string key, string? text)
    {
        if (text is not null) texts[key] = text;
    }

    internal static string? Kept(IReadOnlyDictionary<string, string> texts, string key, decimal? value, MoneyGridValue kind) =>
        EvaluationText.Keep(texts.GetValueOrDefault(key), value, kind);
}

/// <summary>The keys of <see cref="SelfEvaluation.Texts"/>: the stored content's JSON names.</summary>
public static class EvaluationTextKeys
{
    public const string ExecutionWeight = "executionWeight";
    public const string PrintedExecutionRate = "printedExecutionRate";
    public const string PrintedExecutionScore = "printedExecutionScore";
    public const string PrintedWeightTotal = "printedWeightTotal";
    public const string PrintedTotal = "printedTotal";

    /// <summary>A 项目资金 cell (`total.initialBudget`).</summary>
    public static string Fund(string row, string column) => $"{row}.{column}";

    /// <summary>An indicator row's 分值 / 得分 (`rows[3].weight`, by its 1-based ordinal).</summary>
    public static string Row(int ordinal, string column) => $"rows[{ordinal}].{column}";
}

/// <summary>One 项目资金 row's 年初预算数 · 全年预算数 · 全年执行数 as original texts (元).</summary>
public sealed record FundTexts(string? InitialBudget, string? AdjustedBudget, string? Expenditure)
{
    public FundRow ToFundRow() => new(EvaluationText.Money(InitialBudget), EvaluationText.Money(AdjustedBudget), EvaluationText.Money(Expenditure));

    /// <summary>The texts of <paramref name="values"/>: those of <paramref name="kept"/> where they read as the values.</summary>
    public static FundTexts? Of(FundRow? values, FundTexts? kept) => values is null ? null : new(
        EvaluationText.Keep(kept?.InitialBudget, values.InitialBudget, V.Money),
        EvaluationText.Keep(kept?.AdjustedBudget, values.AdjustedBudget, V.Money),
        EvaluationText.Keep(kept?.Expenditure, values.Expenditure, V.Money));

    internal static FundTexts? Of(FundRow? values, string row, IReadOnlyDictionary<string, string> texts) =>
        Of(values, new FundTexts(
            texts.GetValueOrDefault(EvaluationTextKeys.Fund(row, "initialBudget")),
            texts.GetValueOrDefault(EvaluationTextKeys.Fund(row, "adjustedBudget")),
            texts.GetValueOrDefault(EvaluationTextKeys.Fund(row, "expenditure"))));
}

/// <summary>One indicator row of a 自评表 as stored: texts as typed or printed, the tier and the reason.</summary>
public sealed record EvaluationRow
{
    public string? ActualText { get; init; }

    /// <summary>分值 as typed or printed.</summary>
    public string? Weight { get; init; }

    /// <summary>得分 as typed or printed (entered only where the rule allows, SC-10/SC-20/SC-43).</summary>
    public string? Score { get; init; }
    public Tier? Tier { get; init; }
    public string? DeviationReason { get; init; }

    public decimal? ReadWeight() => EvaluationText.Number(Weight);

    public decimal? ReadScore() => EvaluationText.Number(Score);
}
