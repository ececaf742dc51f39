using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>
/// No secret is committed: every tracked text file is scanned for private keys, cloud and service tokens, and
/// passwords written into configuration or connection strings. Demo passwords are generated at first start
/// (Seeder), so nothing in the repository is a real credential; the only allowed literal is the tests' own
/// throwaway <see cref="AppFixture.Password"/>.
/// </summary>
public sealed partial class SecretScanTests
{
    // The test suites' and the bench's throwaway passwords for districts they generate and delete.
    private static readonly string[] Allowed = [AppFixture.Password, "E2e-Passw0rd", "Bench-Pass-2024", "Mine-Own-Passw0rd"];

    [Fact]
    public void Repository_HasNoCommittedSecrets()
    {
        var root = RepoRoot();
        var files = TrackedFiles(root);
        var findings = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file);
            // This file plants samples on purpose.
            if (!File.Exists(path) || new FileInfo(path).Length > 2 * 1024 * 1024 || file.EndsWith(nameof(SecretScanTests) + ".cs", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            if (text.Contains('\0')) continue; // binary
            findings.AddRange(Find(text).Select(f => $"{file}: {f}"));
        }

        Assert.True(files.Count > 100, $"only {files.Count} tracked files found");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    // The scanner itself finds each kind of secret (so a clean scan means something).
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEow")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----")]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")]
    [InlineData("token: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")]
    [InlineData("\"ConnectionStrings\": { \"Default\": \"Host=db;Username=jixiao;Password=s3cr3t-Pw\" }")]
    [InlineData("\"Password\": \"Hunter2-Prod\"")]
    [InlineData("Demo__Password=Prod-Passw0rd")]
    [InlineData("\"ApiKey\": \"sk_live_0123456789abcdef\"")]
    public void Find_PlantedSecret_IsReported(string text) => Assert.NotEmpty(Find(text));

    [Theory]
    // Placeholders and code that handles passwords are not secrets.
    [InlineData("Host=…;Database=jixiao;Username=…;Password=…")]
    [InlineData("var password = config[\"Demo:Password\"] ?? GeneratePassword();")]
    [InlineData("[BindProperty] public string Password { get; set; } = \"\";")]
    [InlineData("public const string Password = \"Test-Passw0rd\";")]
    [InlineData("Password=$PGPASSWORD")]
    public void Find_PlaceholderOrCode_IsNotReported(string text) => Assert.Empty(Find(text));

    internal static IEnumerable<string> Find(string text)
    {
        foreach (var pattern in new[] { PrivateKey(), AwsKey(), ServiceToken(), ConnectionPassword(), ConfigSecret(), EnvSecret() })
            foreach (Match m in pattern.Matches(text))
            {
                var value = m.Groups["v"].Success ? m.Groups["v"].Value : m.Value;
                if (Allowed.Contains(value) || value.StartsWith('$') || value.Contains('…') || value.StartsWith('<')) continue;
                yield return m.Value.Length > 60 ? m.Value[..60] + "…" : m.Value;
            }
    }

    [GeneratedRegex(@"-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"\b(ghp|gho|ghs|github_pat|xox[baprs]|sk_live|glpat)[-_][0-9A-Za-z_]{16,}")]
    private static partial Regex ServiceToken();

    // `Password=secret` inside a connection string (after Host=/Server=/Username=…).
    [GeneratedRegex(@"(?i)\b(host|server|data source|username|user id)=[^""'\n]*?;\s*(password|pwd)=(?<v>[^;""'\s]{4,})")]
    private static partial Regex ConnectionPassword();

    // `"Password": "secret"` or `Password = "secret"`: a quoted literal given to a secret-named key.
    [GeneratedRegex(@"(?i)\b\w*(password|secret|apikey|api_key|token)\w*[""']?\s*[:=]\s*[""'](?<v>[^""'\s]{6,})[""']")]
    private static partial Regex ConfigSecret();

    // `Demo__Password=secret` in env files and shell scripts.
    [GeneratedRegex(@"(?im)^\s*(export\s+)?\w*(password|secret|token|apikey)\w*=(?<v>[^\s""'$]{6,})")]
    private static partial Regex EnvSecret();

    private static List<string> TrackedFiles(string root)
    {
        var psi = new ProcessStartInfo("git", ["ls-files", "-z"]) { WorkingDirectory = root, RedirectStandardOutput = true };
        using var git = Process.Start(psi)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
