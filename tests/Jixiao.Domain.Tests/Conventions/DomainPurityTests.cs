using System.Reflection;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Conventions;

/// <summary>The domain stays pure and exact: rules that would otherwise erode silently.</summary>
public class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(Project).Assembly;

    [Fact]
    public void DomainAssembly_References_OnlyTheBaseLibrary()
    {
        var foreign = Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib"))
            .ToList();
        Assert.Empty(foreign);
    }

    [Theory]
    [InlineData("System.IO.File")]
    [InlineData("System.Net.Http.HttpClient")]
    [InlineData("System.DateTime")]
    public void DomainTypes_DoNotUse_IoNetworkOrWallClock(string forbiddenTypeName)
    {
        // A member signature mentioning these means hidden I/O or a hidden clock; inject inputs instead.
        var offenders = DomainMembers()
            .Where(m => MemberTypes(m).Any(t => t.FullName == forbiddenTypeName))
            .Select(m => $"{m.DeclaringType}.{m.Name}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainTypes_NeverExpose_FloatingPoint()
    {
        // Money, rates and scores are decimal; a double anywhere in the public surface is a rounding bug waiting.
        var offenders = DomainMembers()
            .Where(m => MemberTypes(m).Any(t => t == typeof(double) || t == typeof(float) || t == typeof(double?) || t == typeof(float?)))
            .Select(m => $"{m.DeclaringType}.{m.Name}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<MemberInfo> DomainMembers() =>
        Domain.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static IEnumerable<Type> MemberTypes(MemberInfo m) => m switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo mi => mi.GetParameters().Select(p => p.ParameterType).Append(mi.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
