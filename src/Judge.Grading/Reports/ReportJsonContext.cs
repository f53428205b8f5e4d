using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Grading.Reports;

/// <summary>
/// Serialisation code generated at build time, so reports can be written by trimmed or ahead-of-time compiled hosts,
/// where System.Text.Json's reflection is switched off.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BatchReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
