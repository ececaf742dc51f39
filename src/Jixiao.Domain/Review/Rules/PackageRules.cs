using Jixiao.Domain.Projects;
using Jixiao.Domain.Text;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>Unit-scope rules: MNY-06 (header = projects), DUP-03 (duplicate project names), OP-05 (spellings).</summary>
internal sealed class PackageRules : IPackageRules
{
    public IEnumerable<Finding> Check(UnitPackage package, ProjectRun run)
    {
        var projects = package.Projects;
        if (package.Stated is { } stated)
        {
            var computed = UnitSummary.Compute(projects);
            var countWrong = stated.ProjectCount != computed.ProjectCount;
            var amountWrong = Math.Abs(Money.Amount.FromWanYuan(stated.TotalWanYuan).Yuan - computed.TotalYuan) > run.Profile.HeaderToleranceYuan;
            if (countWrong || amountWrong)
                yield return run.Emit("MNY-06", field: "绩效目标设置情况", row: stated.SourceLine,
                    evidence: $"{stated.ProjectCount} 个 / {Fmt.Num(stated.TotalWanYuan)} 万元 vs {computed.ProjectCount} 个 / {Fmt.Yuan(computed.TotalYuan)} 元");
        }

        foreach (var group in projects.GroupBy(p => IndicatorIdentity.NameKey(p.Name)).Where(g => g.Key.Length > 0 && g.Count() > 1))
            yield return run.Emit("DUP-03", projectName: group.First().Name, field: "项目名称",
                evidence: string.Join(", ", group.Select(p => p.FormNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? p.Name)));

        // OP-05: one model (TargetValue equality ignores the text), several spellings a person types (`>=`, `大于等于`,
        // `不超过`). Compared after the grammar's clean-up (DisplayText): LaTeX left by a PDF conversion (`$\geq$`) and
        // PDF spacing are no one's spelling, and the reviewer reads the cleaned text.
        var spellings = projects
            .SelectMany(p => p.Indicators)
            .Where(i => i.Target.Kind is not Targets.TargetKind.Empty and not Targets.TargetKind.Qualitative)
            .GroupBy(i => i.Target)
            .Select(g => g.Select(i => Compact(DisplayText.Clean(i.Target.OriginalText))).Distinct().ToList())
            .Where(list => list.Count > 1);
        foreach (var list in spellings)
            yield return run.Emit("OP-05", new Args(("list", string.Join("、", list.Select(s => $"“{s}”")))), field: "指标值");
    }
}
