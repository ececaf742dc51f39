namespace Jixiao.Documents.Export.Pdf;

/// <summary>The PDF could not be printed (browser missing, failed or timed out); the message is Chinese, for users.</summary>
public sealed class PdfRenderException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
