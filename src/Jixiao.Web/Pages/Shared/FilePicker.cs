namespace Jixiao.Web.Pages.Shared;

/// <summary>
/// A file input as the partial Shared/_FilePicker draws it: the browser's own button and "No file chosen" (in the
/// browser's language, often English) replaced by 选择文件 / 未选择文件 and the chosen files' names. The page keeps its
/// own &lt;label for="<see cref="Id"/>"&gt;.
/// </summary>
public sealed record FilePicker(string Id, string Name, string Accept, bool Multiple = false, string? TestId = null, bool Small = false);
