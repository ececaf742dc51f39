namespace Jixiao.Domain.Disclosure;

/// <summary>
/// One year's 《政府收支分类科目》 names: 支出功能分类 (类/款/项) and 部门预算支出经济分类 (类/款), keyed by code digits.
/// Data, not code: the catalogue changes yearly (disclosure.md §2, §3).
/// </summary>
public sealed record ClassificationCatalogue(
    int Year,
    IReadOnlyDictionary<string, string> FunctionNames,
    IReadOnlyDictionary<string, string> EconomicNames)
{
    public string? FunctionName(SubjectCode code) => FunctionNames.GetValueOrDefault(code.Value);

    public string? EconomicName(SubjectCode code) => EconomicNames.GetValueOrDefault(code.Value);

    /// <summary>The 功能分类 类 whose catalogue name is <paramref name="name"/> (tables 1 and 4 print names only).</summary>
    public SubjectCode? FunctionClassByName(string name)
    {
        foreach (var (digits, n) in FunctionNames)
        {
            if (digits.Length == 3 && n == name && SubjectCode.TryParse(digits, out var code))
            {
                return code;
            }
        }

        return null;
    }
}
