using System.Text;

namespace Jixiao.Tests.Shared;

/// <summary>
/// Approval files: the received text of a test is compared with `tests/{TestProject}/Approved/{name}.approved.txt`, a
/// small uncompressed file that holds stable facts only (rule ids, severities, rows, scores, parsed fields), so a
/// reviewer reads a behaviour change as a diff. On a mismatch the received text is written beside it as
/// `{name}.received.txt` (gitignored) and the test fails with the first differing lines. With `JIXIAO_APPROVE=1` the
/// received text is written as the approved file and the test still FAILS: an approval test never passes while
/// approving, so a run with the variable set cannot be mistaken for a green one.
/// </summary>
internal static class Approval
{
    public const string UpdateVariable = "JIXIAO_APPROVE";

    private const int DifferencesShown = 5;

    public static void Verify(string name, string received) =>
        Verify(Path.Combine(Folder(), name + ".approved.txt"), received, Environment.GetEnvironmentVariable(UpdateVariable) == "1");

    /// <summary>The check itself, on an explicit path and mode (so the helper can be tested on a temporary folder).</summary>
    public static void Verify(string approvedPath, string received, bool update)
    {
        var text = Normalise(received);
        var receivedPath = ReceivedPath(approvedPath);
        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, text, Utf8);
            File.Delete(receivedPath);
            Assert.Fail($"{UpdateVariable}=1: wrote {approvedPath} ({text.Length} characters). Review the diff, then run the test again without {UpdateVariable} to verify.");
        }

        if (!File.Exists(approvedPath))
        {
            File.WriteAllText(receivedPath, text, Utf8);
            Assert.Fail($"No approved file {approvedPath}; the received text is in {receivedPath}. Review it and run with {UpdateVariable}=1 to approve.");
        }

        var approved = Normalise(File.ReadAllText(approvedPath, Utf8));
        if (approved == text)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text, Utf8);
        Assert.Fail($"{Path.GetFileName(approvedPath)} differs from what the test received (written to {receivedPath}):\n{Differences(approved, text)}" +
                    $"\nIf the change is intended, run with {UpdateVariable}=1 and commit the approved file.");
    }

    public static string ReceivedPath(string approvedPath) =>
        approvedPath.EndsWith(".approved.txt", StringComparison.Ordinal)
            ? approvedPath[..^".approved.txt".Length] + ".received.txt"
            : approvedPath + ".received.txt";

    /// <summary>The first few differing lines, each with its line number, then the line counts.</summary>
    public static string Differences(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        var o = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, r.Length) && shown < DifferencesShown; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < r.Length ? r[i] : "<end>";
            if (left == right) continue;
            o.Append("line ").Append(i + 1).Append('\n')
                .Append("  approved: ").Append(left).Append('\n')
                .Append("  received: ").Append(right).Append('\n');
            shown++;
        }
        o.Append(a.Length - 1).Append(" approved lines, ").Append(r.Length - 1).Append(" received");
        return o.ToString();
    }

    // Approved files live in the source tree (not copied to bin), so approving and verifying read the same file.
    private static string Folder() =>
        Path.Combine(RepositoryFiles.RepositoryRoot, "tests", typeof(Approval).Assembly.GetName().Name!, "Approved");

    private static string Normalise(string text)
    {
        var n = text.ReplaceLineEndings("\n");
        return n.EndsWith('\n') ? n : n + "\n";
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
