namespace Jixiao.Documents.Export;

/// <summary>
/// The renderers this library ships, found by type so CLI and web register every format that exists without naming
/// each one (renderers are stateless and thread-safe by contract; constructed with their default options).
/// </summary>
public static class FormRenderers
{
    public static IReadOnlyList<IFormRenderer> Discover() =>
        typeof(IFormRenderer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFormRenderer).IsAssignableFrom(t))
            .Select(t => t.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.IsOptional)))
            .OfType<System.Reflection.ConstructorInfo>()
            .OrderBy(c => c.DeclaringType!.FullName, StringComparer.Ordinal)
            .Select(c => (IFormRenderer)c.Invoke(c.GetParameters().Select(p => p.DefaultValue).ToArray()))
            .ToList();
}
