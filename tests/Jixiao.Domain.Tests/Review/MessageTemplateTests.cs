using System.Text.RegularExpressions;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Messages are filled in one pass over the template (ProjectRun.Fill), which equals key-by-key replacement only when
/// every brace of a template belongs to a plain `{key}` placeholder.
/// </summary>
public partial class MessageTemplateTests
{
    [GeneratedRegex(@"\{[a-zA-Z][a-zA-Z0-9]*\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void RuleCatalog_EveryMessage_HasOnlyPlainPlaceholders()
    {
        var texts = RuleCatalog.All
            .SelectMany(r => r.Variants.Values.Select(v => v.Message).Append(r.Message))
            .SelectMany(m => new[] { m.Zh, m.En });

        Assert.All(texts, t => Assert.DoesNotMatch("[{}]", Placeholder().Replace(t, "")));
    }

    [Fact]
    public void LintProject_ValueHoldingAnotherPlaceholder_FilledKeyByKey()
    {
        // CAT-02 fills name, level1, level2, suggestion in that order: a name spelled `{level1}` is replaced again.
        var project = TestProjects.Clean with
        {
            Indicators = [TestProjects.Row(1, "满意度指标", "服务对象满意度指标", "{level1}投诉", T.Le(1m, "次")), .. TestProjects.CleanIndicators.Skip(1)],
        };

        var finding = Assert.Single(project.Lint(), f => f.RuleId == "CAT-02");

        Assert.Equal("“满意度指标投诉”与分类“满意度指标/服务对象满意度指标”不符，建议归入“质量指标”。", finding.Message);
    }
}
