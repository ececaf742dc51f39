using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jixiao.Data;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// The certificate that encrypts the data-protection key ring at rest, kept outside the database so that a database
/// dump or backup alone cannot sign a session cookie. Either configured (<c>DataProtection:CertificatePath</c>, a PFX,
/// with <c>DataProtection:CertificatePassword</c>; older certificates that may still have encrypted keys under
/// <c>DataProtection:PreviousCertificates:N:Path|Password</c>) or generated on first start into a key file: beside the
/// SQLite database (<c>keys/dataprotection.pfx</c>), or under the content root's <c>data/keys/</c> for PostgreSQL.
/// </summary>
public sealed record KeyCertificate(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous, string Path, bool Generated)
{
    public const string FileName = "dataprotection.pfx";

    public static KeyCertificate Resolve(IConfiguration config, string contentRoot, string provider, string connectionString)
    {
        var section = config.GetSection("DataProtection");
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Select(c => Load(Rooted(c["Path"], contentRoot), c["Password"])).ToList();
        if (Rooted(section["CertificatePath"], contentRoot) is { } configured)
            return new KeyCertificate(Load(configured, section["CertificatePassword"]), previous, configured, Generated: false);
        var path = System.IO.Path.Combine(DefaultDirectory(contentRoot, provider, connectionString), FileName);
        if (!File.Exists(path)) CreateOnce(path);
        return new KeyCertificate(Load(path, null), previous, path, Generated: true);
    }

    /// <summary>SQLite: <c>keys/</c> beside the database file; PostgreSQL: the content root's <c>data/keys/</c>.</summary>
    public static string DefaultDirectory(string contentRoot, string provider, string connectionString)
    {
        if (provider.Trim().Equals(DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase)
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 } file
            && file != ":memory:"
            && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file, contentRoot)) is { Length: > 0 } dir)
            return System.IO.Path.Combine(dir, "keys");
        return System.IO.Path.Combine(contentRoot, "data", "keys");
    }

    /// <summary>
    /// Writes a new self-signed certificate to <paramref name="path"/> unless one is there: the file is complete in a
    /// private temporary name first and then hard-linked into place (File.Move without overwrite), so two nodes starting
    /// at once both end up loading the one that won. Owner-only (0600) in an owner-only folder.
    /// </summary>
    private static void CreateOnce(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(dir);
        else Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temp = System.IO.Path.Combine(dir, $".{FileName}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var file = new FileStream(temp, options))
            {
                file.Write(NewCertificate());
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node created it first: use theirs.
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static byte[] NewCertificate()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Jixiao data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        // The certificate only wraps keys (no chain, no TLS): a long validity avoids a silent expiry years from now.
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        return certificate.Export(X509ContentType.Pkcs12);
    }

    private static X509Certificate2 Load(string? path, string? password)
    {
        if (path is null) throw new InvalidOperationException("数据保护证书配置不完整：缺少证书文件路径（DataProtection:PreviousCertificates:N:Path）。");
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey ? certificate
                : throw new InvalidOperationException($"数据保护证书“{path}”不含私钥，无法解密会话密钥。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"无法读取数据保护证书“{path}”（文件不存在、无权读取或密码不对）。", e);
        }
    }

    private static string? Rooted(string? path, string contentRoot) =>
        string.IsNullOrWhiteSpace(path) ? null : System.IO.Path.GetFullPath(path, contentRoot);
}
