namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// A 申报表 that prints the target as three cells, 指标性质 · 指标值 · 度量单位 (as Sichuan's and Yunnan's 自评表 do),
/// dropped into the test templates directory beside <see cref="AddedTemplate"/>.
/// </summary>
public static class SplitTargetTemplate
{
    public const string Id = "TEST-SPLIT-TARGET";

    /// <summary>The template file, shared with the browser tests (tests/fixtures/templates).</summary>
    public static string Json => File.ReadAllText(Path.Combine(PostgresApp.RepoRoot(), "tests", "fixtures", "templates", "test-split-target.json"));
}
