using Jixiao.Documents.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Tests.Forms;

public sealed class SeedDeclarationTests
{
    public static TheoryData<string, FormDocumentKind, FormKind, string, int, string, int> Documents => new()
    {
        // file, document kind, form kind, template, year, unit, project count — from forms.md / README seed list
        { Seeds.District2024A, FormDocumentKind.Declaration, FormKind.DistrictDeclaration, TemplateCatalog.District2024, 2024, "上海市松江区科技创新服务中心", 11 },
        { Seeds.District2024B, FormDocumentKind.Declaration, FormKind.DistrictDeclaration, TemplateCatalog.District2024, 2024, "上海市松江区大数据中心", 4 },
        { Seeds.Municipal2020, FormDocumentKind.Declaration, FormKind.MunicipalDeclaration, TemplateCatalog.Municipal2020, 2020, "上海市机关事务管理局信息中心", 4 },
        { Seeds.Disclosure2021, FormDocumentKind.Declaration, FormKind.DistrictFilingForm, TemplateCatalog.District2021, 2021, "上海市松江区科技创新服务中心（上海市松江区大数据中心）", 3 },
        { Seeds.SelfEvaluation2023, FormDocumentKind.SelfEvaluation, FormKind.SelfEvaluation, TemplateCatalog.District2023, 2023, "上海市松江区科技创新服务中心", 4 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_Seed_FindsEveryFormWithItsTemplate(string file, FormDocumentKind kind, FormKind form, string template, int year, string unit, int count)
    {
        var (result, _) = Seeds.Import(file);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(unit, result.UnitName);
        Assert.Equal(year, result.Year);
        Assert.Equal(count, result.Projects.Count);
        Assert.All(result.Projects, p =>
        {
            Assert.Equal(form, p.Form);
            Assert.Equal(template, p.TemplateId);
            Assert.Equal(year, p.Year);
        });
    }

    public static TheoryData<string, int?, int, string> StatedSummaries => new()
    {
        // file, K 预算单位, N 项目, X 万元 as printed in the seed's sentence (forms.md §1, three variants)
        { Seeds.District2024A, null, 11, "1194.62" },
        { Seeds.District2024B, 1, 4, "1808.10" },
        { Seeds.Disclosure2021, null, 3, "1059.08" },
    };

    [Theory]
    [MemberData(nameof(StatedSummaries))]
    public void Parse_Seed_ReadsStatedSummary(string file, int? units, int projects, string wanYuan)
    {
        var (result, _) = Seeds.Import(file);

        Assert.NotNull(result.Stated);
        Assert.Equal(units, result.Stated.SubUnitCount);
        Assert.Equal(projects, result.Stated.ProjectCount);
        Assert.Equal(decimal.Parse(wanYuan, System.Globalization.CultureInfo.InvariantCulture), result.Stated.TotalWanYuan);
    }

    [Fact]
    public void Parse_Seed000_ProjectFundsSumToStatedTotal()
    {
        var (result, _) = Seeds.Import(Seeds.District2024A);

        var total = result.Projects.Sum(p => p.Value("projectFundsTotal")?.Money ?? 0m);
        Assert.Equal(11_946_156.00m, total);
        Assert.Equal(1194.62m, Math.Round(total / 10_000m, 2, MidpointRounding.AwayFromZero));
        // First form as printed: 1,443,356.00 in every money cell except 其他资金 (blank / 0.00).
        var first = result.Projects[0];
        Assert.Equal("1,443,356.00", first.Text("projectFundsTotal"));
        Assert.Equal(1_443_356.00m, first.Value("fiscalFunds")?.Money);
        Assert.Null(first.Value("otherFunds"));
        Assert.Equal(1_443_356.00m, first.Value("annualRequestTotal")?.Money);
        Assert.Equal(1_443_356.00m, first.Value("currentYearAppropriation")?.Money);
        Assert.Equal(0.00m, first.Value("priorYearCarryover")?.Money);
        Assert.Equal(0.00m, first.Value("annualOtherFunds")?.Money);
    }

    [Fact]
    public void Parse_Seed001_ProjectFundsSumToStatedTotal()
    {
        var (result, _) = Seeds.Import(Seeds.District2024B);

        Assert.Equal(18_081_000.00m, result.Projects.Sum(p => p.Value("projectFundsTotal")?.Money ?? 0m));
        Assert.All(result.Projects, p => Assert.Equal(0.00m, p.Value("otherFunds")?.Money));
    }

    [Fact]
    public void Parse_Seed003_ReadsFilingFormsInCellPerLineLayout()
    {
        var (result, _) = Seeds.Import(Seeds.Disclosure2021);

        Assert.Equal([213_500m, 1_450_000m, 8_927_300m], result.Projects.Select(p => p.Value("projectFundsTotal")!.Value.Money!.Value));
        Assert.Equal(["1450000.00", "8927300.00"], result.Projects.Skip(1).Select(p => p.Text("projectFundsTotal")));
        Assert.Equal(1059.08m, Math.Round(result.Projects.Sum(p => p.Value("projectFundsTotal")!.Value.Money!.Value) / 10_000m, 2, MidpointRounding.AwayFromZero));
        Assert.Equal([1, 2, 3], result.Projects.Select(p => p.FormNumber ?? 0));
        Assert.All(result.Projects, p =>
        {
            Assert.Equal("经常性项目", p.Text("category"));
            Assert.Equal((2021, 2021), p.OverallGoalYears);
            Assert.NotNull(p.Text("overallGoal"));
            Assert.NotNull(p.Text("annualGoal"));
            Assert.Null(p.Text("implementingUnit")); // printed as U+3000 only
        });
        Assert.Null(result.Projects[2].Text("supervisingDepartment"));
        Assert.Equal(new DateOnly(2022, 12, 31), result.Projects[2].Value("plannedEnd")?.Date);
        Assert.StartsWith("1、项目推进及社保卡宣传活动", result.Projects[0].Text("overallGoal"));
        Assert.Contains("3、设备更新、维护费（外专服务）", result.Projects[0].Text("annualGoal"));
    }

    [Fact]
    public void Parse_Seed002_ReadsMunicipalDetailsSubProjectsAndPriorYear()
    {
        var (result, _) = Seeds.Import(Seeds.Municipal2020);

        var first = result.Projects[0];
        Assert.Equal("浦东300号集中办公点信息系统(运维)", first.Name);
        Assert.Equal("经常性专项业务费", first.Text("category"));
        Assert.Equal("程聿麒", first.Text("contactName"));
        Assert.Equal("23117397", first.Text("contactPhone"));
        Assert.Equal("否", first.Text("govPurchasedServices"));
        Assert.Equal("信息化建设工程类", first.Text("performanceType"));
        Assert.Equal("上海市机关事务管理局信息中心", first.Text("declaringUnit"));
        Assert.Equal(4_768_009.00m, first.Value("projectFundsTotal")?.Money);
        Assert.Equal(4_768_009.00m, first.Value("annualRequestTotal")?.Money);
        Assert.Equal(4_768_009.00m, first.Value("priorYearBudget")?.Money);
        Assert.Equal(4_736_000.00m, first.Value("priorYearExpenditure")?.Money);
        Assert.Equal(5, first.SubProjects.Count);
        Assert.Equal(4_768_009.00m, first.SubProjects.Sum(s => s.Amount.Value));
        Assert.StartsWith("保证整个浦东300号", first.Text("overallGoal"));
        Assert.Equal(
            [NarrativeSection.Overview, NarrativeSection.Basis, NarrativeSection.Necessity, NarrativeSection.Safeguards, NarrativeSection.ImplementationPlan],
            first.Narrative.Keys.Order());
        Assert.DoesNotContain("<p>", first.Narrative[NarrativeSection.Basis], StringComparison.Ordinal);

        // Second form: a one-off project, prior-year cells printed blank.
        var second = result.Projects[1];
        Assert.Equal("其他一次性项目", second.Text("category"));
        Assert.Null(second.Value("priorYearBudget")?.Money);
        Assert.Null(second.Value("priorYearExpenditure")?.Money);
        Assert.Equal([("市政大厦信息系统2020升级改造", 1_705_440.00m)], second.SubProjects.Select(s => (s.Name, s.Amount.Value!.Value)));

        Assert.Equal([5_642_961.00m, 696_268.00m], result.Projects.Skip(2).Select(p => p.SubProjects.Sum(s => s.Amount.Value!.Value)));
    }

    [Theory]
    [InlineData(Seeds.District2024A)]
    [InlineData(Seeds.District2024B)]
    [InlineData(Seeds.Municipal2020)]
    [InlineData(Seeds.Disclosure2021)]
    [InlineData(Seeds.SelfEvaluation2023)]
    public void Parse_Seed_EveryProjectHasNameDatesAndResolvedCategories(string file)
    {
        var (result, _) = Seeds.Import(file);

        foreach (var p in result.Projects)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Name));
            if (p.Form != FormKind.SelfEvaluation)
            {
                Assert.NotNull(p.Value("plannedStart")?.Date);
                Assert.NotNull(p.Value("plannedEnd")?.Date);
                Assert.NotNull(p.Text("category"));
            }
            var template = TemplateCatalog.Get(p.TemplateId);
            Assert.All(p.Indicators, i =>
            {
                Assert.True(i.CategoriesResolved, $"{p.Name}: {i.Name} (line {i.SourceLine})");
                var l1 = template.FindLevel1(i.Level1);
                Assert.NotNull(l1);
                Assert.Equal(l1, template.FindLevel2(i.Level2)?.Parent);
            });
        }
    }

    public static TheoryData<string, int, string?, string?> HeaderUnits => new()
    {
        // file, form index, 主管部门, 实施单位 as printed (null = printed blank)
        { Seeds.District2024A, 0, "上海市松江区科学技术委员会", "上海市松江区科技创新服务中心" },
        { Seeds.District2024A, 8, "上海市松江区科学技术委员会", "上海市松江区科技创新服务中心" }, // `…科学技术` + `委员会` across a page break
        { Seeds.District2024A, 9, "上海市松江区科学技术委员会", "上海市松江区科技创新服务中心" }, // every cell split, labels too
        { Seeds.District2024B, 3, "上海市松江区人民政府办公室", "上海市松江区大数据中心" },
        { Seeds.Disclosure2021, 0, "上海市松江区科技创新服务中心（上海市松江区大数据中心）", null },
        { Seeds.Disclosure2021, 2, null, null },
        { Seeds.SelfEvaluation2023, 0, "上海市松江区科学技术委员会", "上海市松江区科技创新服务中心" },
        { Seeds.SelfEvaluation2023, 3, null, "上海市松江区科技创新服务中心" },
    };

    [Theory]
    [MemberData(nameof(HeaderUnits))]
    public void Parse_Seed_ReadsSupervisingDepartmentAndImplementingUnit(string file, int index, string? supervising, string? implementing)
    {
        var (result, _) = Seeds.Import(file);

        Assert.Equal(supervising, result.Projects[index].Text("supervisingDepartment"));
        Assert.Equal(implementing, result.Projects[index].Text("implementingUnit"));
    }

    public static TheoryData<int, string, string, string> SplitHeaders => new()
    {
        // seed 000 form index, 项目名称, 项目性质, 项目类别 — values and labels cut by page breaks / drifted columns
        { 2, "科技金融宣传活动费", "其他经常性项目", "特定目标类" },
        { 4, "区政务 IT 运维外包服务项目", "其他经常性项目", "其他运转类" },
        { 5, "设备更新、维护费（社保卡）", "其他经常性项目", "特定目标类" },
        { 10, "政务信息安全服务项目", "其他经常性项目", "其他运转类" },
    };

    [Theory]
    [MemberData(nameof(SplitHeaders))]
    public void Parse_Seed000_JoinsHeaderCellsCutByPageBreaks(int index, string name, string nature, string category)
    {
        var (result, _) = Seeds.Import(Seeds.District2024A);

        var p = result.Projects[index];
        Assert.Equal(name, p.Name);
        Assert.Equal(nature, p.Text("nature"));
        Assert.Equal(category, p.Text("category"));
        Assert.Equal(p.Value("projectFundsTotal")?.Money, p.Value("currentYearAppropriation")?.Money);
    }

    [Fact]
    public void Parse_Seed000_AttachesNarrativesToTheFormThatFollows()
    {
        var (result, _) = Seeds.Import(Seeds.District2024A);

        Assert.All(result.Projects, p => Assert.Equal(7, p.Narrative.Count));
        Assert.Equal("项目经费情况说明 8 松江区***工程运维项目 (2024-2025) 运维项目", result.Projects[7].NarrativeTitle);
        Assert.Equal("2024年8月-2025年7月", result.Projects[3].Narrative[NarrativeSection.Period]);
        Assert.Equal("见财政项目支出绩效目标申报表。", result.Projects[0].Narrative[NarrativeSection.TargetsRef]);
        Assert.Contains("22.5 万元", result.Projects[2].Narrative[NarrativeSection.AnnualBudgetPlan], StringComparison.Ordinal);
        Assert.Contains("沪松府〔2013〕140 号", result.Projects[0].Narrative[NarrativeSection.Basis], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed000_KeepsGoalTextCutByAPageBreak()
    {
        var (result, _) = Seeds.Import(Seeds.District2024A);

        Assert.Null(result.Projects[2].Text("overallGoal"));
        Assert.Equal("本项目于2024年完成,共举办1场大型宣传活动、4场科技政策培训、项目路演、投融资等科技金融沙龙，符合松江区行政事业单位公务活动经费支出的标准。", result.Projects[2].Text("annualGoal"));
        Assert.StartsWith("根据松江政务云实际应用情况", result.Projects[9].Text("annualGoal"));
    }

    [Fact]
    public void Parse_Seed000_KeepsRowsWhoseCategorySitsInTheNameColumn()
    {
        var (result, warnings) = Seeds.Import(Seeds.District2024A);

        // Form 5: `效益指标 | 社会效益指标 | 支撑为民服务平台稳定运行` — labels one column right, value missing.
        var row = result.Projects[4].Indicators.Single(i => i.SourceLine == 412);
        Assert.Equal("支撑为民服务平台稳定运行", row.Name);
        Assert.Null(row.TargetText);
        Assert.Equal(("效益指标", "社会效益指标"), (row.Level1, row.Level2));
        Assert.Contains(warnings, w => w.Line == 412);
        // Form 11: `产出指标 | 数量指标` in the name/value columns heads the rows below it.
        Assert.Equal(("产出指标", "数量指标"), result.Projects[10].Indicators.Single(i => i.Name == "渗透性测试") is var x ? (x.Level1, x.Level2) : default);
    }

    public static TheoryData<string, int[]> Warnings => new()
    {
        // file, lines warned about: only the rows printed without a value (checked in the seed text by hand)
        { Seeds.District2024A, [412, 734] },
        { Seeds.District2024B, [] },
        { Seeds.Municipal2020, [167, 228] },
        { Seeds.Disclosure2021, [] },
        { Seeds.SelfEvaluation2023, [] },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Parse_Seed_WarnsOnlyAboutWhatItCouldNotPlace(string file, int[] lines)
    {
        var (_, warnings) = Seeds.Import(file);

        Assert.Equal(lines, warnings.Select(w => w.Line));
        Assert.All(warnings, w => Assert.Contains("缺少指标值", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ToDomain_Seed000_MapsRawTextsIntoProjects()
    {
        var (result, _) = Seeds.Import(Seeds.District2024A);

        var package = result.ToDomain(Verbatim, Verbatim);

        Assert.Equal(11, package.Projects.Count);
        Assert.Equal(11_946_156.00m, UnitSummary.Compute(package.Projects).TotalYuan);
        Assert.Equal(package.Stated, result.Stated);
        var first = package.Projects[0];
        Assert.Equal(FormKind.DistrictDeclaration, first.Form);
        Assert.Equal(new DateOnly(2024, 1, 1), first.PlannedStart);
        Assert.Equal("≥90.00(%)", first.Indicators[^1].Target.OriginalText);
        Assert.Null(first.Indicators[0].Actual);
        Assert.Equal(Enumerable.Range(1, first.Indicators.Count), first.Indicators.Select(i => i.Ordinal));
    }

    internal static TargetValue Verbatim(string? s) => new() { Kind = TargetKind.Qualitative, OriginalText = s ?? "", Canonical = s ?? "" };
}
