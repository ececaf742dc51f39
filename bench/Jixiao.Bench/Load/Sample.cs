namespace Jixiao.Bench.Load;

/// <summary>
/// One timed request: what it was (<c>role.step</c>, e.g. <c>dept.projects</c>), when it started (a
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp, so a phase can place it on its own time line), how long it
/// took, whether the answer was one the app should give, how many bytes the body had (as sent, uncompressed: the
/// client asks for no compression) and whether it was a write (POST/PUT: an action, not a page or list).
/// </summary>
public readonly record struct Sample(string Kind, double Ms, bool Ok, int Status, long StartedAt = 0, long Bytes = 0, bool Write = false);
