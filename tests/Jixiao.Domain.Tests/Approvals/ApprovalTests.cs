using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Approvals;

/// <summary>The approval helper itself: it passes only on an equal file, and never passes while approving.</summary>
public sealed class ApprovalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("jixiao-approval-").FullName;

    private string ApprovedPath => Path.Combine(folder, "sample.approved.txt");

    private string ReceivedPath => Path.Combine(folder, "sample.received.txt");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Verify_EqualText_PassesAndLeavesNoReceivedFile()
    {
        File.WriteAllText(ApprovedPath, "CMP-07\tError\t1\nCAT-01\tError\t4\n");
        File.WriteAllText(ReceivedPath, "stale");

        Approval.Verify(ApprovedPath, "CMP-07\tError\t1\r\nCAT-01\tError\t4", update: false);

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_DifferentText_FailsNamingFirstDifferingLineAndWritesReceived()
    {
        File.WriteAllText(ApprovedPath, "p0\tCMP-07\tError\t1\np0\tCAT-01\tError\t4\np1\tDUP-01\tError\t2\n");

        var failure = Assert.ThrowsAny<Exception>(() =>
            Approval.Verify(ApprovedPath, "p0\tCMP-07\tError\t1\np0\tCAT-01\tWarning\t4\np1\tDUP-01\tError\t2\n", update: false));

        Assert.Contains("line 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("approved: p0\tCAT-01\tError\t4", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received: p0\tCAT-01\tWarning\t4", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1\n", failure.Message, StringComparison.Ordinal);
        Assert.Equal("p0\tCMP-07\tError\t1\np0\tCAT-01\tWarning\t4\np1\tDUP-01\tError\t2\n", File.ReadAllText(ReceivedPath));
        Assert.Equal("p0\tCMP-07\tError\t1\np0\tCAT-01\tError\t4\np1\tDUP-01\tError\t2\n", File.ReadAllText(ApprovedPath));
    }

    [Fact]
    public void Verify_LineAddedAtEnd_FailsShowingTheEnd()
    {
        File.WriteAllText(ApprovedPath, "a\n");

        var failure = Assert.ThrowsAny<Exception>(() => Approval.Verify(ApprovedPath, "a\nb\n", update: false));

        Assert.Contains("approved: <end>", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received: b", failure.Message, StringComparison.Ordinal);
        Assert.Contains("1 approved lines, 2 received", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UpdateMode_WritesApprovedFileAndStillFails()
    {
        File.WriteAllText(ApprovedPath, "old\n");
        File.WriteAllText(ReceivedPath, "old received\n");

        var failure = Assert.ThrowsAny<Exception>(() => Approval.Verify(ApprovedPath, "new", update: true));

        Assert.Contains(Approval.UpdateVariable, failure.Message, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(ApprovedPath));
        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_UpdateModeWithEqualText_StillFails()
    {
        File.WriteAllText(ApprovedPath, "same\n");

        Assert.ThrowsAny<Exception>(() => Approval.Verify(ApprovedPath, "same\n", update: true));
    }

    [Fact]
    public void Verify_NoApprovedFile_FailsAndWritesReceived()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Approval.Verify(ApprovedPath, "first", update: false));

        Assert.Contains("No approved file", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ApprovedPath));
        Assert.Equal("first\n", File.ReadAllText(ReceivedPath));
    }

    [Fact]
    public void Verify_ByName_ReadsTheApprovedFolderOfThisTestProject()
    {
        // tests/Jixiao.Domain.Tests/Approved/approval-helper.approved.txt is checked in for this test.
        Approval.Verify("approval-helper", "approved files are found in the source tree\n");
    }

    [Fact]
    public void ReceivedFiles_AreIgnoredByGit()
    {
        var ignore = File.ReadAllLines(Path.Combine(RepositoryFiles.RepositoryRoot, ".gitignore"));

        Assert.Contains("*.received.txt", ignore);
    }
}
