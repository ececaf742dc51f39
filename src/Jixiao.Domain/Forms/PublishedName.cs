namespace Jixiao.Domain.Forms;

/// <summary>
/// Where a published JSON contract (open data v1, the CLI import contract) carries a field as a named property, beside the
/// `fields` map every field is in: its property <paramref name="Name"/>, inside the object <paramref name="Group"/> when set
/// (`funds`). <paramref name="FormOnly"/>: the group is null on a project whose form prints none of its fields (the CLI's
/// `municipal`). <paramref name="OnSelfEvaluations"/>: open data's self-evaluations publish it too. These names are frozen by the contracts; a new field needs none (it is published in `fields`).
/// </summary>
public sealed record PublishedName(string Name, string? Group = null, bool FormOnly = false, bool OnSelfEvaluations = false);
