namespace Jixiao.Domain.Forms;

/// <summary>What a form field holds; decides how its original text is parsed and printed.</summary>
public enum FieldKind
{
    /// <summary>A short text on one line (项目名称, 实施单位).</summary>
    Text,

    /// <summary>A long text (项目总目标, 项目概况).</summary>
    Narrative,

    /// <summary>An amount in 元 (the money grammar, forms.md "Money formats").</summary>
    Money,

    /// <summary>A date as printed (`2024-01-01`, `2024年1月1日`).</summary>
    Date,

    /// <summary>One of <see cref="FieldDefinition.Choices"/>.</summary>
    Choice,

    /// <summary>是 / 否.</summary>
    YesNo,
}
