namespace Jixiao.Domain.Forms;

/// <summary>A form type by its id and printed title.</summary>
public sealed record FormType(string Id, string Title);

/// <summary>
/// Every form type defined once: the field forms of <see cref="FormDefinitions.All"/> and the forms whose definition
/// has its own shape (the 单位预算公开's eight tables, <see cref="DisclosureForm"/>).
/// </summary>
public static class FormTypes
{
    public static IReadOnlyList<FormType> All =>
        [.. FormDefinitions.All.Select(d => new FormType(d.Id, d.Title)), new(DisclosureForm.Id, DisclosureForm.Title)];
}
