using System.Globalization;
using Jixiao.Documents.Cells;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Recognition;

/// <summary>A form recognised by its structure: the raw project (through the seed importer's mapping) and the extra fields.</summary>
/// <remarks>
/// <see cref="Extra"/> holds, by printed label, the labels no definition knows and another template's own fields, and by key
/// the fields of another built-in definition than the one chosen (a 联系电话 read on the district form), so nothing read is dropped.
/// </remarks>
public sealed record StructuralForm(FormImportResult Forms, IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>Why the form was read on its template: every candidate's evidence and the reason (ADR-047).</summary>
    public TemplateFitResult? Template { get; init; }
}

/// <summary>
/// Reads a form of a template Jixiao has no layout for: the cells (<see cref="CellReader"/>), the indicator grids
/// (<see cref="IndicatorGridRecogniser"/>) and the header before the first grid (<see cref="HeaderRecogniser"/>), mapped
/// to the raw project the seed importer builds, so the same mapping makes the domain project. A document the text of
/// which stops mid-form keeps what is there and says where it ends; values are kept as printed, damage is reported.
/// </summary>
public static class StructuralRecogniser
{
    /// <summary>How far down a title is looked for when the form prints no 项目名称.</summary>
    private const int TitleRows = 40;

    /// <summary>Characters a document read by structure may hold: far above any real form (a few thousand characters).</summary>
    private const int MaxChars = 300_000;

