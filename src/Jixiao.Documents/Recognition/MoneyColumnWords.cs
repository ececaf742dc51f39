using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The column headings of a 自评表's money grid by the column they stand for: the built-in grid's labels, every
/// template's money columns (labels and synonyms, <see cref="TemplateRegistry"/>) and a few words real forms print
/// beside them. A 原因 / 佐证材料 column is a note; 行次 numbers the rows. Nothing here names a document.
/// </summary>
internal static partial class MoneyColumnWords
{
    /// <summary>The key of a note column (原因, 佐证材料): printed, holds no figure of the grid.</summary>
    public const string Note = MoneyRoles.Note;

    /// <summary>The key of a 行次 column: each row's first figure is its number.</summary>
    public const string Numbering = "numbering";

    // Words other forms print for the 自评表's money columns beside the templates' own labels.
    private static readonly (string Key, string[] Words)[] Printed =
    [
        ("initialBudget", ["年初预算数", "年初预算"]),
        ("adjustedBudget", ["全年预算数", "调整后预算数", "全年预算", "调整后预算"]),
        ("expenditure", ["全年执行数", "预算执行数", "执行数"]),
        ("weight", ["分值", "权重"]),
        ("rate", ["执行率", "预算执行率"]),
        ("score", ["得分"]),
        (Numbering, ["行次"]),
    ];

    /// <summary>The columns a non-total row leaves empty or marks with a placeholder (分值, 执行率, 得分).</summary>
    public static bool TotalOnly(string key) => SelfEvaluationForms.Funds.Column(key)?.TotalOnly == true;

    /// <summary>True for a money amount column (年初预算数, 全年预算数, 全年执行数).</summary>
    public static bool IsMoney(string key) => SelfEvaluationForms.Funds.Column(key) is { TotalOnly: false };

    /// <summary>
    /// Every heading word of the templates in use, longest first (so 预算执行率 is found before 预算执行 and 执行率): a
    /// template added as data brings its words with it.
    /// </summary>
    public static IReadOnlyList<(string Word, string Key)> Current()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        // A heading is known with its bracketed note (`全年(调整)预算数`, found so in running text) and without it.
        void Add(string word, string key)
        {
            foreach (var w in (string[])[HeaderVocabulary.Key(word), Bare(word)])
                if (w.Length >= 2) words.TryAdd(w, key);
        }
        foreach (var (key, printed) in Printed)
            foreach (var w in printed) Add(w, key);
        foreach (var c in SelfEvaluationForms.Funds.Columns) Add(c.Label, c.Key);
        foreach (var t in TemplateRegistry.Current.Templates.Where(t => t.Money is not null))
            foreach (var c in t.Money!.Columns)
                foreach (var w in (string[])[c.Label, .. c.Synonyms]) Add(w, c.Role);
        return [.. words.Select(kv => (kv.Key, kv.Value)).OrderByDescending(w => w.Key.Length)];
    }

    /// <summary>The column a whole heading names (`全年预算数(A)`, `项目资金 (万元)` is none), or null.</summary>
    public static string? Column(string? text, IReadOnlyList<(string Word, string Key)> words)
    {
        var bare = Bare(text);
        return bare.Length == 0 ? null : words.FirstOrDefault(w => w.Word == bare).Key;
    }

    /// <summary>A heading without white space and its bracketed notes (`(A)`, `(B/A)`, `(万元)`, `(调整)`).</summary>
    public static string Bare(string? text) => Brackets().Replace(HeaderVocabulary.Key(text), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*(\)|$)")]
    private static partial System.Text.RegularExpressions.Regex Brackets();
}
