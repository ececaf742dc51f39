using System.Text.Json.Serialization.Metadata;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.OpenData;

/// <summary>
/// The named properties a version-1 JSON contract kept from before `fields` (open data's `nature`, `funds.fiscalFunds`; the
/// CLI's `funds.totalYuan`, `municipal.contactName`), produced from the definition's <see cref="PublishedName"/>s so no
/// contract record lists the fields. A record holds <see cref="PublishedFields"/> properties; <see cref="Inline"/> writes
/// the named properties in their place, in the order of the declaration fields (2024 district form first), each group once
/// where its first field is. Values by kind: text as a string, money a JSON number, a date `yyyy-MM-dd`, 是/否 a boolean.
/// </summary>
public sealed class PublishedFields
{
    private readonly Dictionary<string, object?> values;

    private PublishedFields(Dictionary<string, object?> values) => this.values = values;

    /// <summary>The declaration fields in contract order (each key once, as the 2024 district 申报表 prints them first).</summary>
    public static IReadOnlyList<FieldDefinition> DeclarationFields { get; } =
        FormDefinitions.DeclarationFields(DeclarationForms.District2024).ToList();

    /// <summary>The named property (or group object) <paramref name="name"/>, as written.</summary>
    public object? this[string name] => values.GetValueOrDefault(name);

    /// <summary>The contract's named properties of <paramref name="project"/>, top level and groups.</summary>
    public static PublishedFields Of(Project project, Func<FieldDefinition, PublishedName?> contract, IEnumerable<FieldDefinition>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        var form = FormDefinitions.For(project);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, at) in Published(contract, fields))
        {
            var value = Value(field.Read(project));
            if (at.Group is null) { values[at.Name] = value; continue; }
            if (!values.ContainsKey(at.Group))
                values[at.Group] = at.FormOnly && !PrintsGroup(form, contract, at.Group) ? null : new Dictionary<string, object?>(StringComparer.Ordinal);
            if (values[at.Group] is Dictionary<string, object?> group) group[at.Name] = value;
        }
        return new PublishedFields(values);
    }

    /// <summary>
    /// A <see cref="DefaultJsonTypeInfoResolver"/> modifier: each <see cref="PublishedFields"/> property of a record is replaced
    /// by the contract's named properties, in its place. A property named like a group (`municipal`) takes that group, one
    /// named like a block of the form (`goals`, <see cref="FormBlocks"/>) that block's ungrouped fields, any other the rest.
    /// </summary>
    public static Action<JsonTypeInfo> Inline(Func<FieldDefinition, PublishedName?> contract, IEnumerable<FieldDefinition>? fields = null) =>
        Inline(_ => contract, fields);

    /// <summary>As <see cref="Inline(Func{FieldDefinition, PublishedName?}, IEnumerable{FieldDefinition}?)"/>, with the contract chosen per record type.</summary>
    public static Action<JsonTypeInfo> Inline(Func<Type, Func<FieldDefinition, PublishedName?>> contractOf, IEnumerable<FieldDefinition>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(contractOf);
        var list = (fields ?? DeclarationFields).ToList();
        return info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object) return;
            var published = Published(contractOf(info.Type), list).ToList();
            var slots = info.Properties.Where(p => p.PropertyType == typeof(PublishedFields)).ToList();
            var taken = slots.ToDictionary(s => s, s => published
                .Where(p => p.At.Group is { } g ? g == s.Name : p.Field.Place.Block == s.Name)
                .Select(p => p.At.Group ?? p.At.Name).Distinct().ToList());
            var rest = published.Select(p => p.At.Group ?? p.At.Name).Distinct().Where(n => !taken.Values.Any(t => t.Contains(n))).ToList();
            foreach (var slot in slots)
            {
                var index = info.Properties.IndexOf(slot);
                info.Properties.RemoveAt(index);
                var names = taken[slot].Count > 0 ? taken[slot] : rest;
                foreach (var name in names.AsEnumerable().Reverse())
                {
                    var property = info.CreateJsonPropertyInfo(typeof(object), name);
                    property.Get = owner => (slot.Get!(owner) as PublishedFields)?[name];
                    info.Properties.Insert(index, property);
                }
            }
        };
    }

    private static IEnumerable<(FieldDefinition Field, PublishedName At)> Published(Func<FieldDefinition, PublishedName?> contract, IEnumerable<FieldDefinition>? fields) =>
        (fields ?? DeclarationFields).Select(f => (Field: f, At: contract(f))).Where(p => p.At is not null).Select(p => (p.Field, p.At!));

    private static bool PrintsGroup(FormDefinition? form, Func<FieldDefinition, PublishedName?> contract, string group) =>
        form is not null && form.Fields.Any(f => contract(f)?.Group == group);

    private static object? Value(FieldValue v) => v.Kind switch
    {
        FieldKind.Money => v.Money,
        FieldKind.Date => v.Date,
        FieldKind.YesNo => v.YesNo,
        _ => v.Text,
    };
}
