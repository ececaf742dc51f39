using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>target-grammar.md §3 F–K and the non-quantitative rows of the §5 table (RT-5).</summary>
public sealed class TargetParserKindsTests
{
    [Theory]
    // §3 F. `年内完成` shares the canonical `当年内`; the PDF-broken `2023 年 10 月 底` closes up.
    [InlineData("每月20日前", Recurrence.Monthly, null, null, 20, DeadlineAnchor.Before, "每月20日前", "")]
    [InlineData("2024年10月前", Recurrence.None, 2024, 10, null, DeadlineAnchor.Before, "2024年10月前", "")]
    [InlineData("2024年8月底前", Recurrence.None, 2024, 8, null, DeadlineAnchor.EndOfMonthBefore, "2024年8月底前", "")]
    [InlineData("当年内", Recurrence.None, null, null, null, DeadlineAnchor.WithinYear, "当年内", "")]
    [InlineData("年内完成", Recurrence.None, null, null, null, DeadlineAnchor.WithinYear, "当年内", "")]
    [InlineData("2023 年 10 月 底", Recurrence.None, 2023, 10, null, DeadlineAnchor.AtEndOfMonth, "2023年10月底", "PdfSpacing")]
    // [I] neighbours: line break inside a cell, a full date, an ISO date, a year end, `完成` suffix.
    [InlineData("2023 年 10\n月 底", Recurrence.None, 2023, 10, null, DeadlineAnchor.AtEndOfMonth, "2023年10月底", "PdfSpacing")]
    [InlineData("2023年10月31日", Recurrence.None, 2023, 10, 31, DeadlineAnchor.OnDate, "2023年10月31日", "")]
    [InlineData("2023-10-31", Recurrence.None, 2023, 10, 31, DeadlineAnchor.OnDate, "2023年10月31日", "")]
    [InlineData("2024年底前", Recurrence.None, 2024, 12, null, DeadlineAnchor.EndOfMonthBefore, "2024年12月底前", "")]
    [InlineData("2024年6月30日前完成", Recurrence.None, 2024, 6, 30, DeadlineAnchor.Before, "2024年6月30日前", "")]
    [InlineData("10月之前", Recurrence.None, null, 10, null, DeadlineAnchor.Before, "10月前", "")]
    public void Parse_DeadlineString_GivesDeadline(string input, Recurrence recurrence, int? year, int? month, int? day,
        DeadlineAnchor anchor, string canonical, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Deadline, parsed.Kind);
        Assert.Equal(new DeadlineSpec(recurrence, year, month, day, anchor), parsed.Deadline);
        Assert.Equal(canonical, parsed.Canonical);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // Not dates: a 31st of a 30-day month, month 13, a bare year.
    [InlineData("2024年9月31日")]
    [InlineData("2024年13月前")]
    [InlineData("2024年")]
    public void Parse_InvalidDate_IsNotDeadline(string input) =>
        Assert.NotEqual(TargetKind.Deadline, TargetParser.Parse(input).Kind);

