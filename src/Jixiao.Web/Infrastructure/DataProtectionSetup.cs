using System.Xml.Linq;
using Jixiao.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Session and antiforgery keys. The key ring lives in the database (every node reads every other node's cookies, and
/// sessions survive restarts), encrypted with a certificate that is not in the database (<see cref="KeyCertificate"/>):
/// a copy of the database or a backup cannot sign a cookie for production.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddJixiaoDataProtection(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var (provider, connectionString) = DatabaseSetup.Store(config, env);
        var certificate = KeyCertificate.Resolve(config, env.ContentRootPath, provider, connectionString);
        services.AddSingleton(certificate);
        services.AddDataProtection().SetApplicationName("Jixiao").PersistKeysToDbContext<JixiaoDbContext>()
            .ProtectKeysWithCertificate(certificate.Current)
            .UnprotectKeysWithAnyCertificate([certificate.Current, .. certificate.Previous]);
        return services;
    }

    /// <summary>
    /// Before the first request: deletes key rows stored in plain text by versions before the ring was encrypted. Such
    /// a key is readable by anyone holding an old backup or dump, so it must not sign sessions any more; a fresh
    /// encrypted key is made on first use, and users sign in once again. Also warns when PostgreSQL runs on a generated
    /// certificate, which only serves a single node.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionSetup));
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var plain = (await db.DataProtectionKeys.AsNoTracking().ToListAsync(ct)).Where(k => HoldsPlainSecret(k.Xml)).Select(k => k.Id).ToList();
        if (plain.Count > 0)
        {
            await db.DataProtectionKeys.Where(k => plain.Contains(k.Id)).ExecuteDeleteAsync(ct);
            log.LogWarning("已删除 {Count} 个未加密保存的会话密钥（旧版本留下，备份中可读）；已登录的用户需重新登录一次。", plain.Count);
        }
        var certificate = scope.ServiceProvider.GetRequiredService<KeyCertificate>();
        if (certificate.Generated && !db.Database.IsSqlite())
            log.LogWarning("会话密钥由本机自动生成的证书 {Path} 加密。多个节点共用一个 PostgreSQL 时，须为所有节点配置同一个证书（DataProtection:CertificatePath），否则各节点无法读取彼此的登录状态。", certificate.Path);
    }

    /// <summary>A key element whose master key is stored as a plain value rather than as an encryptedSecret.</summary>
    public static bool HoldsPlainSecret(string? xml)
    {
        if (string.IsNullOrEmpty(xml)) return false;
        try { return XElement.Parse(xml).Descendants().Any(e => e.Name.LocalName == "masterKey"); }
        catch (System.Xml.XmlException) { return false; } // not a key this app wrote; the key manager ignores it too
    }
}
