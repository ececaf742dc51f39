using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Text;

/// <summary>
/// Imported text as people should read and reuse it (issue 15 item 9): the characters a form may hold
/// (<see cref="TextHygiene"/>), LaTeX operators as symbols (`$\geq 85.00\%$` → `≥85.00%`) and PDF spacing closed up
/// (`满 意` → `满意`) — the target grammar's own clean-up steps (target-grammar.md §2 steps 1, 2, 4), so a value and its
/// display never disagree. The original text is kept by the caller (RT-1); this never changes stored data. Idempotent.
/// </summary>
public static class DisplayText
{
    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? "" : TargetNormalizer.CleanForDisplay(TextHygiene.Clean(text)).Trim();

    /// <summary>Whether <see cref="Clean"/> changes <paramref name="text"/> (then show the original beside it).</summary>
    public static bool NeedsCleaning(string? text) => !string.IsNullOrEmpty(text) && Clean(text) != text;
}
