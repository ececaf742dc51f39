using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;

namespace Jixiao.Bench.Data;

public sealed record GeneratedUnit(int Index, string Name, string ShortName, int Department);

/// <summary>
/// One generated project: its declared model (indicator keys fixed by the seed number), the state of its declaration and
/// its position in the district (<see cref="Index"/>), from which the activity on it is drawn (<see cref="DistrictActivity"/>).
/// </summary>
public sealed record GeneratedProject(int Unit, Project Model, FormState State, int Index = 0);

/// <summary>A generated district: 主管部门, their units and every unit's projects (declared targets, actuals, weights).</summary>
public sealed record District(IReadOnlyList<string> Departments, IReadOnlyList<GeneratedUnit> Units, IReadOnlyList<GeneratedProject> Projects, int Year = 2024)
{
    /// <summary>The seed 预算公开 package each unit's disclosures are renamed from (null: the seeds hold none).</summary>
    public Jixiao.Domain.Disclosure.BudgetDisclosure? Disclosure { get; init; }

    public int IndicatorCount => Projects.Sum(p => p.Model.Indicators.Count);
}

/// <summary>The sizes of <c>gen --scale</c> (bench/README.md): units and projects (two budget years, ADR-053).</summary>
public sealed record DistrictScale(string Name, int Units, int Projects)
{
    public static DistrictScale District { get; } = new("district", 500, 10_000);
    public static DistrictScale City { get; } = new("city", 4_000, 160_000);
    public static DistrictScale Province { get; } = new("province", 5_000, 200_000);

    public static DistrictScale? Parse(string? name) => name switch
    {
        null or "district" => District,
        "city" => City,
        "province" => Province,
        _ => null,
    };
}

/// <summary>
/// Deterministic generator (same seed number → same data) of districts and province-size batches, using the seed
/// forms as templates: a generated project copies a seed project's header and narrative and draws its 三级
/// indicators from the seed indicator rows, with amounts varied and actuals that are met, over- or under-achieved.
/// </summary>
public sealed class DistrictGenerator(SeedTemplates seeds, int seed)
{
    private static readonly string[] DepartmentNames =
    [
        "区教育局", "区卫生健康委员会", "区科学技术委员会", "区民政局", "区文化和旅游局", "区农业农村委员会", "区生态环境局",
        "区住房和城乡建设管理委员会", "区交通委员会", "区城市管理行政执法局", "区人力资源和社会保障局", "区水务局",
        "区绿化和市容管理局", "区体育局", "区退役军人事务局", "区司法局", "区市场监督管理局", "区应急管理局", "区规划和自然资源局",
        "区商务委员会", "区经济委员会", "区国有资产监督管理委员会", "区政府办公室", "区医疗保障局", "区档案局",
    ];

    private static readonly string[] UnitKinds = ["服务中心", "管理所", "事务中心", "指导中心", "保障中心", "研究所", "学校", "医院", "站", "队"];
    private static readonly string[] Prefixes = ["", "区级", "专项", "重点", "年度", "第二批", "延续", "新增", "综合", "配套"];

    private readonly IReadOnlyList<Project> headers =
        seeds.Projects.Where(p => p.Form == FormKind.DistrictDeclaration).DefaultIfEmpty(seeds.Projects[0]).ToList()!;

    // Parsed values are shared between rows with the same text, as a province batch repeats texts.
    private readonly Dictionary<string, TargetValue> parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TargetValue> parsedActuals = new(StringComparer.Ordinal);
    private readonly Dictionary<Project, IReadOnlyList<IndicatorTemplate>> trees = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A district of <paramref name="units"/> units under 25 departments with <paramref name="projects"/> projects of mean
    /// 25 indicators: one in five is last year's (approved; ADR-053), the rest this year's in their states.
    /// </summary>
    public District District(int units = 500, int projects = 10_000, int year = 2024) =>
        Shape(units, year) with { Projects = Stream(units, projects, year).ToList() };

