namespace Jixiao.Documents.Export;

/// <summary>
/// The renderers this library ships, found by type so CLI and web register every format that exists without naming
/// each one (renderers are stateless, parameterless and thread-safe by contract).
/// </summary>
public static class FormRenderers
{
    public static IReadOnlyList<IFormRenderer> Discover() =>
        typeof(IFormRenderer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFormRenderer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IFormRenderer)Activator.CreateInstance(t)!)
            .ToList();
}
