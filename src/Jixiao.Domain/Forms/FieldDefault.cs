namespace Jixiao.Domain.Forms;

/// <summary>Where a field of a new form takes its first value from (<see cref="FormDefinition.WithDefaults"/>).</summary>
public enum FieldDefault
{
    /// <summary>Starts blank.</summary>
    None,

    /// <summary>The unit creating the form (实施单位).</summary>
    OwnUnit,

    /// <summary>The unit's parent organisation (主管部门).</summary>
    ParentUnit,

    /// <summary>1 January of the budget year.</summary>
    YearStart,

    /// <summary>31 December of the budget year.</summary>
    YearEnd,
}

/// <summary>Who creates a new form and for which budget year: what <see cref="FieldDefault"/>s are filled from.</summary>
public sealed record NewFormContext(string Unit, string? ParentUnit, int Year)
{
    /// <summary>The original text a field with <paramref name="source"/> starts with (null: blank).</summary>
    public string? Text(FieldDefault source) => source switch
    {
        FieldDefault.OwnUnit => Unit,
        FieldDefault.ParentUnit => ParentUnit,
        FieldDefault.YearStart => FieldText.FormatDate(new DateOnly(Year, 1, 1)),
        FieldDefault.YearEnd => FieldText.FormatDate(new DateOnly(Year, 12, 31)),
        _ => null,
    };
}
