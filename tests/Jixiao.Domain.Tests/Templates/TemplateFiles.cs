using System.Text.Json.Nodes;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>A small valid template file, and edits of it, for parser and registry tests.</summary>
internal static class TemplateFiles
{
    public const string Minimal = """
    {
      "format": 1,
      "id": "TEST-SE",
      "title": "测试项目支出绩效自评表",
      "jurisdiction": "测试省",
      "kind": "projectSelfEvaluation",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "预算执行情况" } ],
      "fields": [
        { "key": "name", "label": "项目名称", "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 5 } },
        { "key": "implementingUnit", "label": "实施单位(盖章)", "synonyms": ["实施单位"], "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 2 } },
        { "key": "fundSource", "label": "资金来源", "kind": "text", "place": { "block": "header", "row": 2, "order": 2, "span": 2 } }
      ],
      "moneyGrid": {
        "rateBudget": "adjustedBudget",
        "rows": [ { "key": "total", "label": "总额", "role": "total" }, { "key": "unitFunds", "label": "单位资金" } ],
        "columns": [
          { "key": "initial", "label": "年初预算", "role": "initialBudget" },
          { "key": "adjusted", "label": "调整后预算数", "role": "adjustedBudget" },
          { "key": "spent", "label": "预算执行数", "role": "expenditure" },
          { "key": "reason", "label": "原因", "role": "note" }
        ]
      },
      "indicatorColumns": [
        { "key": "level1", "label": "一级指标" },
        { "key": "name", "label": "指标名称" },
        { "key": "target", "label": "指标值", "synonyms": ["年度指标值"] },
        { "key": "actual", "label": "完成值" },
        { "key": "weight", "label": "权重" },
        { "key": "score", "label": "得分" }
      ],
      "framework": {
        "levels": 2,
        "above": "实施效果指标",
        "level1": [
          { "name": "产出指标", "missing": "error", "level2": [ { "name": "数量指标" } ] },
          { "name": "效益指标", "level2": [ { "name": "社会效益指标" } ] }
        ]
      },
      "scoring": { "executionWeight": 20, "pools": [ { "name": "产出", "level1": ["产出指标"], "weight": 40 }, { "name": "效益", "level1": ["效益指标"], "weight": 40 } ] }
    }
    """;

    /// <summary><see cref="Minimal"/> under another id, edited by <paramref name="edit"/>.</summary>
    public static string With(Action<JsonObject> edit, string id = "TEST-SE")
    {
        var node = JsonNode.Parse(Minimal)!.AsObject();
        node["id"] = id;
        edit(node);
        return node.ToJsonString();
    }
}
