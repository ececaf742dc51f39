using Jixiao.Domain.Review;

namespace Jixiao.Cli.Contract;

// The `jixiao lint --json` contract.

public sealed record LintOutput(IReadOnlyList<FindingDto> Findings, IReadOnlyList<FileErrorDto> Errors);

public sealed record FindingDto(
    string File,
    string? Project,
    string? Indicator,
    string RuleId,
    string Severity,
    string Message,
    string? Field,
    int? Row)
{
    public static FindingDto From(string file, Finding f) =>
        new(file, f.Project, f.Indicator, f.RuleId, SeverityName(f.Severity), f.Message, f.Field, f.Row);

    public static string SeverityName(Severity s) => s switch
    {
        Domain.Review.Severity.Error => "error",
        Domain.Review.Severity.Warning => "warning",
        _ => "info",
    };
}
