using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// Writes every public property of an object graph as indented text, so two imports can be compared field by field
/// (records' own ToString prints collections as type names). Dictionaries are written in key order.
/// </summary>
internal static class ObjectDump
{
    public static string Write(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        if (depth > 40) throw new InvalidOperationException("Object graph too deep (cycle?).");
        switch (value)
        {
            case null: sb.Append("null"); return;
            case string s: sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)).Append('"'); return;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal or Enum or DateOnly or DateTime or Guid:
                sb.Append(f.ToString(null, CultureInfo.InvariantCulture)); return;
            case bool b: sb.Append(b ? "true" : "false"); return;
            case char c: sb.Append('\'').Append(c).Append('\''); return;
            case ITuple tuple:
                sb.Append('(');
                for (var i = 0; i < tuple.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, tuple[i], depth + 1);
                }
                sb.Append(')');
                return;
            case IDictionary dict:
                var keys = dict.Keys.Cast<object>().OrderBy(k => Convert.ToString(k, CultureInfo.InvariantCulture), StringComparer.Ordinal).ToList();
                sb.Append("{");
                foreach (var key in keys)
                {
                    Line(sb, depth + 1).Append(Convert.ToString(key, CultureInfo.InvariantCulture)).Append(" => ");
                    Write(sb, dict[key], depth + 1);
                }
                Line(sb, depth).Append('}');
                return;
            case IEnumerable list:
                sb.Append('[');
                var n = 0;
                foreach (var item in list)
                {
                    Line(sb, depth + 1).Append('#').Append(n++).Append(' ');
                    Write(sb, item, depth + 1);
                }
                Line(sb, depth).Append(']');
                return;
        }
        var type = value.GetType();
        sb.Append(type.Name).Append(" {");
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Line(sb, depth + 1).Append(p.Name).Append(" = ");
            Write(sb, p.GetValue(value), depth + 1);
        }
        Line(sb, depth).Append('}');
    }

    private static StringBuilder Line(StringBuilder sb, int depth) => sb.Append('\n').Append(' ', depth * 2);
}
