namespace Jixiao.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public void LintJson_Seeds_FindTheirKnownErrors()
    {
        var run = Cli.Invoke(["lint", .. Cli.AllSeeds(), "--json"]);
        Assert.Equal(0, run.ExitCode); // files read: findings do not change the exit code without --fail-on
        var findings = run.Json.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f =>
        {
            Assert.Matches("^[A-Z]+-\\d\\d$", f.GetProperty("ruleId").GetString());
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
        });

        bool Has(string file, string rule, string? project = null, string? indicator = null) => findings.Any(f =>
            f.GetProperty("file").GetString()!.StartsWith(file, StringComparison.Ordinal)
            && f.GetProperty("ruleId").GetString() == rule
            && (project is null || f.GetProperty("project").GetString() == project)
            && (indicator is null || f.GetProperty("indicator").GetString() == indicator));

        // Errors a reviewer would find by hand in the seeds:
        Assert.True(Has("000", "OP-01", "科技金融宣传活动费", "大型宣传活动举办场次"));      // output quantity with ≤
        Assert.True(Has("000", "CMP-04", "松江区政务云运营运维项目 (2023-2024)"));          // value lost in the table
        Assert.True(Has("000", "MNY-03", "设备更新、维护费（社保卡）"));                    // 9950 + 5050 ≠ 11900
        Assert.True(Has("000", "DATE-03", "区政务机房软硬件及环境设备维保项目"));          // 2024-08…2025-07 vs form dates
        Assert.True(Has("001", "UNIT-02", "大数据与网络信息", "年人均成本"));               // ≤20.00(万)
        Assert.True(Has("002", "CMP-04"));                                                  // 出具运维报告计划完成率 without value
        Assert.True(Has("003", "DSC-12"));                                                  // 30110 misnamed
        Assert.True(Has("004", "SE-01", "项目服务管理", "大型宣传活动举办场次"));          // actual `<=1 次`
        Assert.True(Has("004", "SE-08", "项目服务管理", "政策宣传品制作数量"));            // 400 册 vs ≤200 scored full
        Assert.False(Has("000", "MNY-06"));                                                 // header 1194.62 万 is right
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("info", 1)]
    public void FailOn_ExitsOneWhenAFindingReachesTheLevel(string level, int expected) =>
        Assert.Equal(expected, Cli.Invoke("lint", Cli.Seed("000"), "--json", "--fail-on", level).ExitCode);

    [Fact]
    public void FailOn_Error_CleanOfErrors_ExitsZero()
    {
        // 001 has warnings but no error-level finding.
        var run = Cli.Invoke("lint", Cli.Seed("001"), "--json", "--fail-on", "error");
        Assert.DoesNotContain("\"severity\": \"error\"", run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void LintText_GroupsBySeverityWithCounts()
    {
        var run = Cli.Invoke("lint", Cli.Seed("000"));
        Assert.Matches("错误 \\d+　警告 \\d+　提示 \\d+", run.Out);
        Assert.Contains("OP-01", run.Out);
    }
}
