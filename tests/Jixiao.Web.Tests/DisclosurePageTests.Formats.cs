using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DisclosureTestSupport;

namespace Jixiao.Web.Tests;

public abstract partial class DisclosurePageTests<TApp>
{
    /// <summary>
    /// The 预算公开 import takes what the general import takes: a package as the unit keeps it in Excel (the exported xlsx,
    /// printed for the test unit) is previewed and saved as a draft through the page.
    /// </summary>
    [Fact]
    public async Task Import_Xlsx_IsPreviewedAndCommitted_LikeText()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var form = await client.GetStringAsync("/Disclosure/Import", Ct);
        Assert.Contains("accept=\".xlsx,.docx,.pdf,.html,.htm,.md,.txt\"", form);
        Assert.Contains("预算公开文档（xlsx、docx、pdf、html、md、txt）", form);
        var kczx = await app.LoginAsync("kczx");
        var exported = await kczx.GetByteArrayAsync($"/api/v1/disclosures/{await DemoPackageIdAsync(app)}/export?format=xlsx", Ct);
        var xlsx = Renamed(exported, SeedUnit, await WithDbAsync(app, db => db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(Ct)));

        var content = new MultipartFormDataContent { { new StringContent(Token(form)), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(xlsx), "upload", "单位预算公开.xlsx");
        var preview = await client.PostAsync("/Disclosure/Import?handler=Preview", content, Ct);
        var html = await preview.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.DoesNotContain("data-testid=\"import-error\"", html);
        Assert.Contains("data-testid=\"preview-summary\"", html);
        Assert.Contains("18,963,662.79", html);

        var commit = await client.PostAsync("/Disclosure/Import?handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fileName"] = Hidden(html, "fileName"),
            ["contentBase64"] = Hidden(html, "contentBase64"),
            ["__RequestVerificationToken"] = Token(html),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.True(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId && d.Year == 2021, Ct)));
    }

    /// <summary>The workbook with every text naming <paramref name="from"/> naming <paramref name="to"/> instead.</summary>
    private static byte[] Renamed(byte[] xlsx, string from, string to)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                string text;
                using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) text = reader.ReadToEnd();
                if (!text.Contains(from, StringComparison.Ordinal)) continue;
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.BaseStream.SetLength(0);
                writer.Write(text.Replace(from, to, StringComparison.Ordinal));
            }
        return buffer.ToArray();
    }
}
