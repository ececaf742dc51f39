using System.Text;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// What the importer reads from the seeds and from generated variants of them (<see cref="GoldenCorpus"/>), as
/// approval files of parsed fields. Each seed is approved in full; re-encoding it (CRLF and a BOM) must give exactly the
/// seed's facts; padding its table cells with spaces is approved as the lines where it differs from the seed (or as a
/// summary when the structure differs); each
/// mangled variant (cut, a block moved, junk lines) is approved as a summary (counts, names, forms, totals).
/// </summary>
public sealed class ImportApprovalTests
{
    public static TheoryData<string> SeedIds() => new(GoldenCorpus.Documents().Select(d => d.Id).Where(GoldenCorpus.KeptInFull));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void ImportBytes_Seed_MatchesApprovedFacts(string id) =>
        Approval.Verify("import-" + id[..3], Facts(id));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void ImportBytes_SeedWithCrlfAndBom_SameFactsAsTheSeed(string id) =>
        Assert.Equal(Facts(id), Facts(id + "~crlf-bom"));

    [Fact]
    public void ImportBytes_SeedsWithPaddedCells_MatchApprovedDifferences()
    {
        var o = new StringBuilder();
        foreach (var id in GoldenCorpus.Documents().Select(d => d.Id).Where(GoldenCorpus.KeptInFull))
            o.Append("=== ").Append(id[..3]).Append("~padded\n")
                .Append(ImportFacts.Difference(Facts(id), Facts(id + "~padded")) ?? "different shape: " + ImportFacts.Summary(Import(id + "~padded")));

        Approval.Verify("import-padded", o.ToString());
    }

    [Fact]
    public void ImportBytes_MangledSeeds_MatchApprovedFacts()
    {
        var o = new StringBuilder();
        foreach (var (id, _) in GoldenCorpus.Documents().Where(d => d.Id.Contains("~mangled", StringComparison.Ordinal)))
            o.Append("=== ").Append(id[..3]).Append(id[id.IndexOf('~', StringComparison.Ordinal)..]).Append('\n')
                .Append(ImportFacts.Summary(Import(id)));

        Approval.Verify("import-mangled", o.ToString());
    }

    private static string Facts(string id) => ImportFacts.Write(Import(id));

    private static ImportOutcome Import(string id) =>
        DocumentImporter.ImportBytes(id, GoldenCorpus.Documents().Single(d => d.Id == id).Bytes);
}
