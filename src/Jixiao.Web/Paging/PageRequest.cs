namespace Jixiao.Web.Paging;

/// <summary>
/// Which page of a list to read: at most <see cref="Size"/> rows after the row the cursor names (none: the first
/// page). Every list page and list API reads through this, so no answer grows with the district.
/// </summary>
public readonly record struct PageRequest
{
    /// <summary>Rows per page when the caller names none.</summary>
    public const int DefaultSize = 50;
    /// <summary>The most rows one page may hold, whatever the caller asks (documented in the API reference).</summary>
    public const int MaxSize = 200;

    public int Size { get; }
    public string? After { get; }

    private PageRequest(int size, string? after) => (Size, After) = (size, after);

    /// <summary>A request with the size clamped to 1…<see cref="MaxSize"/> (none or below 1: <see cref="DefaultSize"/>).</summary>
    public static PageRequest Of(int? size, string? after) =>
        new(size is { } s and > 0 ? Math.Min(s, MaxSize) : DefaultSize, string.IsNullOrWhiteSpace(after) ? null : after.Trim());

    public static PageRequest First(int? size = null) => Of(size, null);
}
