namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>A generated schema file.</summary>
/// <param name="FileName">The file's name in schemas/.</param>
/// <param name="Text">The file's content: UTF-8 JSON, LF line endings, a trailing newline.</param>
internal sealed record SchemaFile(string FileName, string Text);
