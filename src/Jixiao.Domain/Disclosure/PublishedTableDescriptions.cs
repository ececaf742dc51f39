using System.Text.Json;

namespace Jixiao.Domain.Disclosure;

/// <summary>One kind of published table: its id, its name, the title words that recognise it, and whether 收入 and 支出 sit side by side.</summary>
public sealed record PublishedTableDescription(string Id, string Name, IReadOnlyList<string> Titles, bool TwoSided);

/// <summary>
/// The words a published table is read by (ADR-031): 决算 in a title, the heads of the label, amount, code and 行次
/// columns, the 收入/支出 side heads, the row words of the 支出 side and the labels of the unit line.
/// </summary>
public sealed record PublishedTableVocabulary(
    IReadOnlyList<string> FinalAccounts,
    IReadOnlyList<string> NotATable,
    IReadOnlyList<string> LabelHeads,
    IReadOnlyList<string> AmountHeads,
    IReadOnlyList<string> CodeHeads,
    IReadOnlyList<string> RowNumberHeads,
    IReadOnlyList<string> SideHeads,
    IReadOnlyList<string> ExpenseRows,
    IReadOnlyList<string> UnitLabels);

/// <summary>
/// The published-table descriptions shipped with the domain (<c>Disclosure/Data/published-tables.json</c>, an embedded
/// resource like the templates of ADR-026): a table of another province is added there, not in code.
/// </summary>
public static class PublishedTableDescriptions
{
    private const string Resource = "Jixiao.Domain.Disclosure.Data.published-tables.json";

    private static readonly Lazy<(PublishedTableVocabulary Vocabulary, IReadOnlyList<PublishedTableDescription> Tables)> Shipped =
        new(() => Parse(Read()));

    public static PublishedTableVocabulary Vocabulary => Shipped.Value.Vocabulary;

    /// <summary>Every description, in file order: the first whose title word a title contains recognises it.</summary>
    public static IReadOnlyList<PublishedTableDescription> All => Shipped.Value.Tables;

    /// <summary>The description a printed title names, or null (a title holding a <see cref="PublishedTableVocabulary.NotATable"/> word is none).</summary>
    public static PublishedTableDescription? Recognise(string title)
    {
        var compact = Compact(title);
        if (Vocabulary.NotATable.Any(w => compact.Contains(w, StringComparison.Ordinal))) return null;
        return All.FirstOrDefault(d => d.Titles.Any(t => compact.Contains(Compact(t), StringComparison.Ordinal)));
    }

    /// <summary>决算 when the title says so, else 预算.</summary>
    public static PublicationStage StageOf(string title) =>
        Vocabulary.FinalAccounts.Any(w => title.Contains(w, StringComparison.Ordinal)) ? PublicationStage.FinalAccounts : PublicationStage.Budget;

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)))
        .Replace('\u201c', '"').Replace('\u201d', '"');

    /// <summary>Reads a descriptions file; throws on a malformed one (a shipped file is part of the build, and a test reads it).</summary>
    internal static (PublishedTableVocabulary, IReadOnlyList<PublishedTableDescription>) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.GetProperty("format").GetInt32() != 1) throw new InvalidOperationException("published-tables.json: format must be 1.");
        var v = root.GetProperty("vocabulary");
        string[] Words(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];
        var vocabulary = new PublishedTableVocabulary(
            Words(v, "finalAccounts"), Words(v, "notATable"), Words(v, "labelHeads"), Words(v, "amountHeads"), Words(v, "codeHeads"),
            Words(v, "rowNumberHeads"), Words(v, "sideHeads"), Words(v, "expenseRows"), Words(v, "unitLabels"));
        var tables = root.GetProperty("tables").EnumerateArray()
            .Select(t => new PublishedTableDescription(t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!,
                Words(t, "titles"), t.GetProperty("twoSided").GetBoolean()))
            .ToList();
        if (tables.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"published-tables.json: id {twice.Key} is used twice.");
        return (vocabulary, tables);
    }

    private static string Read()
    {
        using var stream = typeof(PublishedTableDescriptions).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
