using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Templates;

/// <summary>
/// Reads a template file (docs/templates.md) into a <see cref="JurisdictionTemplate"/>: a <see cref="FormDefinition"/>,
/// an <see cref="IndicatorTemplate"/> and a <see cref="RuleProfile"/> under the file's id. Pure: the caller reads the
/// file. A bad file is refused as a whole with every problem found, each naming its JSON path.
/// </summary>
public static class TemplateParser
{
    /// <summary>The file format this parser reads (`"format": 1`).</summary>
    public const int Format = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static TemplateParseResult Parse(string json, string sourceName, TemplateOrigin origin = TemplateOrigin.Directory)
    {
        ArgumentNullException.ThrowIfNull(json);
        TemplateFileJson? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFileJson>(json, Options);
        }
        catch (JsonException ex)
        {
            var what = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "不认识的成员（请检查拼写，可用的成员见模板说明）"
                : $"JSON 格式错误或值的类型不对（第 {(ex.LineNumber ?? 0) + 1} 行）";
            return Refused(new TemplateError(sourceName, ex.Path ?? "$", what));
        }
        if (file is null) return Refused(new TemplateError(sourceName, "$", "文件是空的，应为一个 JSON 对象。"));
        var reader = new Reader(sourceName);
        var template = reader.Template(file, origin);
        return reader.Errors.Count > 0 ? new TemplateParseResult(null, reader.Errors) : new TemplateParseResult(template, []);
    }

    private static TemplateParseResult Refused(TemplateError error) => new(null, [error]);

    /// <summary>The built-in fields by key: a template field with one of these keys lands on the same property.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, FieldDefinition>> KnownFields = new(() =>
        DeclarationForms.District2024.Fields.Concat(DeclarationForms.District2021.Fields).Concat(DeclarationForms.Municipal2020.Fields)
            .Concat(SelfEvaluationForms.District2023.Fields)
            .DistinctBy(f => f.Key).ToDictionary(f => f.Key, StringComparer.Ordinal));

    private static readonly Dictionary<string, FieldKind> FieldKinds = new(StringComparer.Ordinal)
    {
        ["text"] = FieldKind.Text,
        ["narrative"] = FieldKind.Narrative,
        ["money"] = FieldKind.Money,
        ["date"] = FieldKind.Date,
        ["choice"] = FieldKind.Choice,
        ["yesNo"] = FieldKind.YesNo,
    };

    private static readonly string[] BlockIds = [FormBlocks.Title, FormBlocks.Header, FormBlocks.Funds, FormBlocks.Goals];

    private sealed class Reader(string source)
    {
        public List<TemplateError> Errors { get; } = [];

        private void Error(string path, string message) => Errors.Add(new TemplateError(source, path, message));

        public JurisdictionTemplate? Template(TemplateFileJson f, TemplateOrigin origin)
        {
            if (f.Format != TemplateParser.Format)
                Error("$.format", f.Format is null ? $"缺少文件格式版本，应写 \"format\": {TemplateParser.Format}。" : $"不支持的文件格式版本 {f.Format}，本系统读取版本 {TemplateParser.Format}。");
            var id = Id(f.Id);
            var title = Label("$.title", f.Title, "标题");
            var jurisdiction = Label("$.jurisdiction", f.Jurisdiction, "发布地区");
            var kind = TemplateKinds.Parse(f.Kind);
            if (kind is null)
                Error("$.kind", $"表单类型应为 {string.Join("、", Enum.GetValues<TemplateKind>().Select(k => $"{k.Token()}（{k.DisplayName()}）"))} 之一{Now(f.Kind)}。");
            if (f.FromYear is { } from && f.ToYear is { } to && to < from)
                Error("$.toYear", $"适用的最后年度 {to} 早于第一年度 {from}。");

            if (f.MoneyUnit is not (null or "元" or "万元"))
                Error("$.moneyUnit", $"金额单位应为“元”或“万元”{Now(f.MoneyUnit)}。");

            var blocks = Blocks(f.Blocks);
            var fields = Fields(f.Fields, blocks);
            var money = kind is { } k ? Money(f.MoneyGrid, k) : null;
            var columns = Columns(f.IndicatorColumns);
            // The tree's title names the form to a reader (a finding says which form's framework it judged by), so it leads
            // with the jurisdiction as the template list does.
            var tree = Tree(f.Framework, id ?? "", title is null || jurisdiction is null || title.StartsWith(jurisdiction, StringComparison.Ordinal) ? title ?? "" : $"{jurisdiction} {title}");
            var profile = Profile(f.Scoring, id ?? "", title ?? "", jurisdiction ?? "", tree, money?.Spec);
            var tables = Tables(f.Tables);
            HeaderWidth(fields, columns);
            if (Errors.Count > 0 || id is null || title is null || jurisdiction is null || kind is null || tree is null || profile is null)
                return null;

            var form = new FormDefinition
            {
                Id = id,
                Form = kind.Value.Form(),
                Title = title,
                Blocks = blocks,
                Fields = fields,
                IndicatorColumns = columns,
                MoneyGrid = money?.Grid,
            };
            return new JurisdictionTemplate
            {
                Id = id,
                Title = title,
                Jurisdiction = jurisdiction,
                Kind = kind.Value,
                Basis = Optional(f.Basis),
                FromYear = f.FromYear,
                ToYear = f.ToYear,
                MoneyUnit = f.MoneyUnit ?? "元",
                Form = form,
                Tree = tree,
                Profile = profile,
                Money = money?.Spec,
                Tables = tables,
                Origin = origin,
                SourceName = source,
            };
        }

        private static string Now(string? value) => value is null ? "，现在缺少" : $"，现为“{value}”";

        private static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        private string? Id(string? id)
        {
            // Stored on every project (TemplateId, 40 characters), written in file names and URLs.
            if (string.IsNullOrWhiteSpace(id) || id.Length > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                Error("$.id", $"模板编号应为 1–40 个英文字母、数字、“-”、“_”或“.”{Now(id)}。");
                return null;
            }
            return id;
        }

        private string? Label(string path, string? text, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Error(path, $"缺少{what}。");
                return null;
            }
            if (!TextHygiene.IsClean(text))
            {
                Error(path, $"{what}“{TextHygiene.Clean(text)}”含有表单不能保存的字符。");
                return null;
            }
            return text.Trim();
        }

        private IReadOnlyList<string> Labels(string path, List<string?>? list, string what)
        {
            var result = new List<string>();
            for (var i = 0; i < (list?.Count ?? 0); i++)
                if (Label($"{path}[{i}]", list![i], what) is { } s) result.Add(s);
            return result;
        }

        private bool Key(string path, string? key, string what, HashSet<string> seen)
        {
            if (string.IsNullOrEmpty(key) || !char.IsAsciiLetterLower(key[0]) || !key.All(char.IsAsciiLetterOrDigit))
            {
                Error(path, $"{what}的键应为以小写英文字母开头的英文字母和数字（如 projectCode）{Now(key)}。");
                return false;
            }
            if (!seen.Add(key))
            {
                Error(path, $"{what}的键“{key}”重复。");
                return false;
            }
            return true;
        }

        private List<FormBlockDefinition> Blocks(List<BlockJson?>? blocks)
        {
            if (blocks is null or { Count: 0 })
            {
                Error("$.blocks", $"缺少表头分区，至少应有一个（{string.Join("、", BlockIds)}）。");
                return [];
            }
            var result = new List<FormBlockDefinition>();
            for (var i = 0; i < blocks.Count; i++)
            {
                var path = $"$.blocks[{i}]";
                if (blocks[i] is not { } b) { Error(path, "分区不能为空。"); continue; }
                if (b.Id is null || !BlockIds.Contains(b.Id))
                    Error($"{path}.id", $"分区应为 {string.Join("、", BlockIds)} 之一{Now(b.Id)}。");
                else if (result.Any(r => r.Id == b.Id))
                    Error($"{path}.id", $"分区“{b.Id}”重复。");
                else
                    result.Add(new FormBlockDefinition(b.Id, b.Label is null ? null : Label($"{path}.label", b.Label, "分区标签")));
            }
            return result;
        }

        private List<FieldDefinition> Fields(List<FieldJson?>? fields, List<FormBlockDefinition> blocks)
        {
            var result = new List<FieldDefinition>();
            if (fields is null or { Count: 0 })
            {
                Error("$.fields", "缺少表头字段，至少应有项目名称（键 name）。");
                return result;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var places = new HashSet<(string, int, int)>();
            for (var i = 0; i < fields.Count; i++)
            {
                var path = $"$.fields[{i}]";
                if (fields[i] is not { } f) { Error(path, "字段不能为空。"); continue; }
                var keyOk = Key($"{path}.key", f.Key, "字段", keys);
                var label = Label($"{path}.label", f.Label, "字段的印刷标签");
                var synonyms = Labels($"{path}.synonyms", f.Synonyms, "同义标签");
                FieldKind? kind = f.Kind is not null && FieldKinds.TryGetValue(f.Kind, out var k) ? k : null;
                if (kind is null) Error($"{path}.kind", $"字段类型应为 {string.Join("、", FieldKinds.Keys)} 之一{Now(f.Kind)}。");
                var choices = Labels($"{path}.choices", f.Choices, "可选值");
                if (kind == FieldKind.Choice && choices.Count == 0) Error($"{path}.choices", "选择字段（choice）应列出可选值。");
                var place = Place($"{path}.place", f.Place, blocks, places);
                if (!keyOk || label is null || kind is null || place is null) continue;

                var known = KnownFields.Value.GetValueOrDefault(f.Key!);
                if (known is not null && !SameKind(known.Kind, kind.Value))
                {
                    Error($"{path}.kind", $"键“{f.Key}”是系统已有的字段“{known.Name}”，类型应为 {FieldKinds.First(p => p.Value == known.Kind).Key}，现为“{f.Kind}”。");
                    continue;
                }
                var field = new FieldDefinition
                {
                    Key = f.Key!,
                    Label = label,
                    Synonyms = synonyms,
                    Kind = kind.Value,
                    Required = f.Required ?? false,
                    Choices = kind == FieldKind.YesNo ? ["是", "否"] : choices,
                    Place = place,
                    // A key the built-in forms know lands on the same property; any other key is kept by key.
                    Binding = known?.Binding ?? FieldBinding.Stored,
                };
                result.Add(known is null ? field : field with { TextKind = known.TextKind });
            }
            if (result.Count > 0 && result.All(r => r.Key != "name") && keys.Count == result.Count)
                Error("$.fields", "缺少项目名称字段（键 name）：每张表都以它区分项目或部门。");
            return result;
        }

        // Text and narrative share a binding (both are text); money, dates and 是/否 must match the property.
        private static bool SameKind(FieldKind known, FieldKind given) =>
            known == given || (IsText(known) && IsText(given));

        private static bool IsText(FieldKind k) => k is FieldKind.Text or FieldKind.Narrative or FieldKind.Choice;

        private FieldPlace? Place(string path, PlaceJson? p, List<FormBlockDefinition> blocks, HashSet<(string, int, int)> taken)
        {
            if (p is null) { Error(path, "缺少字段位置（block、row、order）。"); return null; }
            var ok = true;
            if (p.Block is null || blocks.All(b => b.Id != p.Block))
            {
                Error($"{path}.block", $"字段所在分区应为 blocks 中列出的一个（{string.Join("、", blocks.Select(b => b.Id))}）{Now(p.Block)}。");
                ok = false;
            }
            foreach (var (name, value) in new[] { ("row", p.Row), ("order", p.Order), ("span", p.Span ?? 1) })
                if (value is not (>= 1 and <= 99))
                {
                    Error($"{path}.{name}", $"应为 1–99 的整数{(value is null ? "，现在缺少" : $"，现为 {value}")}。");
                    ok = false;
                }
            if (!ok) return null;
            if (!taken.Add((p.Block!, p.Row!.Value, p.Order!.Value)))
            {
                Error(path, $"分区“{p.Block}”第 {p.Row} 行第 {p.Order} 个位置已有另一个字段。");
                return null;
            }
            return new FieldPlace(p.Block!, p.Row!.Value, p.Order!.Value, p.Span ?? 1);
        }

        // The header grid is as wide as the indicator grid: every row's label cells plus value spans fill it (the layouts print it so).
        private void HeaderWidth(List<FieldDefinition> fields, List<IndicatorColumn> columns)
        {
            var width = columns.Sum(c => c.Span);
            if (width == 0) return;
            foreach (var row in fields.Where(f => f.Place.Block == FormBlocks.Header).GroupBy(f => f.Place.Row).OrderBy(g => g.Key))
                if (row.Sum(f => 1 + f.Place.Span) is var used && used != width)
                    Error("$.fields", $"表头第 {row.Key} 行（{string.Join("、", row.Select(f => f.Label))}）占 {used} 列，应与指标表同宽 {width} 列（每个字段占标签 1 列加 span 列）。");
        }

        private (MoneyGrid? Grid, TemplateMoneyGrid Spec)? Money(MoneyGridJson? m, TemplateKind kind)
        {
            if (m is null)
            {
                if (kind.IsSelfEvaluation()) Error("$.moneyGrid", "自评表应有资金表（moneyGrid）：执行率由它计算。");
                return null;
            }
            if (!kind.IsSelfEvaluation())
            {
                Error("$.moneyGrid", "只有自评表印资金表（moneyGrid）；目标表的金额写作 block 为 funds 的 money 字段。");
                return null;
            }
            var label = m.Label is null ? null : Label("$.moneyGrid.label", m.Label, "资金表标签");
            var rows = Cells("$.moneyGrid.rows", m.Rows, "资金行", MoneyRoles.RowRoles, roleRequired: false);
            var columns = Cells("$.moneyGrid.columns", m.Columns, "资金列", MoneyRoles.ColumnRoles, roleRequired: true);
            if (rows.Count(r => r.Role == MoneyRoles.Total) != 1)
                Error("$.moneyGrid.rows", "资金表应恰有一行的 role 为 total（年度资金总额）。");
            var rateBudget = m.RateBudget ?? MoneyRoles.AdjustedBudget;
            if (!MoneyRoles.RateBudgets.Contains(rateBudget))
                Error("$.moneyGrid.rateBudget", $"执行率的分母应为 {string.Join("、", MoneyRoles.RateBudgets)} 之一{Now(m.RateBudget)}。");
            foreach (var needed in new[] { MoneyRoles.Expenditure, rateBudget })
                if (MoneyRoles.RateBudgets.Contains(needed) || needed == MoneyRoles.Expenditure)
                    if (columns.All(c => c.Role != needed))
                        Error("$.moneyGrid.columns", $"资金表缺少 role 为 {needed} 的列：执行率 = 执行数 ÷ {rateBudget}。");

            var spec = new TemplateMoneyGrid(label, rows.Select(r => new TemplateMoneyRow(r.Key, r.Label, r.Role, r.Synonyms)).ToList(),
                columns.Select(c => new TemplateMoneyColumn(c.Key, c.Label, c.Role!, c.Synonyms)).ToList(), rateBudget);
            var grid = new MoneyGrid(FormBlocks.Funds,
                rows.Select(r => new MoneyGridRow(r.Role ?? r.Key, r.Label, RowReader(r.Role), RowWriter(r.Role))
                {
                    StartsFrom = r.Role is null ? null : SelfEvaluationForms.Funds.Row(r.Role)!.StartsFrom,
                    IsTotal = r.Role == MoneyRoles.Total,
                    Computed = r.Role == MoneyRoles.Total,
                    Synonyms = r.Synonyms,
                }).ToList(),
                columns.Where(c => c.Role != MoneyRoles.Note).Select(c => Column(c.Role!, c.Label)).ToList());
            return (grid, spec);
        }

        // The 自评表's own rows and columns are the roles: a role reads and prints as the built-in grid's row or column does.
        private static Func<SelfEvaluation, FundRow?> RowReader(string? role) =>
            // A row the 自评表 has no place for (财政专户管理资金): printed and recognised, its figures not stored.
            role is null ? _ => null : SelfEvaluationForms.Funds.Row(role)!.Read;

        private static Func<SelfEvaluation, FundRow?, SelfEvaluation> RowWriter(string? role) =>
            role is null ? (e, _) => e : SelfEvaluationForms.Funds.Row(role)!.Write;

        private static MoneyGridColumn Column(string role, string label) => SelfEvaluationForms.Funds.Column(role)! with { Label = label };

        private sealed record Cell(string Key, string Label, string? Role, IReadOnlyList<string> Synonyms);

        private List<Cell> Cells(string path, List<MoneyCellJson?>? cells, string what, IReadOnlyList<string> roles, bool roleRequired)
        {
            var result = new List<Cell>();
            if (cells is null or { Count: 0 })
            {
                Error(path, $"缺少{what}。");
                return result;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var usedRoles = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Count; i++)
            {
                var p = $"{path}[{i}]";
                if (cells[i] is not { } c) { Error(p, $"{what}不能为空。"); continue; }
                var keyOk = Key($"{p}.key", c.Key, what, keys);
                var label = Label($"{p}.label", c.Label, $"{what}的印刷标签");
                var synonyms = Labels($"{p}.synonyms", c.Synonyms, "同义标签");
                var roleOk = c.Role is null ? !roleRequired : roles.Contains(c.Role);
                if (!roleOk)
                    Error($"{p}.role", $"{what}的用途（role）应为 {string.Join("、", roles)} 之一{Now(c.Role)}。");
                else if (c.Role is not null && c.Role != MoneyRoles.Note && !usedRoles.Add(c.Role))
                {
                    Error($"{p}.role", $"用途“{c.Role}”已给了另一{what}。");
                    roleOk = false;
                }
                if (keyOk && label is not null && roleOk) result.Add(new Cell(c.Key!, label, c.Role, synonyms));
            }
            return result;
        }

        private List<IndicatorColumn> Columns(List<ColumnJson?>? columns)
        {
            var result = new List<IndicatorColumn>();
            if (columns is null or { Count: 0 })
            {
                Error("$.indicatorColumns", "缺少指标表的列。");
                return result;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                var path = $"$.indicatorColumns[{i}]";
                if (columns[i] is not { } c) { Error(path, "列不能为空。"); continue; }
                var keyOk = c.Key is null || Key($"{path}.key", c.Key, "指标列", keys);
                var label = Label($"{path}.label", c.Label, "指标列的印刷标签");
                var synonyms = Labels($"{path}.synonyms", c.Synonyms, "同义标签");
                if (c.Span is not null and not (>= 1 and <= 9)) { Error($"{path}.span", $"列宽应为 1–9，现为 {c.Span}。"); keyOk = false; }
                if (keyOk && label is not null) result.Add(new IndicatorColumn(label, c.Span ?? 1, c.Key) { Synonyms = synonyms });
            }
            foreach (var (key, what) in new[] { (IndicatorColumnKeys.Name, "指标名称"), (IndicatorColumnKeys.Target, "指标值") })
                if (result.Count > 0 && result.All(c => c.Key != key) && keys.Count == result.Count(c => c.Key is not null))
                    Error("$.indicatorColumns", $"缺少{what}列（键 {key}）。");
            return result;
        }

        private IndicatorTemplate? Tree(FrameworkJson? fw, string id, string title)
        {
            if (fw is null) { Error("$.framework", "缺少指标框架（framework）。"); return null; }
            var levels = fw.Levels ?? 3;
            if (levels is not (>= 1 and <= 3)) { Error("$.framework.levels", $"指标层级数应为 1、2 或 3，现为 {levels}。"); return null; }
            var level1 = new List<Level1Category>();
            var list = fw.Level1 ?? [];
            if (levels >= 2 && list.Count == 0) Error("$.framework.level1", "有一级指标的框架应列出一级指标。");
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                var path = $"$.framework.level1[{i}]";
                if (list[i] is not { } l) { Error(path, "一级指标不能为空。"); continue; }
                var name = Label($"{path}.name", l.Name, "一级指标名称");
                if (name is not null && !names.Add(IndicatorTemplate.LabelKey(name))) { Error($"{path}.name", $"一级指标“{name}”重复。"); name = null; }
                Severity? missing = l.Missing switch
                {
                    null or "none" => null,
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    _ => Bad($"{path}.missing", $"缺少该一级指标时的级别应为 error、warning 或 none{Now(l.Missing)}。"),
                };
                var children = new List<Level2Category>();
                var childNames = new HashSet<string>(StringComparer.Ordinal);
                for (var j = 0; j < (l.Level2?.Count ?? 0); j++)
                {
                    var cp = $"{path}.level2[{j}]";
                    if (l.Level2![j] is not { } c) { Error(cp, "二级指标不能为空。"); continue; }
                    if (Label($"{cp}.name", c.Name, "二级指标名称") is not { } cn) continue;
                    if (!childNames.Add(IndicatorTemplate.LabelKey(cn))) { Error($"{cp}.name", $"二级指标“{cn}”在“{name}”下重复。"); continue; }
                    children.Add(new Level2Category(cn, Optional(c.Code) ?? cn));
                }
                if (name is not null) level1.Add(new Level1Category(name, Optional(l.Code) ?? name, children, missing));
            }
            var above = fw.Above is null ? null : Label("$.framework.above", fw.Above, "一级指标之上的层级名称");
            return new IndicatorTemplate(id, title, level1) { Levels = levels, TopLevel = above };
        }

        private Severity? Bad(string path, string message)
        {
            Error(path, message);
            return null;
        }

        private RuleProfile? Profile(ScoringJson? s, string id, string title, string jurisdiction, IndicatorTemplate? tree, TemplateMoneyGrid? money)
        {
            s ??= new ScoringJson();
            RuleProfile baseProfile;
            try { baseProfile = RuleProfiles.BuiltIn(s.Base ?? RuleProfiles.ShDistrict.Id); }
            catch (KeyNotFoundException)
            {
                Error("$.scoring.base", $"基础评分规则应为 {string.Join("、", RuleProfiles.BuiltInProfiles.Select(p => p.Id))} 之一{Now(s.Base)}。");
                return null;
            }
            var executionWeight = s.ExecutionWeight ?? baseProfile.ExecutionWeight;
            if (executionWeight is < 0m or > 100m) Error("$.scoring.executionWeight", $"执行率分值应在 0–100 之间，现为 {executionWeight}。");
            var pools = new List<WeightPool>();
            var inPool = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (s.Pools?.Count ?? 0); i++)
            {
                var path = $"$.scoring.pools[{i}]";
                if (s.Pools![i] is not { } p) { Error(path, "分值池不能为空。"); continue; }
                var name = Label($"{path}.name", p.Name, "分值池名称");
                var labels = Labels($"{path}.level1", p.Level1, "一级指标名称");
                if (labels.Count == 0) Error($"{path}.level1", "分值池应列出它包含的一级指标。");
                for (var j = 0; j < labels.Count; j++)
                {
                    if (tree is not null && tree.FindLevel1(labels[j]) is null)
                        Error($"{path}.level1[{j}]", $"“{labels[j]}”不是本模板框架中的一级指标。");
                    else if (!inPool.Add(IndicatorTemplate.LabelKey(labels[j])))
                        Error($"{path}.level1[{j}]", $"一级指标“{labels[j]}”已在另一个分值池中。");
                }
                if (p.Weight is not (> 0m and <= 100m)) Error($"{path}.weight", $"分值应大于 0 且不超过 100{(p.Weight is null ? "，现在缺少" : $"，现为 {p.Weight}")}。");
                if (name is not null && labels.Count > 0 && p.Weight is { } w) pools.Add(new WeightPool(name, labels, w));
            }
            if (pools.Count > 0 && pools.Sum(p => p.Weight) + executionWeight != 100m)
                Error("$.scoring.pools", $"执行率分值 {executionWeight} 与各分值池之和 {pools.Sum(p => p.Weight)} 合计应为 100。");
            if (s.Version is not null and not (>= 1)) Error("$.scoring.version", $"版本应为正整数，现为 {s.Version}。");

            var profile = baseProfile with
            {
                Id = id,
                Version = s.Version ?? 1,
                DisplayName = Optional(s.DisplayName) ?? $"{jurisdiction}{title}",
                ExecutionWeight = executionWeight,
                // No pools: the printed form sets none (a department's 指标权重 per row); SE-09 checks Σ = 100 only.
                WeightPools = pools,
                ExecutionBudget = money?.RateBudgetRole == MoneyRoles.InitialBudget ? ExecutionBudget.Initial : ExecutionBudget.Adjusted,
            };
            if (s.CapExecutionScore is { } cap) profile = profile with { CapExecutionScore = cap };
            if (s.CapTotalByExecutionRate is { } capTotal) profile = profile with { CapTotalByExecutionRate = capTotal };
            profile = s.ReverseFormula switch
            {
                null => profile,
                "templateRatio" => profile with { ReverseFormula = ReverseFormula.TemplateRatio },
                "vendorLinear" => profile with { ReverseFormula = ReverseFormula.VendorLinear },
                _ => Fail("$.scoring.reverseFormula", $"反向指标公式应为 templateRatio 或 vendorLinear{Now(s.ReverseFormula)}。", profile),
            };
            profile = s.OverAchievement switch
            {
                null => profile,
                "requireExplanation" => profile with { OverAchievementMode = OverAchievementMode.RequireExplanation },
                "deduct" => profile with { OverAchievementMode = OverAchievementMode.Deduct },
                _ => Fail("$.scoring.overAchievement", $"超额完成的处理应为 requireExplanation 或 deduct{Now(s.OverAchievement)}。", profile),
            };
            return profile;
        }

        private T Fail<T>(string path, string message, T value)
        {
            Error(path, message);
            return value;
        }

        private List<TemplateTable> Tables(List<TableJson?>? tables)
        {
            var result = new List<TemplateTable>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (tables?.Count ?? 0); i++)
            {
                var path = $"$.tables[{i}]";
                if (tables![i] is not { } t) { Error(path, "表不能为空。"); continue; }
                var keyOk = Key($"{path}.key", t.Key, "表", keys);
                var label = Label($"{path}.label", t.Label, "表的印刷标签");
                var columns = Labels($"{path}.columns", t.Columns, "列标签");
                if (columns.Count == 0) Error($"{path}.columns", "表应列出它的列。");
                if (keyOk && label is not null && columns.Count > 0) result.Add(new TemplateTable(t.Key!, label, columns));
            }
            return result;
        }
    }
}
