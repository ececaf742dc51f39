using System.Globalization;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Forms;

/// <summary>
/// How a field reads and writes its value on a <see cref="Project"/>, always as original text. A field with a typed
/// property declares it once (<see cref="Text"/>, <see cref="Money"/>, <see cref="Date"/>, <see cref="YesNo"/>,
/// <see cref="Section"/>); every other field lives in <see cref="Project.Fields"/> (<see cref="Stored"/>), so a new
/// field needs no new property. Money, dates and 是/否 keep their original text in <see cref="Project.Fields"/> beside the
/// parsed property.
/// </summary>
public abstract class FieldBinding
{
    /// <summary>No typed property: the original text in <see cref="Project.Fields"/>.</summary>
    public static FieldBinding Stored { get; } = new StoredBinding();

    public static FieldBinding Text(Func<Project, string?> get, Func<Project, string?, Project> set) => new TextBinding(get, set);

    public static FieldBinding Section(NarrativeSection section) => new SectionBinding(section);

    public static FieldBinding Money(Func<Project, decimal?> get, Func<Project, decimal?, Project> set) =>
        new ParsedBinding<decimal>(get, set, FieldText.Money, FieldText.FormatMoney, (v, m) => v with { Money = m }, v => v.Money);

    public static FieldBinding Date(Func<Project, DateOnly?> get, Func<Project, DateOnly?, Project> set) =>
        new ParsedBinding<DateOnly>(get, set, FieldText.Date, FieldText.FormatDate, (v, d) => v with { Date = d }, v => v.Date);

    public static FieldBinding YesNo(Func<Project, bool?> get, Func<Project, bool?, Project> set) =>
        new ParsedBinding<bool>(get, set, FieldText.YesNo, FieldText.FormatYesNo, (v, b) => v with { YesNo = b }, v => v.YesNo);

    /// <summary>The narrative section the field is, when it is one (stored with the fields, not with the narrative).</summary>
    public virtual NarrativeSection? BoundSection => null;

    /// <summary>The field's original text on <paramref name="p"/> (null when blank) and its value.</summary>
    internal virtual FieldValue Read(Project p, string key, FieldKind kind) => FieldValue.Of(kind, ReadText(p, key));

    private protected virtual string? ReadText(Project p, string key) => null;

    /// <summary><paramref name="p"/> with the field set to <paramref name="text"/> (null or blank clears it).</summary>
    internal abstract Project Write(Project p, string key, string? text);

    /// <summary><paramref name="p"/> keeping <paramref name="text"/> as the original of a value the caller already set.</summary>
    internal virtual Project Keep(Project p, string key, string? text) => p;

    /// <summary>
    /// <paramref name="p"/> with the field set to <paramref name="value"/> as the caller read it: its text kept, the typed
    /// property (if any) given the caller's value rather than this binding's own reading of the text.
    /// </summary>
    internal virtual Project WriteValue(Project p, string key, FieldValue value) => Write(p, key, value.Text);

    internal static Project Store(Project p, string key, string? text)
    {
        var fields = new Dictionary<string, string>(p.Fields, StringComparer.Ordinal);
        if (text is null) fields.Remove(key);
        else fields[key] = text;
        return p with { Fields = fields };
    }

    private sealed class StoredBinding : FieldBinding
    {
        private protected override string? ReadText(Project p, string key) => p.Fields.GetValueOrDefault(key);
        internal override Project Write(Project p, string key, string? text) => Store(p, key, text);
        internal override Project Keep(Project p, string key, string? text) => Store(p, key, text);
    }

    private sealed class TextBinding(Func<Project, string?> get, Func<Project, string?, Project> set) : FieldBinding
    {
        private protected override string? ReadText(Project p, string key) => get(p);
        internal override Project Write(Project p, string key, string? text) => set(p, text);
    }

    private sealed class SectionBinding(NarrativeSection section) : FieldBinding
    {
        public override NarrativeSection? BoundSection => section;

        private protected override string? ReadText(Project p, string key) => p.Narrative.GetValueOrDefault(section);

        internal override Project Write(Project p, string key, string? text)
        {
            var narrative = p.Narrative.ToDictionary();
            if (text is null) narrative.Remove(section);
            else narrative[section] = text;
            return p with { Narrative = narrative };
        }
    }

    /// <summary>
    /// A typed property plus its original text. The original is shown while it still stands for the property's value;
    /// once the property was changed by other means (or nothing was kept) the value is printed the forms' way.
    /// </summary>
    /// <remarks>The value is the property's, even one the text grammar would refuse (a negative amount set in code).</remarks>
    private sealed class ParsedBinding<T>(
        Func<Project, T?> get, Func<Project, T?, Project> set, Func<string?, T?> parse, Func<T, string> format,
        Func<FieldValue, T?, FieldValue> withValue, Func<FieldValue, T?> valueOf)
        : FieldBinding where T : struct
    {
        internal override FieldValue Read(Project p, string key, FieldKind kind)
        {
            var value = get(p);
            var original = p.Fields.GetValueOrDefault(key);
            var text = original is not null && Nullable.Equals(parse(original), value) ? original : value is { } v ? Printed(v) : null;
            return withValue(FieldValue.Of(kind, text), value);
        }

        internal override Project Write(Project p, string key, string? text) => Store(set(p, parse(text)), key, text);

        internal override Project Keep(Project p, string key, string? text) => Store(p, key, text);

        internal override Project WriteValue(Project p, string key, FieldValue value) => Store(set(p, valueOf(value)), key, value.Text);

        // The forms' way when it reads back as the same value; else the invariant digits, which the parsers also read
        // (a value out of the grammar's range, set in code or stored earlier, must load unchanged for the bound rules).
        private string Printed(T value)
        {
            var printed = format(value);
            return Nullable.Equals(parse(printed), value) ? printed : string.Create(CultureInfo.InvariantCulture, $"{value}");
        }
    }
}
