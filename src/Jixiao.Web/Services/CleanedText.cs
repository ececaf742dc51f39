using System.Text.Encodings.Web;
using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.Services;

/// <summary>Imported text shown cleaned (<see cref="DisplayText"/>), the original kept beside it as the hover text.</summary>
public static class CleanedText
{
    public static IHtmlContent Render(string? text)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        var clean = HtmlEncoder.Default.Encode(DisplayText.Clean(text));
        return DisplayText.NeedsCleaning(text)
            ? new HtmlString($"<span title=\"原文：{HtmlEncoder.Default.Encode(text)}\" data-original=\"{HtmlEncoder.Default.Encode(text)}\">{clean}</span>")
            : new HtmlString(clean);
    }
}