    /// <summary>The form in <paramref name="lines"/>, or null when the text holds none (no header label and no grid).</summary>
    public static StructuralForm? Recognise(IReadOnlyList<SourceLine> lines, List<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(warnings);
        // A form is a few pages: text far beyond that (a fuzzed megabyte line) is no form, and is not scanned for labels.
        if (lines.Sum(l => (long)l.Text.Length) > MaxChars) return null;
        var document = CellReader.Read(lines);
        if (document.Rows.Count == 0) return null;
        var grids = IndicatorGridRecogniser.Find(document).Where(g => g.Rows.Count > 0).ToList();
        // The header is read above the first grid; a grid whose header sits in running text shares that row with it.
        var endRow = grids.Count == 0 ? int.MaxValue
            : document.Rows[grids[0].HeaderRow].Shape == RowShape.Flat || grids[0].HeaderSharesRow ? grids[0].HeaderRow + 1 : grids[0].HeaderRow;
        var selfEvaluation = IsSelfEvaluation(document, endRow, grids);
        var candidates = HeaderVocabulary.ProjectForms.Where(d => (d.Form == FormKind.SelfEvaluation) == selfEvaluation && !GenericTemplate.IsGeneric(d)).ToList();
        if (candidates.Count == 0) candidates = [.. HeaderVocabulary.ProjectForms];
        var header = HeaderRecogniser.Find(document, endRow, candidates);
        if (header is null && grids.Count == 0) return null;
        if (header is not null && header.Value("name") is null && grids.Count == 0 && header.Fields.Count(f => f.Value is not null) < 2) return null;

        // The template is chosen by the evidence the form prints, a tie going to the generic one of its kind (ADR-047).
        var fitting = HeaderVocabulary.ProjectForms.Where(d => (d.Form == FormKind.SelfEvaluation) == selfEvaluation).ToList();
        var fit = TemplateFit.Choose(fitting.Count > 0 ? fitting : candidates, selfEvaluation, header, grids, document);
        var form = GenericTemplate.Fit(fit.Form, selfEvaluation, grids);
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        // A field printed twice keeps the value of its own label over a synonym's (项目名称 over 部门); the other value is
        // kept by its printed label.
        var taken = new Dictionary<string, RecognisedField>(StringComparer.Ordinal);
        foreach (var f in (header?.Fields ?? []).Where(f => f.Field is not null && f.Value is not null && Plausible(f)).OrderBy(LabelRank))
            if (!taken.TryAdd(f.Field!.Key, f) && HeaderVocabulary.Key(taken[f.Field.Key].Label) != HeaderVocabulary.Key(f.Label))
                extra.TryAdd(HeaderRecogniser.ExtraKey(f.Label), f.Value!);
        foreach (var f in header?.Fields ?? [])
        {
            if (f.Field is null || f.Value is null || values.ContainsKey(f.Field.Key) || taken.GetValueOrDefault(f.Field.Key) != f) continue;
            values[f.Field.Key] = Value(f, warnings);
            if (IndicatorValueDamage.Describe(f.Value) is { } damage)
                warnings.Add(new ImportWarning(f.At.Line.Number, $"第 {f.At.Line.Number} 行“{f.Label}”的值“{f.Value}”{damage}，已按原文保留。") { Location = f.At.Line.Location });
        }
        // A label read through OCR damage is reported with its print; the value is taken as the label's.
        foreach (var f in (header?.Fields ?? []).Concat(header?.Extra ?? []).Where(f => f.DamagedPrint is not null && f.Value is not null))
            warnings.Add(new ImportWarning(f.At.Line.Number, $"第 {f.At.Line.Number} 行的“{f.DamagedPrint!.Trim()}”疑为“{f.Label}”的识别错误，已按“{f.Label}”读取其值“{f.Value}”。") { Location = f.At.Line.Location });
        // A form printing no 项目名称 is named by its title, else by the project a sentence names in quotes, and says so.
        var nameKey = KeyOf(ProjectFields.Name);
        var top = document.Rows.Take(Math.Min(endRow, TitleRows)).SelectMany(r => r.Cells).ToList();
        if (!values.ContainsKey(nameKey)
            && HeaderRecogniser.Title(top.Select(c => c.Text)) is { } title
            && HeaderRecogniser.NameFromTitle(title) is { } titled)
        {
            values[nameKey] = FieldValue.Of(FieldKind.Text, titled);
            var at = top.First(c => c.Text.Contains(title, StringComparison.Ordinal)).Line;
            warnings.Add(new ImportWarning(at.Number, $"表中未印项目名称，已按第 {at.Number} 行标题“{title}”取名为“{titled}”。") { Location = at.Location });
        }
        if (!values.ContainsKey(nameKey) && top.Select(c => (c, Name: HeaderRecogniser.NameFromQuote(c.Text))).FirstOrDefault(x => x.Name is not null) is { Name: { } quoted } q)
        {
            values[nameKey] = FieldValue.Of(FieldKind.Text, quoted);
            warnings.Add(new ImportWarning(q.c.Line.Number, $"表中未印项目名称，已按第 {q.c.Line.Number} 行文中引号内的“{quoted}”取名。") { Location = q.c.Line.Location });
        }
        // A field of another definition than the one chosen is kept: a built-in declaration field by its key, a data
        // template's own field (another province's 项目属性) by its printed label, as an unknown label is.
        foreach (var f in header?.Fields ?? [])
            if (f.Field is { } field && f.Value is not null && form.Field(field.Key) is null && !DeclarationForms.District2024.Fields.Any(d => d.Key == field.Key))
                extra.TryAdd(FormDefinitions.Declarations.Any(d => d.Field(field.Key) is not null) ? field.Key : f.Label, f.Value);
        foreach (var f in header?.Extra ?? [])
            if (f.Value is not null) extra.TryAdd(f.Label, f.Value);

        // The money grid of a 自评表; what the 自评表 has no place for is kept by its printed labels.
        var funds = selfEvaluation ? EvaluationFunds.Find(document, endRow) : null;
        foreach (var (key, value) in funds?.Extra ?? new Dictionary<string, string>()) extra.TryAdd(key, value);

        var indicators = grids.SelectMany(g => g.Rows).Select((r, i) => Indicator(r, i + 1, form)).ToList();
        foreach (var g in grids) warnings.AddRange(g.Warnings);
        var last = lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l.Text));
        if (grids.Count == 0 && last.Text is not null)
            warnings.Add(new ImportWarning(last.Number, $"文本在第 {last.Number} 行结束，未读到绩效指标表：已导入表头和资金。") { Location = last.Location });

        var project = new RawProject
        {
            Form = selfEvaluation ? FormKind.SelfEvaluation : form.Form,
            TemplateId = form.Id,
            Year = header?.Year,
            Values = values,
            Narrative = Narrative(header),
            Indicators = indicators,
            Duties = DutyTableReader.Read(document),
            Evaluation = funds is not null ? funds.Evaluation with
            {
                ExpectedGoal = header?.Value("expectedGoal"),
                ActualOutcome = header?.Value("actualOutcome"),
            } : null,
            SourceLine = header?.Fields.FirstOrDefault()?.At.Line.Number ?? grids[0].Rows[0].First.Line.Number,
        };
        // The unit: the one that filled the form in, else its 实施单位, else the budget unit or department printed (a
        // department's form names itself), else its title's, else the 主管部门 (a form naming no unit below it is the
        // department's own).
        var unit = HeaderVocabulary.FilingUnit.Select(l => extra.GetValueOrDefault(HeaderRecogniser.ExtraKey(l))).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))
            ?? project.Text(HeaderVocabulary.ProjectForms.SelectMany(d => d.Fields).First(f => f.Default == FieldDefault.OwnUnit).Key) ?? extra.GetValueOrDefault("预算单位") ?? extra.GetValueOrDefault("部门")
            ?? (header?.Fields.FirstOrDefault(f => f.Field?.Key == nameKey && f.Value is not null)?.Label.Contains("部门", StringComparison.Ordinal) == true
                ? project.Text(nameKey) : null)
            ?? top.Select(c => HeaderRecogniser.UnitFromTitle(c.Text)).FirstOrDefault(u => u is not null)
            ?? project.Text(HeaderVocabulary.ProjectForms.SelectMany(d => d.Fields).First(f => f.Default == FieldDefault.ParentUnit).Key);
        var result = new FormImportResult
        {
            Kind = selfEvaluation ? FormDocumentKind.SelfEvaluation : FormDocumentKind.Declaration,
            UnitName = unit,
            Year = header?.Year,
            Projects = [project],
        };
        return new StructuralForm(result, extra) { Template = fit };
    }

    /// <summary>
    /// A 自评表 prints 自评 in its title (near the top, or a title of its own further down: a form after a data sheet), or
    /// is titled an evaluation (…绩效评价表, not an evaluation indicator table …评价指标表), or its grid holds results
    /// (实际完成值, 得分).
    /// </summary>
    private static bool IsSelfEvaluation(CellDocument document, int endRow, IReadOnlyList<Recognition.RecognisedGrid> grids) =>
        document.Rows.Where(r => r.Index < Math.Min(endRow, 40)).SelectMany(r => r.Cells)
            .Any(c => c.Text.Contains("自评", StringComparison.Ordinal) && c.Text.Contains('表'))
        || document.Rows.Where(r => r.Index < endRow).SelectMany(r => r.Cells).Any(c => IsEvaluationTitle(c.Text))
        || grids.Any(g => g.Rows.Any(r => !string.IsNullOrWhiteSpace(r.Actual) || !string.IsNullOrWhiteSpace(r.Score)));

    /// <summary>A title of an evaluation of results: short, ending in 表, naming 自评 or ending in 评价表.</summary>
    internal static bool IsEvaluationTitle(string text)
    {
        var t = text.Trim();
        return t.Length is > 4 and <= 60 && t.EndsWith('表') && t.Contains("绩效", StringComparison.Ordinal)
            && (t.Contains("自评", StringComparison.Ordinal) || t.EndsWith("评价表", StringComparison.Ordinal));
    }

    /// <summary>
    /// The narrative sections the header prints as fields (项目概况, 立项依据, 实施计划 …): a section field's text lives in the
    /// project's narrative, where the seed parser puts it too (the mapping keeps only a field's original beside it).
    /// </summary>
    private static Dictionary<NarrativeSection, string> Narrative(RecognisedHeader? header)
    {
        var narrative = new Dictionary<NarrativeSection, string>();
        foreach (var f in header?.Fields ?? [])
            if (f.Field?.Binding.BoundSection is { } section && f.Value is not null) narrative.TryAdd(section, f.Value);
        return narrative;
    }

    /// <summary>
    /// Whether a value can be its field's: an amount starts with a figure, and a short field holds no running sentence. A
    /// label met inside prose (a notice above the form: `确保财政资金安全有效，…`) is no field.
    /// </summary>
    private static bool Plausible(RecognisedField f)
    {
        var value = f.Value!.Trim();
        return f.Field!.Kind switch
        {
            FieldKind.Money => value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '-' or '—' or '.'),
            FieldKind.Narrative => true,
            _ => value.Length <= MaxShortValue || value.IndexOfAny(['。', '，', ',', '；', ';']) < 0,
        };
    }

    /// <summary>Longest value of a short (non-narrative) field that may hold sentence punctuation.</summary>
    private const int MaxShortValue = 60;

    /// <summary>Where the printed label stands among its field's labels: 0 for the field's own label, then its synonyms in order.</summary>
    private static int LabelRank(RecognisedField f)
    {
        var labels = ((string[])[f.Field!.Label, .. f.Field.Synonyms]).Select(HeaderVocabulary.Key).ToList();
        var at = labels.IndexOf(HeaderVocabulary.Key(f.Label));
        return at < 0 ? labels.Count : at;
    }

    /// <summary>The key of the definition field bound to <paramref name="binding"/> (the registry names it, not this reader).</summary>
    private static string KeyOf(FieldBinding binding) => HeaderVocabulary.ProjectForms.SelectMany(d => d.Fields).First(f => f.Binding == binding).Key;

    private static RawIndicator Indicator(RecognisedIndicator r, int ordinal, FormDefinition form) => new()
    {
        Columns = GenericTemplate.Columns(form, r),
        Level1 = r.Level1,
        Level2 = r.Level2,
        Name = r.Name,
        TargetText = r.Target,
        ActualText = r.Actual,
        WeightText = r.Weight,
        Weight = Number(r.Weight),
        ScoreText = r.Score,
        Score = Number(r.Score),
        DeviationReason = r.Deviation,
        Ordinal = ordinal,
        SourceLine = r.First.Line.Number,
    };

    /// <summary>
    /// The field's value: the printed text kept, money read in the unit the form states (万元 → 元), a figure that does not
    /// read as money kept as text with a warning.
    /// </summary>
    private static FieldValue Value(RecognisedField f, List<ImportWarning> warnings)
    {
        var kind = f.Field!.Kind;
        if (kind != FieldKind.Money) return FieldValue.Of(kind, f.Value);
        var figure = f.Value!.Replace("万元", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal).Trim();
        var amount = FieldText.Money(figure);
        if (amount is null)
            warnings.Add(new ImportWarning(f.At.Line.Number, $"第 {f.At.Line.Number} 行“{f.Label}”的金额“{f.Value}”无法识别，已按原文保留。") { Location = f.At.Line.Location });
        else if (f.Unit == 10_000m) amount = Amount.FromWanYuan(amount.Value).Yuan;
        return new FieldValue(kind, f.Value, amount, null, null);
    }

    // A weight or score OCR printed with letters (`IO`) is read as its number; the grid warned and the text is kept.
    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim().TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n
            : OcrLookAlikes.DamagedNumber(text?.Trim().TrimEnd('分'));
}
