using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Imports a 单位预算公开 package from text in which each table cell is a tab-indented line (blank = empty or
/// U+3000) and rows are separated by blank lines (disclosure.md §4, forms.md §9). Tables are found by their title
/// templates, read by structure (codes, labels, amounts), never by line offsets; the narrative figures are read
/// from the lines around them. What cannot be placed becomes an <see cref="ImportWarning"/>. Never throws on
/// document content.
/// </summary>
public static partial class DisclosureTextImporter
{
    [GeneratedRegex(@"([0-9]{4})\s*年(?:“三公”经费预算数|机关运行经费预算数|单位预算编制说明)")]
    private static partial Regex YearHeaderPattern();

    /// <summary>The package, or null when the text holds no disclosure table title.</summary>
    public static BudgetDisclosure? Parse(IReadOnlyList<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(warnings);

        var titles = new List<(int Index, DisclosureTableKind Kind, int? Year)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TableTitle.TryRecognise(lines[i].Text, out var kind, out var titleYear))
            {
                titles.Add((i, kind, titleYear));
            }
        }

        if (titles.Count == 0)
        {
            return null;
        }

        var sections = new Dictionary<DisclosureTableKind, TableSection>();
        var inTable = new bool[lines.Count];
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, kind, _) = titles[t];
            var end = t + 1 < titles.Count ? titles[t + 1].Index : lines.Count;
            var section = SectionReader.Read(lines, index, end, kind);
            for (var k = index; k < section.EndIndex; k++)
            {
                inTable[k] = true;
            }

            if (!sections.TryAdd(kind, section))
            {
                warnings.Add(new ImportWarning(lines[index].Number,
                    $"重复的{DisclosureForm.Table(kind).Label}「{section.Title}」，已忽略，保留第{sections[kind].TitleLine}行的表。"));
            }
        }

        var year = PackageYear(titles, lines, warnings);
        var unitName = sections.Values.OrderBy(s => s.TitleLine).Select(s => s.PreparerLine).FirstOrDefault(p => p is not null) is { } preparer
            ? SectionReader.PreparerName(preparer)
            : string.Empty;
        if (unitName.Length == 0)
        {
            warnings.Add(new ImportWarning(lines[titles[0].Index].Number, "未找到“编制单位：”行，单位名称为空。"));
        }

        var narrativeLines = lines.Where((_, i) => !inTable[i]).ToList();
        return new BudgetDisclosure
        {
            Year = year,
            UnitName = unitName,
            Summary = Get(sections, DisclosureTableKind.FinancialSummary) is { } s1 ? TableBuilders.Summary(SummaryTableReader.Read(s1, warnings), warnings) : null,
            Income = Get(sections, DisclosureTableKind.IncomeByFunction) is { } s2 ? TableBuilders.Income(CodedTableReader.Read(s2, warnings)) : null,
            Expense = Get(sections, DisclosureTableKind.ExpenseByFunction) is { } s3 ? TableBuilders.Expense(CodedTableReader.Read(s3, warnings)) : null,
            Fiscal = Get(sections, DisclosureTableKind.FiscalSummary) is { } s4 ? TableBuilders.Fiscal(SummaryTableReader.Read(s4, warnings), warnings) : null,
            GeneralBudget = Get(sections, DisclosureTableKind.GeneralBudgetByFunction) is { } s5 ? TableBuilders.Expense(CodedTableReader.Read(s5, warnings)) : null,
            GovernmentFund = Get(sections, DisclosureTableKind.GovernmentFundByFunction) is { } s6 ? TableBuilders.Expense(CodedTableReader.Read(s6, warnings)) : null,
            BasicByEconomic = Get(sections, DisclosureTableKind.BasicByEconomic) is { } s7 ? TableBuilders.Economic(CodedTableReader.Read(s7, warnings)) : null,
            ThreePublic = Get(sections, DisclosureTableKind.ThreePublic) is { } s8 ? ThreePublicTableReader.Read(s8, warnings) : null,
            Narrative = NarrativeReader.Read(narrativeLines),
        };
    }

    private static TableSection? Get(Dictionary<DisclosureTableKind, TableSection> sections, DisclosureTableKind kind) =>
        sections.GetValueOrDefault(kind);

    // The year printed in the table titles (the most frequent one); tables 8 has none.
    private static int PackageYear(
        List<(int Index, DisclosureTableKind Kind, int? Year)> titles, IReadOnlyList<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        var years = titles.Where(t => t.Year is not null).GroupBy(t => t.Year!.Value).OrderByDescending(g => g.Count()).ToList();
        if (years.Count == 0)
        {
            // 表8 carries the year only in its column headers; the 编制说明 heading names it too.
            foreach (var line in lines)
            {
                var m = YearHeaderPattern().Match(line.Text);
                if (m.Success)
                {
                    return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }

            warnings.Add(new ImportWarning(lines[titles[0].Index].Number, "表标题中未找到预算年度。"));
            return 0;
        }

        if (years.Count > 1)
        {
            foreach (var t in years.Skip(1).SelectMany(g => g))
            {
                warnings.Add(new ImportWarning(lines[t.Index].Number, $"表标题年度{t.Year}与其他表（{years[0].Key}年）不一致。"));
            }
        }

        return years[0].Key;
    }
}
