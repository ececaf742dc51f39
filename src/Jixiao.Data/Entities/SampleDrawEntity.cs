namespace Jixiao.Data.Entities;

/// <summary>
/// One 抽评 draw as recorded: the year, the stated percentage, the seed and the candidates' count, and the 自评表 drawn
/// (JSON array of ids), so anyone can draw it again (<see cref="Domain.ReReview.SampleDraw"/>) and compare. Append-only.
/// </summary>
public class SampleDrawEntity
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public decimal Percent { get; set; }
    public long Seed { get; set; }
    public int CandidateCount { get; set; }
    public required string Drawn { get; set; }
    public required string DrawnBy { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
}
