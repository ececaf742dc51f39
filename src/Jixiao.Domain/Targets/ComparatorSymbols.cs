namespace Jixiao.Domain.Targets;

public static class ComparatorSymbols
{
    /// <summary>The canonical official symbol (`≥`, `≤`, `=`, `>`, `<`); empty for <see cref="Comparator.None"/>.</summary>
    public static string Symbol(this Comparator op) => op switch
    {
        Comparator.Eq => "=",
        Comparator.Ge => "≥",
        Comparator.Le => "≤",
        Comparator.Gt => ">",
        Comparator.Lt => "<",
        _ => "",
    };
}
