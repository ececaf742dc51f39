using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring.Golden;

/// <summary>
/// Every field of a <see cref="ProjectScore"/> as text (decimals with their scale, every trail line and finding), so
/// two scorers can be compared line by line. Also linked into the Documents tests (seed forms).
/// </summary>
internal static class ScoreRendering
{
    public static void Render(StringBuilder o, string heading, ProjectScore s)
    {
        o.Append("# ").Append(heading).Append('\n');
        o.Append("P ").Append(s.ProfileTag).Append(' ').Append(s.Mode)
            .Append(" rate=").Append(D(s.ExecutionRate)).Append(" shown=").Append(D(s.ExecutionRateDisplay))
            .Append(" ew=").Append(D(s.ExecutionWeight)).Append(" es=").Append(D(s.ExecutionScore))
            .Append(" pes=").Append(D(s.PrintedExecutionScore)).Append(" applicable=").Append(s.ExecutionApplicable)
            .Append(" total=").Append(D(s.ComputedTotal)).Append(' ').Append(s.ComputedGrade)
            .Append(" printed=").Append(D(s.PrintedTotal)).Append(' ').Append(s.PrintedGrade?.ToString() ?? "-")
            .Append(" blocks=").Append(s.BlocksSubmit).Append('\n');
        Lines(o, "", s.Trail, s.Findings);
        foreach (var r in s.Rows)
        {
            o.Append("R ").Append(r.Indicator.Ordinal.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(r.Indicator.Name)
                .Append(" w=").Append(D(r.Weight)).Append(" printed=").Append(D(r.PrintedScore))
                .Append(" computed=").Append(D(r.ComputedScore)).Append(" reason=").Append(r.NotScoredReason?.ToString() ?? "-")
                .Append(" score=").Append(D(r.Score)).Append(" rule=").Append(r.Rule)
                .Append(" dir=").Append(r.Direction?.ToString() ?? "-").Append(" tier=").Append(r.Tier?.ToString() ?? "-")
                .Append(" met=").Append(r.Met?.ToString() ?? "-").Append(" usesPrinted=").Append(r.UsesPrintedScore).Append('\n');
            Lines(o, "  ", r.Trail, r.Findings);
        }
    }

    private static void Lines(StringBuilder o, string indent, IReadOnlyList<string> trail, IReadOnlyList<Finding> findings)
    {
        foreach (var step in trail) o.Append(indent).Append("T ").Append(step).Append('\n');
        foreach (var f in findings)
            o.Append(indent).Append("F ").Append(f.RuleId).Append(' ').Append(f.Severity).Append(" | ").Append(f.Message)
                .Append(" | ").Append(f.Project).Append(" | ").Append(f.Indicator).Append(" | ").Append(f.Field)
                .Append(" | ").Append(f.Row?.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(f.Evidence)
                .Append(" | ").Append(f.MessageEn).Append(" | ").Append(f.NonBlocking).Append('\n');
    }

    private static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
