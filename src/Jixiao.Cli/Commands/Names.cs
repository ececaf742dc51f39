using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

internal static class Names
{
    public static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.Declaration => "declaration",
        DocumentKind.SelfEvaluation => "self-evaluation",
        DocumentKind.FinalAccounts => "final-accounts",
        _ => "budget-disclosure",
    };

    public static string KindChinese(DocumentKind kind) => kind switch
    {
        DocumentKind.Declaration => "绩效目标申报表",
        DocumentKind.SelfEvaluation => "绩效自评表",
        DocumentKind.FinalAccounts => "部门决算公开",
        _ => "单位预算公开",
    };

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,##0.00") : "—";
    public static string Score(decimal? value) => value is { } v ? v.ToString("0.00") : "—";
}
