namespace Jixiao.Documents;

/// <summary>Something the importer could not place, with the source line it concerns (Chinese message).</summary>
public sealed record ImportWarning(int Line, string Message);
