using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>
/// What <see cref="ProjectFormImporter.Parse"/> read: the unit header, the stated summary and every project
/// form with its texts as printed. <see cref="ToDomain"/> maps it to the domain model.
/// </summary>
public sealed record FormImportResult
{
    public FormDocumentKind Kind { get; init; }
    public string? UnitName { get; init; }
    public int? Year { get; init; }
    public StatedSummary? Stated { get; init; }
    public IReadOnlyList<RawProject> Projects { get; init; } = [];

    /// <summary>
    /// Builds the domain package. <paramref name="parseTarget"/> and <paramref name="parseActual"/> turn the
    /// verbatim 指标值 / 实际完成值 texts into <see cref="TargetValue"/>s (they receive null for a blank cell).
    /// Unresolved categories keep the printed label, or an empty string when none was printed.
    /// </summary>
    public UnitPackage ToDomain(Func<string?, TargetValue> parseTarget, Func<string?, TargetValue> parseActual)
    {
        ArgumentNullException.ThrowIfNull(parseTarget);
        ArgumentNullException.ThrowIfNull(parseActual);
        return new UnitPackage
        {
            UnitName = UnitName,
            Year = Year,
            Stated = Stated,
            Projects = Projects.Select(p => FormMapper.ToProject(p, parseTarget, parseActual)).ToList(),
        };
    }
}
