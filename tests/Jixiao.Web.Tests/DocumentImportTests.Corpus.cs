using System.Net;
using Jixiao.Data.Content;
using Jixiao.Documents;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>
/// Dev corpus 25 and 26: a 部门整体支出绩效自评表 printed in a project self-evaluation's columns, uploaded by the unit it
/// names, is stored as that unit's project 自评 with every indicator row and every amount the file prints.
/// </summary>
public abstract partial class DocumentImportTests<TApp>
{
    /// <summary>File, indicator rows, and 年度资金总额 as printed (万元 → 元): 年初预算数, 全年预算数, 全年执行数.</summary>
    public static TheoryData<string, int, decimal, decimal, decimal> DepartmentTablesInProjectColumns => new()
    {
        { "25_anhui-jinzhai_2023_dept-selfeval.txt", 8, 3_297_700m, 3_297_700m, 3_383_100m },
        { "26_hunan-hengshan-guantang_2023_dept-selfeval.txt", 0, 8_611_000m, 20_301_200m, 20_301_200m },
    };

    [Theory]
    [MemberData(nameof(DepartmentTablesInProjectColumns))]
    public async Task Commit_CorpusDepartmentTableInProjectColumns_IsTheUnitsProjectSelfEvaluation_EveryRowAndAmount(
        string file, int rows, decimal initial, decimal adjusted, decimal spent)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(SeedPath("x"))!, "..", "devcorpus", file), Ct);
        var read = DocumentImporter.ImportBytes(file, bytes);
        Assert.True(read.Success, read.Error);
        Assert.Equal(DocumentKind.SelfEvaluation, read.Document!.Kind);
        var expected = Assert.Single(read.Document.Package.Projects);
        Assert.Equal(rows, expected.Indicators.Count);
        Assert.Equal(new FundRow(initial, adjusted, spent), expected.Evaluation!.Total); // both print 万元, above or in the grid's header

        var (client, unitId, _) = await NewUnitAsync(app, read.Document.UnitName);
        var preview = await PreviewAsync(client, bytes, file);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct)).StatusCode);

        var (template, profile, stored) = await WithDbAsync(app, async db =>
        {
            var p = await db.Projects.SingleAsync(x => x.UnitId == unitId, Ct);
            var v = await db.DeclarationVersions.Where(x => x.ProjectId == p.Id).OrderByDescending(x => x.Number).FirstAsync(Ct);
            var e = await db.SelfEvaluations.SingleAsync(x => x.ProjectId == p.Id, Ct);
            return (p.TemplateId, e.ProfileId, SelfEvaluationService.Evaluated(ProjectService.ToDomain(v), EvaluationContentJson.Read(e.Content)));
        });
        // A project's 自评 (the columns decide), not a department's 部门整体自评.
        Assert.NotEqual(GenericTemplates.DepartmentDeclarationId, template);
        Assert.False(SelfEvaluationService.IsDepartmentEvaluation(profile));
        // The declaration's money is stored in 元: the document's bare figures under its 万元 header, read in that unit.
        Assert.Equal(StatedMoneyUnit.Apply(expected).Funds, stored.Funds);
        Assert.Equal(expected.Evaluation, stored.Evaluation);
        Assert.Equal(Scored(expected), Scored(stored));
    }

    private static List<string> Scored(Project p) =>
        p.Indicators.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Target.OriginalText}|{i.Actual?.OriginalText}|{i.Weight}|{i.Score}").ToList();
}
