using Jixiao.Documents.Text;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>Collects one 项目经费情况说明 block (sections 一…七) until its form follows.</summary>
internal sealed class NarrativeBuilder(string title, int line)
{
    private readonly Dictionary<NarrativeSection, List<string>> sections = [];
    private NarrativeSection? current;

    public string Title { get; private set; } = title;
    public int Line { get; } = line;

    public IReadOnlyDictionary<NarrativeSection, string> Sections =>
        sections.ToDictionary(kv => kv.Key, kv => string.Join("\n", kv.Value));

    /// <summary>A heading wrapped onto the next line (`… (2024-2025) 运维项目`) is part of the title.</summary>
    public int ReadTitleContinuation(IReadOnlyList<SourceLine> lines, int from)
    {
        var k = from;
        for (; k < lines.Count && k < from + 4; k++)
        {
            var plain = DocumentPatterns.Plain(lines[k].Text);
            var compact = CellText.Compact(plain);
            if (compact.Length == 0) continue;
            if (DocumentPatterns.Section(compact) is not null || plain.Length > 40 || lines[k].Text.TrimStart().StartsWith('#')) break;
            Title = Title + " " + plain;
        }
        return k;
    }

    public void Add(string plain, string compact, SourceLine line, ICollection<ImportWarning> warnings)
    {
        if (DocumentPatterns.Section(compact) is { } section)
        {
            current = section;
            if (!sections.ContainsKey(section)) sections[section] = [];
            return;
        }
        if (current is null)
        {
            warnings.Add(new ImportWarning(line.Number, $"项目经费情况说明“{Title}”中，“{(plain.Length > 30 ? plain[..30] + "…" : plain)}”不属于一…七任何一节，未导入。"));
            return;
        }
        sections[current.Value].Add(line.Text.Contains('\t') ? CellText.Clean(line.Text) : plain);
    }
}
