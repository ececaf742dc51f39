namespace Jixiao.Documents.Tests.Corpus;

/// <summary>One expected cell the import did not give: where (field key, row and column), expected and imported text.</summary>
internal sealed record CellMiss(string Where, string Expected, string? Got);

/// <summary>
/// How one import measures against its expectation. Header counts the unit, header fields and funds; rows counts
/// indicator rows (or a disclosure table's rows) found of those visible; cells counts every expected non-blank value
/// (header, funds, row cells) and is the field accuracy. Rows of tables the import model has no home for yet
/// (年度履职目标, 基础数据表) are reported as <see cref="UnscoredRows"/>. <see cref="Template"/> is the id of the template
/// the recogniser chose for the project scored (null for a disclosure or a refused document).
/// </summary>
internal sealed record DocumentScore(
    string Id,
    string ExpectedKind,
    string Status,
    string? GotKind,
    string? Template,
    int HeaderRight,
    int HeaderExpected,
    int RowsFound,
    int RowsVisible,
    int CellsRight,
    int CellsExpected,
    int UnscoredRows,
    IReadOnlyList<CellMiss> Misses)
{
    public const string Refused = "refused";
    public const string Recognised = "recognised";
    public const string Other = "other";

    public bool IsRecognised => Status == Recognised;

    public decimal Accuracy => CellsExpected == 0 ? 1m : (decimal)CellsRight / CellsExpected;
}
