using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Core.Protocol;

/// <summary>
/// The protocol's messages, serialized by generated code: a runner is a fresh process for every submission, and
/// reflection-based serialization would spend most of its start-up (about 100 ms of CPU) building serializers.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CompileRequest))]
[JsonSerializable(typeof(CompileResponse))]
[JsonSerializable(typeof(RunRequest))]
[JsonSerializable(typeof(RunEvent))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
