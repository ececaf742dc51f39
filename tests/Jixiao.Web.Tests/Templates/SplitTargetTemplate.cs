namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// A 申报表 that prints the target as three cells, 指标性质 · 指标值 · 度量单位 (as Sichuan's and Yunnan's 自评表 do),
/// dropped into the test templates directory beside <see cref="AddedTemplate"/>.
/// </summary>
public static class SplitTargetTemplate
{
    public const string Id = "TEST-SPLIT-TARGET";

    public const string Json = """
    {
      "format": 1,
      "id": "TEST-SPLIT-TARGET",
      "title": "项目支出绩效目标申报表",
      "jurisdiction": "测试县",
      "kind": "projectDeclaration",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "项目资金（元）" }, { "id": "goals", "label": "绩效目标" } ],
      "fields": [
        { "key": "name", "label": "项目名称", "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 5 } },
        { "key": "implementingUnit", "label": "实施单位", "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 5 } },
        { "key": "projectFundsTotal", "label": "资金总额", "kind": "money", "required": true, "place": { "block": "funds", "row": 1, "order": 1 } },
        { "key": "annualGoal", "label": "年度目标", "kind": "narrative", "required": true, "place": { "block": "goals", "row": 1, "order": 1 } }
      ],
      "indicatorColumns": [
        { "key": "level1", "label": "一级指标" },
        { "key": "level2", "label": "二级指标" },
        { "key": "name", "label": "三级指标" },
        { "key": "comparator", "label": "指标性质" },
        { "key": "target", "label": "指标值" },
        { "key": "unit", "label": "度量单位" }
      ],
      "framework": {
        "levels": 3,
        "level1": [
          { "name": "产出指标", "missing": "error", "level2": [ { "name": "数量指标" }, { "name": "质量指标" } ] },
          { "name": "效益指标", "missing": "error", "level2": [ { "name": "社会效益指标" } ] }
        ]
      },
      "scoring": { "executionWeight": 10, "pools": [ { "name": "产出", "level1": ["产出指标"], "weight": 50 }, { "name": "效益", "level1": ["效益指标"], "weight": 40 } ] }
    }
    """;
}
