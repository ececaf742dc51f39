using Jixiao.Documents.Forms;

namespace Jixiao.Documents.Tests.Forms;

public sealed class SeedSelfEvaluationTests
{
    public static TheoryData<int, string, string, string, string> Totals => new()
    {
        // form index, project name, printed 总分 (Σ分值, Σ得分), 年度资金总额 全年执行数 as printed
        { 0, "项目服务管理", "100", "94", "152,919.8" },
        { 1, "市民服务", "100", "100", "113,780" },
        { 2, "网络信息系统运行与维护", "100", "100", "9,447,400" },
        { 3, "网络信息系统开发、升级、建设", "100", "100", "12761296.38" },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void Parse_Seed004_ReadsPrintedTotalsAndFunds(int index, string name, string weightTotal, string total, string expenditure)
    {
        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        var p = result.Projects[index];
        Assert.Equal(name, p.Name);
        var e = p.Evaluation!;
        Assert.Equal(weightTotal, e.PrintedWeightTotalText);
        Assert.Equal(total, e.PrintedTotalText);
        Assert.Equal(expenditure, e.Total?.Expenditure?.Text);
        Assert.Equal("10", e.Total?.WeightText);
        Assert.Equal("100.00%", e.Total?.RateText);
        Assert.Equal("10", e.Total?.ScoreText);
        Assert.Equal(0m, e.Funds.GetValueOrDefault("priorYearCarryover")?.InitialBudget?.Value);
        Assert.Null(e.Funds.GetValueOrDefault("priorYearCarryover")?.Expenditure); // printed blank (double space before `—`)
        Assert.NotNull(e.ExpectedGoal);
        Assert.NotNull(e.ActualOutcome);
        Assert.Equal(e.ExpectedGoal, p.Text("annualGoal"));
    }

    [Fact]
    public void Parse_Seed004_WeightsAndScoresAddUpToThePrintedTotals()
    {
        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        // 总分 = 执行率 row (分值 10 / 得分 10) + Σ indicator rows: a row lost or mis-split breaks the sums.
        Assert.All(result.Projects, p =>
        {
            var e = p.Evaluation!;
            Assert.Equal(decimal.Parse(e.PrintedWeightTotalText!), 10m + p.Indicators.Sum(i => i.Weight ?? 0m));
            Assert.Equal(decimal.Parse(e.PrintedTotalText!), 10m + p.Indicators.Sum(i => i.Score ?? 0m));
            Assert.All(p.Indicators, i =>
            {
                Assert.NotNull(i.Weight);
                Assert.NotNull(i.Score);
                Assert.NotNull(i.TargetText);
                Assert.NotNull(i.ActualText);
                Assert.NotNull(i.DeviationReason);
            });
        });
    }

    public static TheoryData<int, string, string, string, string, string, string, string> Rows => new()
    {
        // form, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因, 二级指标 — as printed, cells broken over lines joined
        { 0, "大型宣传活动举办场次", "<=1 次", "<=1 次", "1", "0", "活动延期举办", "数量指标" },
        { 0, "科技政策培训、银企对接沙龙组织场次", ">=4 次", "3 次", "6", "6", "无", "数量指标" },
        { 0, "发送成功率", "=99%", "=99%", "5", "5", "无", "质量指标" }, // five cells on one line
        { 0, "大型宣传活动参与人次", ">=101 人次/场", "0", "1", "0", "活动延期举办", "质量指标" },
        { 0, "大型宣传活动成本", "<=20 万元/场", "121980 元", "4", "4", "无", "成本指标" },
        { 0, "系统运行稳定率", "全年稳定运行率≥95%", "全年稳定运行率≥95%", "5", "5", "无", "社会效益指标" },
        { 0, "企业对科技金融产品的知晓度", "提升", "提升", "5", "5", "无", "社会效益指标" }, // 绩/效/指/标 inside the name
        { 0, "系统安全性可持续发展", "测评标准未大幅修改时，当年等保测评分≥上一期分数", "测评标准未大幅修改时，当年等保测评分≥上一期分数", "5", "3", "无", "可持续影响指标" },
        { 0, "金融机构满意度", ">=85%", "100%", "3", "2", "无", "服务对象满意度指标" },
        { 1, "宣传品发放及时性", "2023 年 10月 底", "2023 年 10月 底", "2", "2", "无", "时效指标" },
        { 1, "设备维护制度建全性", "建立建全", "健全有效", "2", "2", "无", "可持续影响指标" },
        { 1, "服务对象满意度", "满意", "满意", "2", "2", "无", "服务对象满意度指标" }, // name spelled like the level-2
        { 2, "完成软件服务月度报告数量", "=12 篇", "=12 篇", "5", "5", "无", "数量指标" },
        { 2, "设施设备应急制度健全性", "健全", "健全", "5", "5", "无", "社会效益指标" }, // tail `性` printed after the row
        { 2, "系统运行稳定率", "全年稳定运行率≥95%", "<=5 次", "5", "5", "无", "社会效益指标" },
        { 3, "支撑 14 个单位的 16 个项目", "=100%", "=100%", "10", "10", "无", "数量指标" },
        { 3, "共计发放市政务云资源vCPU3403 核等", "完成", "完成", "10", "10", "无", "数量指标" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Parse_Seed004_SplitsPdfCellsIntoColumns(int index, string name, string target, string actual, string weight, string score, string deviation, string level2)
    {
        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        var row = result.Projects[index].Indicators.Single(i => i.Name == name);
        Assert.Equal(target, row.TargetText);
        Assert.Equal(actual, row.ActualText);
        Assert.Equal(weight, row.WeightText);
        Assert.Equal(score, row.ScoreText);
        Assert.Equal(deviation, row.DeviationReason);
        Assert.Equal(level2, row.Level2);
    }

    [Fact]
    public void Parse_Seed004_SplitsExpectedGoalFromActualOutcome()
    {
        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        var first = result.Projects[0].Evaluation!;
        Assert.StartsWith("1、短信平台月租费：短信平台服务于政府各应用系统，", first.ExpectedGoal);
        Assert.EndsWith("更好地为科技型企业服务。", first.ExpectedGoal);
        Assert.StartsWith("1、短信平台月租费：实现了支撑区协同办公", first.ActualOutcome);
        // Form 2: the first column has a blank line inside it; the second column restarts the numbering.
        var second = result.Projects[1].Evaluation!;
        Assert.Contains("3、到 2023 年末,保证网点软硬件安装和升级到位", second.ExpectedGoal, StringComparison.Ordinal);
        Assert.StartsWith("1、项目推进及社保卡宣传活动：在 10 月底", second.ActualOutcome);
    }

    [Fact]
    public void ToDomain_Seed004_MapsEvaluationFigures()
    {
        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        var package = result.ToDomain(SeedDeclarationTests.Verbatim, SeedDeclarationTests.Verbatim);

        var e = package.Projects[0].Evaluation!;
        Assert.Equal(350_000.00m, e.Total.InitialBudget);
        Assert.Equal(152_919.80m, e.Total.AdjustedBudget);
        Assert.Equal(152_919.8m, e.Total.Expenditure);
        Assert.Equal(1.0000m, e.PrintedExecutionRate);
        Assert.Equal(10m, e.ExecutionWeight);
        Assert.Equal(10m, e.PrintedExecutionScore);
        Assert.Equal(100m, e.PrintedWeightTotal);
        Assert.Equal(94m, e.PrintedTotal);
        var row = package.Projects[0].Indicators.Single(i => i.Name == "金融机构满意度");
        Assert.Equal("100%", row.Actual?.OriginalText);
        Assert.Equal(3m, row.Weight);
        Assert.Equal(2m, row.Score);
        Assert.Equal(FormDocumentKind.SelfEvaluation, result.Kind);
    }
}