    /// <summary>The departments and units of <see cref="District"/> without its projects (a bulk load streams them).</summary>
    public District Shape(int units, int year = 2024)
    {
        var departments = DepartmentNames.ToList();
        var unitList = Enumerable.Range(0, units).Select(i =>
        {
            var dept = i % departments.Count;
            var shortName = $"{departments[dept].TrimStart('区')[..2]}{UnitKinds[i / departments.Count % UnitKinds.Length]}{i + 1:000}";
            return new GeneratedUnit(i, $"上海市松江区{shortName}", shortName, dept);
        }).ToList();
        return new District(departments, unitList, [], year) { Disclosure = seeds.Imported.Select(d => d.Disclosure).FirstOrDefault(d => d is not null) };
    }

    /// <summary>Whether project <paramref name="i"/> of a district is last year's: blocks of ten (ten units), one block in five.</summary>
    public static bool IsLastYear(int i) => i / 10 % 5 == 4;

    /// <summary>The projects of <see cref="District"/>, one at a time (the same ones, in the same order).</summary>
    public IEnumerable<GeneratedProject> Stream(int units, int projects, int year = 2024)
    {
        var shape = Shape(units, year);
        var rng = new Random(seed);
        var names = new HashSet<(int, int, string)>();
        for (var i = 0; i < projects; i++)
        {
            var unit = shape.Units[i % units];
            var lastYear = IsLastYear(i);
            var y = lastYear ? year - 1 : year;
            var model = Project(rng, i, unit.Name, shape.Departments[unit.Department], y, IndicatorCount(i), withEvaluation: false);
            var name = model.Name;
            for (var n = 2; !names.Add((unit.Index, y, name)); n++) name = $"{model.Name}（{n}）";
            var state = lastYear ? FormState.Approved
                : (i % 10) switch { < 7 => FormState.Draft, 7 => FormState.Returned, 8 => FormState.Submitted, _ => FormState.Approved };
            // Keys fixed by the seed number, so two loads of the same seed hold the same rows (the content writer would draw new ones).
            var keyed = model.Indicators.Select(ind => ind with { Key = DistrictActivity.NextGuid(rng) }).ToList();
            yield return new GeneratedProject(unit.Index, model with { Name = name, Indicators = keyed }, state, i);
        }
    }

    /// <summary>Self-evaluated projects totalling exactly <paramref name="rows"/> indicator rows (province-size scoring batch).</summary>
    public IReadOnlyList<Project> EvaluatedBatch(int rows, int year = 2023)
    {
        var rng = new Random(seed + 1);
        var result = new List<Project>(rows / 25 + 1);
        for (var i = 0; rows > 0; i++)
        {
            var count = Math.Min(IndicatorCount(i), rows);
            result.Add(Project(rng, i, $"单位{i % 20_000:00000}", DepartmentNames[i % DepartmentNames.Length], year, count, withEvaluation: true));
            rows -= count;
        }
        return result;
    }

    /// <summary>Mean 25, between 15 and 35; pairs sum to 50 so a district of N projects holds 25 N rows.</summary>
    private static int IndicatorCount(int i) => 25 + (i % 2 == 0 ? 1 : -1) * (i / 2 % 11);

    private Project Project(Random rng, int index, string unit, string department, int year, int indicatorCount, bool withEvaluation)
    {
        var header = headers[rng.Next(headers.Count)];
        var factor = 0.3m + rng.Next(0, 271) / 100m;
        var funds = Scale(header.Funds, factor);
        var indicators = new List<Indicator>(indicatorCount);
        var own = header.Indicators;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < indicatorCount; n++)
        {
            // The header project's own rows first (a real form's tree), then rows of other seed forms.
            var pool = SameTree(header);
            var t = n < own.Count
                ? new IndicatorTemplate(own[n].Level1, own[n].Level2, own[n].Name, own[n].Target.OriginalText, null)
                : pool[rng.Next(pool.Count)];
            var f = 0.5m + rng.Next(0, 151) / 100m;
            var shift = rng.Next(-8, 6);
            var target = Parse(TextVariation.Vary(t.TargetText, f, shift));
            indicators.Add(new Indicator
            {
                Level1 = t.Level1,
                Level2 = t.Level2,
                Name = used.Add(t.Name) ? t.Name : $"{t.Name}（{n + 1}）", // a name twice would be DUP-01
                Target = target,
                Actual = withEvaluation ? ParseActual(t.ActualText is { } a ? TextVariation.Vary(a, f, shift) : TextVariation.Actual(target, rng)) : null,
                Ordinal = n + 1,
            });
        }