    [Theory]
    // §3 G. A frequency without a comparator is Eq; `至少` is Ge; a redundant `=` is dropped with a note.
    [InlineData("每月一次", Comparator.Eq, "1", "月", "每月1次", "")]
    [InlineData("=每月一次", Comparator.Eq, "1", "月", "每月1次", "RedundantEquals")]
    [InlineData("每月二次", Comparator.Eq, "2", "月", "每月2次", "")]
    [InlineData("每月两次", Comparator.Eq, "2", "月", "每月2次", "")]
    [InlineData("至少每天2次", Comparator.Ge, "2", "天", "至少每天2次", "")]
    [InlineData("=至少每天2次", Comparator.Ge, "2", "天", "至少每天2次", "RedundantEquals")]
    [InlineData("每日一次", Comparator.Eq, "1", "天", "每天1次", "")]
    [InlineData("每年不少于十二次", Comparator.Ge, "12", "年", "至少每年12次", "")]
    [InlineData("每季度不超过1次", Comparator.Le, "1", "季度", "每季度不超过1次", "")]
    public void Parse_FrequencyString_GivesCountPerPeriod(string input, Comparator op, string count, string per,
        string canonical, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Frequency, parsed.Kind);
        Assert.Equal(op, parsed.Op);
        Assert.Equal(new FrequencySpec(Expect.Number(count), per, null, null), parsed.Frequency);
        Assert.Equal(canonical, parsed.Canonical);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // §3 G coverage (7 × 24).
    [InlineData("每周7天*24小时", "")]
    [InlineData("=每周7天*24小时", "RedundantEquals")]
    [InlineData("7×24小时", "")]
    [InlineData("每周7天＊24小时", "")]
    public void Parse_CoverageString_GivesDaysAndHours(string input, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Frequency, parsed.Kind);
        Assert.Equal(new FrequencySpec(null, null, 7, 24), parsed.Frequency);
        Assert.True(parsed.Frequency!.IsCoverage);
        Assert.Equal("每周7天*24小时", parsed.Canonical);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // §3 H.
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData(" 是 ", true)]
    public void Parse_YesNo_GivesBoolean(string input, bool expected)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Boolean, parsed.Kind);
        Assert.Equal(expected, parsed.Bool);
        Assert.Equal(expected ? "是" : "否", parsed.Canonical);
    }

    [Theory]
    // §3 I standard words (each kept whole; `、` separates words).
    [InlineData("健全", "健全", "")]
    [InlineData("健全有效", "健全有效", "")]
    [InlineData("建立健全", "建立健全", "")]
    [InlineData("健全规范", "健全规范", "")]
    [InlineData("健全、规范", "健全|规范", "")]
    [InlineData("规范", "规范", "")]
    [InlineData("规范完整", "规范完整", "")]
    [InlineData("规范、完整", "规范|完整", "")]
    [InlineData("完整", "完整", "")]
    [InlineData("完备", "完备", "")]
    [InlineData("合规", "合规", "")]
    [InlineData("符合", "符合", "")]
    [InlineData("合格", "合格", "")]
    [InlineData("达标", "达标", "")]
    [InlineData("通过", "通过", "")]
    [InlineData("有效", "有效", "")]
    [InlineData("稳定", "稳定", "")]
    [InlineData("正常", "正常", "")]
    [InlineData("正常稳定", "正常稳定", "")]
    [InlineData("安全可持续", "安全可持续", "")]
    [InlineData("良好", "良好", "")]
    [InlineData("优秀", "优秀", "")]
    [InlineData("执行情况良好", "执行情况良好", "")]
    [InlineData("满意", "满意", "")]
    [InlineData("及时", "及时", "")]
    [InlineData("按时完成", "按时完成", "")]
    [InlineData("按计划及时完成", "按计划及时完成", "")]
    [InlineData("顺畅、及时", "顺畅|及时", "")]
    [InlineData("及时、顺畅", "及时|顺畅", "")]
    [InlineData("合理", "合理", "")]
    [InlineData("匹配", "匹配", "")]
    [InlineData("准确", "准确", "")]
    [InlineData("公开", "公开", "")]
    [InlineData("完成", "完成", "")]
    [InlineData("应修尽修", "应修尽修", "")]
    [InlineData("档案整理完整", "档案整理完整", "")]
    [InlineData("有相关技术经验", "有相关技术经验", "")]
    [InlineData("节能、环保", "节能|环保", "")]
    // §2 steps 4, 6, 7: PDF spacing, redundant `=`, the seeded typo (model corrected, OriginalText kept).
    [InlineData("健 全", "健全", "PdfSpacing")]
    [InlineData("=健全、规范", "健全|规范", "RedundantEquals")]
    [InlineData("=执行情况良好", "执行情况良好", "RedundantEquals")]
    [InlineData("建立建全", "建立健全", "TypoCorrected")]
    public void Parse_StandardWord_GivesQualitativeWords(string input, string words, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.Equal(words.Split('|'), parsed.Words);
        Assert.Equal(words.Replace('|', '、'), parsed.Canonical);
        Assert.False(parsed.Ordinal);
        Assert.Null(parsed.Reference);
        Assert.Equal(input, parsed.OriginalText);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // §3 I ordinal words.
    [InlineData("合格及以上")]
    [InlineData("良好及以上")]
    public void Parse_OrdinalWord_IsOrdinalQualitative(string input)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.True(parsed.Ordinal);
        Assert.Equal([input], parsed.Words);
        Assert.Equal(input, parsed.Canonical);
        Expect.Notes("", parsed);
    }

    [Theory]
    // §3 I bare relative words: 提升 提高 改善 减少 节省 [S]; 降低 增加 [I]; `有所` prefix [I].
    [InlineData("提升")]
    [InlineData("提高")]
    [InlineData("改善")]
    [InlineData("减少")]
    [InlineData("节省")]
    [InlineData("降低")]
    [InlineData("增加")]
    [InlineData("有所提升")]
    public void Parse_RelativeWord_IsQualitativeWithPriorYearReference(string input)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.Equal(RefKind.PriorYear, parsed.Reference);
        Assert.Equal([input], parsed.Words);
        Assert.Equal(input, parsed.Canonical);
        Expect.Notes("", parsed);
    }

    [Theory]
    // §5: anything else is Qualitative [normalised text] + Unrecognised; lint decides.
    [InlineData("达到预期效果", "达到预期效果")]
    [InlineData("健全、很好", "健全、很好")]
    [InlineData("遇故障时，及时处理", "遇故障时，及时处理")]
    [InlineData("系统 上线", "系统上线")]
    [InlineData("=", "=")]
    public void Parse_OtherText_IsUnrecognisedQualitative(string input, string normalised)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.Equal([normalised], parsed.Words);
        Assert.Equal(normalised, parsed.Canonical);
        Assert.True(parsed.HasNote(ParseNote.Unrecognised));
    }

    [Theory]
    // §3 J. Without a subject the comparison is kept as written; with one the comparator becomes a symbol.
    [InlineData("控制于预算内", Comparator.Le, null, null, RefKind.Budget, "控制于预算内", "控制于预算内", "")]
    [InlineData("不超过系统正常运维成本", Comparator.Le, null, null, RefKind.OperatingCost, "不超过系统正常运维成本", "不超过系统正常运维成本", "")]
    [InlineData("小于预算申请数", Comparator.Lt, null, null, RefKind.Budget, "小于预算申请数", "小于预算申请数", "")]
    [InlineData("比上一年度有所提升", Comparator.Gt, null, null, RefKind.PriorYear, "比上一年度有所提升", "比上一年度有所提升", "")]
    [InlineData("比上一年度有所减少", Comparator.Lt, null, null, RefKind.PriorYear, "比上一年度有所减少", "比上一年度有所减少", "")]
    [InlineData("测评标准未大幅修改时，当年等保测评分≥上一期分数", Comparator.Ge, "测评标准未大幅修改", "当年等保测评分",
        RefKind.PriorPeriod, "上一期分数", "测评标准未大幅修改时，当年等保测评分≥上一期分数", "")]
    [InlineData("测评标准未大幅修改时，当年等保测评分 $\\geq$ 上一期分数", Comparator.Ge, "测评标准未大幅修改", "当年等保测评分",
        RefKind.PriorPeriod, "上一期分数", "测评标准未大幅修改时，当年等保测评分≥上一期分数", "LatexOperator,PdfSpacing")]
    [InlineData("测评标准未大幅修\n改时，当年等保测评分 $\\geq$ 上一期分数", Comparator.Ge, "测评标准未大幅修改", "当年等保测评分",
        RefKind.PriorPeriod, "上一期分数", "测评标准未大幅修改时，当年等保测评分≥上一期分数", "LatexOperator,PdfSpacing")]
    // [I]: a subject with a word comparator; a condition with a numeric comparand (reference Other).
    [InlineData("较上年有所提高", Comparator.Gt, null, null, RefKind.PriorYear, "较上年有所提高", "较上年有所提高", "")]
    [InlineData("支出金额小于预算", Comparator.Lt, null, "支出金额", RefKind.Budget, "预算", "支出金额<预算", "")]
    [InlineData("系统升级时,可用率≥99%", Comparator.Ge, "系统升级", "可用率", RefKind.Other, "99%", "系统升级时，可用率≥99%", "")]
    public void Parse_RelativeOrConditionalString_GivesConditional(string input, Comparator op, string? condition,
        string? subject, RefKind reference, string referenceText, string canonical, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Conditional, parsed.Kind);
        Assert.Equal(op, parsed.Op);
        Assert.Equal(subject, parsed.Subject);
        Assert.Equal(new ConditionalSpec(condition, reference, referenceText), parsed.Cond);
        Assert.Equal(canonical, parsed.Canonical);
        Expect.Notes(notes, parsed);
    }

    [Fact]
    public void Parse_SubjectWithNumericComparand_IsQuantityNotConditional()
    {
        // `预算` in the subject is not a comparand: precedence step 5 must leave this to step 6.
        var parsed = TargetParser.Parse("预算执行率≥90%");

        Assert.Equal(TargetKind.Quantitative, parsed.Kind);
        Assert.Equal("预算执行率", parsed.Subject);
    }

    [Theory]
    // §3 K: blank cells, U+3000 only, missing (null).
    [InlineData(null)]
    [InlineData("")]
    [InlineData("　")]
    [InlineData(" \r\n\t ")]
    public void Parse_Blank_IsEmpty(string? input)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Empty, parsed.Kind);
        Assert.Equal("", parsed.Canonical);
        Assert.Equal(input ?? "", parsed.OriginalText);
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void Parse_CustomTypoMap_IsAppliedToModelOnly()
    {
        var options = TargetParseOptions.Default with
        {
            Typos = new Dictionary<string, string> { ["规犯"] = "规范", [""] = "x" },
        };

        var parsed = TargetParser.Parse("规犯", options);

        Assert.Equal(["规范"], parsed.Words);
        Assert.Equal("规犯", parsed.OriginalText);
        Expect.Notes("TypoCorrected", parsed);
    }
}
