using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>Document-level lines: unit title, stated summary, form titles, narrative headings (compact text).</summary>
internal static partial class DocumentPatterns
{
    /// <summary>A line as text: HTML and markdown heading/bold marks removed, tabs as spaces.</summary>
    public static string Plain(string raw)
    {
        // Bold marks go before unescaping, so that an escaped `\*\*\*` in a name survives as `***`; only paired marks
        // are bold, so a name printed with a literal `***` (our own export, plain text) survives too.
        var s = CellText.Clean(BoldMarks().Replace(raw.Replace('\t', ' '), "$1"));
        return s.TrimStart('#').Trim();
    }

    public static (string Unit, int Year)? UnitTitle(string compact)
    {
        // The pattern ends with this literal; checking it first spares the lazy match on every other line.
        if (!compact.EndsWith("财政支出项目绩效目标申报表", StringComparison.Ordinal)) return null;
        var m = UnitTitlePattern().Match(compact);
        return m.Success ? (m.Groups[1].Value, Int(m.Groups[2].Value)) : null;
    }

    /// <summary>The three sentence variants of forms.md §1.</summary>
    public static (StatedSummary Summary, int? Year)? Stated(string compact, int line)
    {
        if (!compact.Contains("编报绩效目标的项目", StringComparison.Ordinal)) return null; // a literal of the pattern
        var m = StatedPattern().Match(compact.Replace(',', '，'));
        if (!m.Success) return null;
        int? year = m.Groups["y1"].Success ? Int(m.Groups["y1"].Value) : m.Groups["y2"].Success ? Int(m.Groups["y2"].Value) : null;
        int? units = m.Groups["k"].Success ? Int(m.Groups["k"].Value) : null;
        if (!decimal.TryParse(m.Groups["x"].Value.Replace("，", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var total))
            return null;
        return (new StatedSummary(units, Int(m.Groups["n"].Value), total, line), year);
    }

    public sealed record FormTitle(FormKind Kind, int? Number, int? Year, string? DeclaringUnit, bool Municipal);

    public static FormTitle? Title(string compact)
    {
        var m = FormTitlePattern().Match(compact);
        if (!m.Success) return null;
        var kind = m.Groups["eval"].Success ? FormKind.SelfEvaluation
            : m.Groups["kind"].Value == "填报" ? FormKind.DistrictFilingForm : FormKind.DistrictDeclaration;
        int? number = m.Groups["n1"].Success ? Int(m.Groups["n1"].Value) : m.Groups["n2"].Success ? Int(m.Groups["n2"].Value) : null;
        var (year, unit) = TitleTail(m.Groups["rest"].Value);
        if (m.Groups["rest"].Value.Length > 0 && year is null && unit is null) return null;
        return new FormTitle(kind, number, year, unit, unit is not null);
    }

    /// <summary>`(2024年度)`, `（2021年度）`, `(2020)年度`, `申报单位名称：…` — on the title line or the lines after it.</summary>
    public static (int? Year, string? Unit) TitleTail(string compact)
    {
        int? year = null;
        string? unit = null;
        var y = YearPattern().Match(compact);
        if (y.Success) year = Int(y.Groups[1].Value);
        var u = DeclaringUnitPattern().Match(compact);
        if (u.Success) unit = u.Groups[1].Value;
        var rest = DeclaringUnitPattern().Replace(YearPattern().Replace(compact, ""), "");
        return rest.Length == 0 ? (year, unit) : (null, null);
    }

    public sealed record NarrativeHeading(int Number, string Title);

    /// <summary>False when the line cannot be a narrative heading: its compact text lacks the heading's opening words.</summary>
    public static NarrativeHeading? Narrative(string plain)
    {
        var m = NarrativePattern().Match(plain);
        return m.Success ? new NarrativeHeading(Int(m.Groups[1].Value), plain.Trim()) : null;
    }

    public static NarrativeSection? Section(string compact)
    {
        var m = SectionPattern().Match(compact);
        if (!m.Success) return null;
        return m.Groups[1].Value switch
        {
            "一" => NarrativeSection.Overview,
            "二" => NarrativeSection.Basis,
            "三" => NarrativeSection.ImplementingEntity,
            "四" => NarrativeSection.Plan,
            "五" => NarrativeSection.Period,
            "六" => NarrativeSection.AnnualBudgetPlan,
            _ => NarrativeSection.TargetsRef,
        };
    }

    /// <summary>`附：…`, `附录…`, `附件…` — an attachment after a form (e.g. the 得分计算说明 of an exported 自评表) ends the form.</summary>
    public static bool Appendix(string compact) => AppendixPattern().IsMatch(compact);

    /// <summary>`五、国有资本经营预算财政拨款情况说明`: a Chinese-numbered heading of the text around the forms.</summary>
    public static bool OrdinalHeading(string compact) => OrdinalHeadingPattern().IsMatch(compact);

    public static string? CompilingUnit(string compact)
    {
        var m = CompilingUnitPattern().Match(compact);
        return m.Success ? m.Groups[1].Value : null;
    }

    // Digits only reach here; an absurdly long run saturates instead of throwing.
    private static int Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : int.MaxValue;

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S{2,}")]
    private static partial Regex OrdinalHeadingPattern();

    [GeneratedRegex(@"^附(?:录|件)?\d*[:：]|^附(?:录|件)\d*$")]
    private static partial Regex AppendixPattern();

    [GeneratedRegex(@"\*\*(?!\*)(.+?)(?<!\*)\*\*")]
    private static partial Regex BoldMarks();

    [GeneratedRegex(@"^(.+?)(\d{4})年度?财政支出项目绩效目标申报表$")]
    private static partial Regex UnitTitlePattern();

    [GeneratedRegex(@"(?:(?<y1>\d{4})年度，)?本单位(?:(?<k>\d+)个预算单位开展了(?<y2>\d{4})年项目预算绩效目标编报工作，)?编报绩效目标的项目共?(?<n>\d+)个，涉及项目预算资金(?<x>[\d，.]+)万元")]
    private static partial Regex StatedPattern();

    [GeneratedRegex(@"^(?:(?<n1>\d+)[、.])?财政项目支出绩效(?:目标(?<kind>申报|填报)|(?<eval>自评))表(?<n2>\d+)?(?<rest>.*)$")]
    private static partial Regex FormTitlePattern();

    [GeneratedRegex(@"[（(](\d{4})(?:年度?)?[)）](?:年度)?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"申报单位(?:名称)?[:：](.+)$")]
    private static partial Regex DeclaringUnitPattern();

    [GeneratedRegex(@"^项目经费情况说明\s*(\d+)")]
    private static partial Regex NarrativePattern();

    [GeneratedRegex(@"^([一二三四五六七])、(项目概述|立项依据|实施主体|实施方案|实施周期|年度预算安排|绩效目标)")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^编制(?:单位|部门)[:：](.+)$")]
    private static partial Regex CompilingUnitPattern();
}
