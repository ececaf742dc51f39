using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// A district's own 申报表 that no code knows, dropped into a templates directory (ADR-026/032): an extra header field
/// (资金来源渠道), extra indicator columns (绩效标准, 数据来源) and its own level-2 (惠民成效指标).
/// </summary>
public static class AddedTemplate
{
    public const string Id = "TEST-CITY-TARGET";
    public const string DisplayName = "测试市 项目支出绩效目标申报表";
    public const string FieldKey = "fundingChannel";
    public const string FieldLabel = "资金来源渠道";
    public const string ColumnKey = "dataSource";
    public const string ColumnLabel = "数据来源";
    public const string Level2 = "惠民成效指标";

    public const string Json = """
    {
      "format": 1,
      "id": "TEST-CITY-TARGET",
      "title": "项目支出绩效目标申报表",
      "jurisdiction": "测试市",
      "kind": "projectDeclaration",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "项目资金（元）" }, { "id": "goals", "label": "绩效目标" } ],
      "fields": [
        { "key": "name", "label": "项目名称", "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 5 } },
        { "key": "supervisingDepartment", "label": "主管部门", "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 2 } },
        { "key": "implementingUnit", "label": "实施单位", "kind": "text", "place": { "block": "header", "row": 2, "order": 2, "span": 2 } },
        { "key": "fundingChannel", "label": "资金来源渠道", "kind": "text", "place": { "block": "header", "row": 3, "order": 1, "span": 5 } },
        { "key": "projectFundsTotal", "label": "资金总额", "kind": "money", "required": true, "place": { "block": "funds", "row": 1, "order": 1 } },
        { "key": "annualGoal", "label": "年度目标", "kind": "narrative", "required": true, "place": { "block": "goals", "row": 1, "order": 1 } }
      ],
      "indicatorColumns": [
        { "key": "level1", "label": "一级指标" },
        { "key": "level2", "label": "二级指标" },
        { "key": "name", "label": "三级指标" },
        { "key": "target", "label": "指标值" },
        { "key": "standard", "label": "绩效标准" },
        { "key": "dataSource", "label": "数据来源" }
      ],
      "framework": {
        "levels": 3,
        "level1": [
          { "name": "产出指标", "missing": "error", "level2": [ { "name": "数量指标" }, { "name": "质量指标" } ] },
          { "name": "效益指标", "missing": "error", "level2": [ { "name": "惠民成效指标" } ] }
        ]
      },
      "scoring": { "executionWeight": 10, "pools": [ { "name": "产出", "level1": ["产出指标"], "weight": 50 }, { "name": "效益", "level1": ["效益指标"], "weight": 40 } ] }
    }
    """;

    /// <summary>A fresh directory holding the template file.</summary>
    public static string Directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-web-templates", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "test-city-target.json"), Json);
        File.WriteAllText(Path.Combine(dir, "test-split-target.json"), SplitTargetTemplate.Json);
        return dir;
    }
}

/// <summary>The app on SQLite with <see cref="AddedTemplate"/> in its templates directory.</summary>
public sealed class TemplatesSqliteApp : SqliteApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(TemplatesSetup.DirectoryKey, AddedTemplate.Directory());
    }
}

/// <summary>The app on PostgreSQL with <see cref="AddedTemplate"/> in its templates directory.</summary>
public sealed class TemplatesPostgresApp : PostgresApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(TemplatesSetup.DirectoryKey, AddedTemplate.Directory());
    }
}