        var prefix = Prefixes[index / 7 % Prefixes.Length];
        var project = header with
        {
            Name = prefix + header.Name,
            Form = FormKind.DistrictDeclaration,
            Year = year,
            ImplementingUnit = unit,
            SupervisingDepartment = "上海市松江" + department,
            PlannedStart = new DateOnly(year, 1, 1),
            PlannedEnd = new DateOnly(year, 12, 31),
            Funds = funds,
            Indicators = withEvaluation ? Weighted(indicators) : indicators,
            Evaluation = null,
            SourceLine = null,
        };
        if (!withEvaluation) return project;

        var budget = funds.AnnualRequestTotal ?? funds.ProjectFundsTotal ?? 1_000_000m;
        var rate = 0.55m + rng.Next(0, 51) / 100m;
        var spent = Math.Round(budget * rate, 2, MidpointRounding.AwayFromZero);
        return project with
        {
            Form = FormKind.SelfEvaluation,
            Evaluation = new SelfEvaluation { Total = new FundRow(budget, budget, spent), ExecutionWeight = 10m },
        };
    }

    /// <summary>分值 per SC-01: each level-1 pool (产出+成本 50, 效益 30, 满意度 10) spread evenly over its rows, 2 dp, rest on the last.</summary>
    private static List<Indicator> Weighted(List<Indicator> rows)
    {
        var pools = rows.GroupBy(r => r.Level1.StartsWith("产出", StringComparison.Ordinal) || r.Level1.StartsWith("成本", StringComparison.Ordinal) ? 50m
            : r.Level1.StartsWith("效益", StringComparison.Ordinal) ? 30m : 10m);
        var weights = new Dictionary<Indicator, decimal>(ReferenceEqualityComparer.Instance);
        foreach (var pool in pools)
        {
            var members = pool.ToList();
            var each = Math.Round(pool.Key / members.Count, 2, MidpointRounding.AwayFromZero);
            for (var i = 0; i < members.Count; i++)
                weights[members[i]] = i == members.Count - 1 ? pool.Key - each * (members.Count - 1) : each;
        }
        return rows.Select(r => r with { Weight = Math.Max(weights[r], 0.01m) }).ToList();
    }

    /// <summary>Seed rows whose categories the header's own template tree has, so added rows stay where they belong (CAT-01).</summary>
    private IReadOnlyList<IndicatorTemplate> SameTree(Project header)
    {
        if (trees.TryGetValue(header, out var pool)) return pool;
        var tree = header.Indicators.Select(i => (i.Level1, i.Level2)).ToHashSet();
        var matching = seeds.Indicators.Where(i => tree.Contains((i.Level1, i.Level2))).ToList();
        return trees[header] = matching.Count > 0 ? matching : seeds.Indicators;
    }

    private TargetValue Parse(string text)
    {
        if (!parsed.TryGetValue(text, out var value)) parsed[text] = value = TargetParser.Parse(text);
        return value;
    }

    private TargetValue ParseActual(string text)
    {
        if (!parsedActuals.TryGetValue(text, out var value)) parsedActuals[text] = value = TargetParser.ParseActual(text);
        return value;
    }

    private static ProjectFunds Scale(ProjectFunds f, decimal factor)
    {
        static decimal? S(decimal? v, decimal k) => v is { } x ? Math.Round(x * k, 2, MidpointRounding.AwayFromZero) : null;
        return new ProjectFunds
        {
            ProjectFundsTotal = S(f.ProjectFundsTotal, factor),
            FiscalFunds = S(f.FiscalFunds, factor),
            OtherFunds = S(f.OtherFunds, factor),
            AnnualRequestTotal = S(f.AnnualRequestTotal, factor),
            CurrentYearAppropriation = S(f.CurrentYearAppropriation, factor),
            PriorYearCarryover = S(f.PriorYearCarryover, factor),
            AnnualOtherFunds = S(f.AnnualOtherFunds, factor),
        };
    }
}
