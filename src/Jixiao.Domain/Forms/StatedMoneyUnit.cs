using Jixiao.Domain.Money;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Forms;

/// <summary>
/// An imported form's money texts made to say their unit. A form whose template states 万元 (部门整体支出绩效目标表,
/// DEPT-TARGET) prints bare figures (`60.8`) under its 万元 header; stored text is read as 元 (ADR-039), so the import
/// keeps each bare figure with the unit it was printed in (`60.8万`), exactly as the editor does with a figure typed
/// under that header (<see cref="MoneyUnits.Entered"/>). A text with its own unit, a placeholder or no figure stays.
/// </summary>
public static class StatedMoneyUnit
{
    public static Project Apply(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var unit = TemplateRegistry.Current.FindData(p.TemplateId)?.MoneyUnit;
        if (!MoneyUnits.IsWanYuan(unit) || FormDefinitions.For(p) is not { } form) return p;
        // The printed originals, not the fields' texts (a bound field already read as 元 prints its value in 元); a money
        // field of another definition the import kept by its key (资金总额 as the district form's projectFundsTotal) too.
        foreach (var (key, printed) in p.Fields.ToList())
        {
            var field = form.Field(key) ?? FormDefinitions.Declarations.Select(d => d.Field(key)).FirstOrDefault(f => f is not null);
            if (field is not { Kind: FieldKind.Money } || FieldText.Money(printed) is null) continue;
            var stated = MoneyUnits.Entered(printed, unit)!;
            if (stated != printed.Trim()) p = field.Write(p, stated);
        }
        return p;
    }
}
