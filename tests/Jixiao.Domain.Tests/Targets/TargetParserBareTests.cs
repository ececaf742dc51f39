using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// What people type without the official syntax (issue 15 item 2, ADR-033): a bare number + unit is `=` with note
/// OperatorAssumed; `达到X` is `≥X`; word comparators and `≥` without parentheses were already understood.
/// </summary>
public sealed class TargetParserBareTests
{
    [Theory]
    // Bare number + unit: `=` assumed, the note says so (the editor offers the canonical form as a fix).
    [InlineData("12场", Comparator.Eq, "12", "场", null, "=12.00(场)", "OperatorAssumed")]
    [InlineData("3家", Comparator.Eq, "3", "家", null, "=3.00(家)", "OperatorAssumed")]
    [InlineData("100%", Comparator.Eq, "100", "%", null, "=100.00(%)", "OperatorAssumed")]
    [InlineData("99%", Comparator.Eq, "99", "%", null, "=99.00(%)", "OperatorAssumed")]
    [InlineData("139.2万元", Comparator.Eq, "139.2", "万元", null, "=139.20(万元)", "OperatorAssumed")]
    [InlineData("400 册", Comparator.Eq, "400", "册", null, "=400.00(册)", "OperatorAssumed,PdfSpacing")]
    [InlineData("12(场)", Comparator.Eq, "12", "场", null, "=12.00(场)", "OperatorAssumed")]
    // A scope prefix keeps its meaning.
    [InlineData("全年12次", Comparator.Eq, "12", "次", "全年", "全年=12.00(次)", "OperatorAssumed")]
    // `达到` reads as "at least" (ADR-033).
    [InlineData("达到100%", Comparator.Ge, "100", "%", null, "≥100.00(%)", "")]
    [InlineData("达到95%", Comparator.Ge, "95", "%", null, "≥95.00(%)", "")]
    // Already understood before; kept here as the forms people type.
    [InlineData("不少于5次", Comparator.Ge, "5", "次", null, "≥5.00(次)", "")]
    [InlineData("≥95%", Comparator.Ge, "95", "%", null, "≥95.00(%)", "")]
    public void Parse_WhatPeopleType_GivesQuantity(string input, Comparator op, string value, string unit, string? scope,
        string canonical, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(Expect.Quantity(TargetKind.Quantitative, op, value, unit, scope), parsed);
        Assert.Equal(canonical, parsed.Canonical);
        Assert.Equal(input, parsed.OriginalText);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // The canonical fix is itself canonical: parsing it gives the same model and no OperatorAssumed.
    [InlineData("12场")]
    [InlineData("全年12次")]
    [InlineData("达到100%")]
    public void Parse_CanonicalOfBareTarget_IsStableAndExplicit(string input)
    {
        var first = TargetParser.Parse(input);
        var again = TargetParser.Parse(first.Canonical);

        Assert.Equal(first, again);
        Assert.Equal(first.Canonical, again.Canonical);
        Assert.False(again.HasNote(ParseNote.OperatorAssumed));
    }

    [Theory]
    // Actuals: a bare value stays a plain value (Op None), never an assumed `=` (§8).
    [InlineData("12场")]
    [InlineData("100%")]
    public void ParseActual_BareValue_IsPlainValueWithoutAssumedOperator(string input)
    {
        var parsed = TargetParser.ParseActual(input);

        Assert.Equal(TargetKind.Quantitative, parsed.Kind);
        Assert.Equal(Comparator.None, parsed.Op);
        Assert.False(parsed.HasNote(ParseNote.OperatorAssumed));
    }

    [Theory]
    // Not quantities: no number, a bare year, a date (deadline wins), words after 达到.
    [InlineData("达到预期效果", TargetKind.Qualitative)]
    [InlineData("2024年10月底前", TargetKind.Deadline)]
    [InlineData("每月1次", TargetKind.Frequency)]
    public void Parse_NotBareQuantity_KeepsItsKind(string input, TargetKind kind) =>
        Assert.Equal(kind, TargetParser.Parse(input).Kind);
}
