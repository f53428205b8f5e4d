using Judge.Core.Problems;
using Judge.Core.Verdicts;

namespace Judge.Core.Protocol;

/// <summary>
/// The protocol's messages in a compact binary form: little-endian numbers, length-prefixed UTF-8 strings, raw
/// bytes for assemblies. Hand-written rather than serialized because a runner is a fresh process for every
/// submission: System.Text.Json's metadata for these records, even generated, made each runner JIT-compile about
/// 350 generic methods at start-up (some 40 ms of CPU), while this code is all precompiled (ReadyToRun).
/// A frame from a worker is untrusted: every count is checked against the bytes left and every enum against its
/// range, and anything malformed is an <see cref="InvalidDataException"/>.
/// </summary>
internal static class ProtocolCodec
{
    public static void Write(FrameWriter writer, object message)
    {
        switch (message)
        {
            case RunRequest run:
                Write(writer, run);
                break;
            case RunEvent runEvent:
                Write(writer, runEvent);
                break;
            case CompileRequest compile:
                Write(writer, compile);
                break;
            case CompileResponse compiled:
                Write(writer, compiled);
                break;
            default:
                throw new NotSupportedException($"{message.GetType().Name} is not a protocol message.");
        }
    }

    public static object Read(FrameReader reader, Type type)
    {
        try
        {
            object message = type == typeof(RunRequest) ? ReadRunRequest(reader)
                : type == typeof(RunEvent) ? ReadRunEvent(reader)
                : type == typeof(CompileRequest) ? ReadCompileRequest(reader)
                : type == typeof(CompileResponse) ? ReadCompileResponse(reader)
                : throw new NotSupportedException($"{type.Name} is not a protocol message.");
            if (reader.Remaining != 0)
            {
                throw new InvalidDataException($"A {type.Name} frame has bytes after its end.");
            }
            return message;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"A malformed {type.Name} frame: {e.Message}", e);
        }
    }

    private static void Write(FrameWriter writer, RunRequest request)
    {
        WriteHead(writer, request);
        foreach (var test in request.Tests)
        {
            WriteTestHead(writer, test);
            test.InputUtf8.CopyTo(0, writer.Take(test.InputUtf8.Length));
        }
    }

    /// <summary>A run request up to its tests: what <see cref="Frames.WriteRunRequestAsync"/> writes before streaming them.</summary>
    public static void WriteHead(FrameWriter writer, RunRequest request)
    {
        WriteBytes(writer, request.Assembly);
        WriteBytes(writer, request.Symbols);
        writer.Write((byte)request.Kind);
        Write(writer, request.Entry);
        writer.Write(request.TimeLimitMs);
        writer.Write(request.OutputLimitBytes);
        writer.Write(request.StackSizeKb);
        writer.Write(request.Tests.Count);
    }

    /// <summary>A test's index and its input's byte count; the input's bytes follow.</summary>
    public static void WriteTestHead(FrameWriter writer, RunTest test)
    {
        writer.Write(test.Index);
        writer.WriteLength(test.InputUtf8.Length);
    }

    /// <summary>The bytes <see cref="WriteTestHead"/> and the inputs take, for the frame's header.</summary>
    /// <remarks>
    /// A loop, not LINQ's <c>Sum</c>: every runner's warm-up writes a request, and <c>Sum</c> loaded System.Linq and
    /// JIT-compiled its generic body there, about 2 ms of each runner's CPU (an index, not an enumerator type to load).
    /// </remarks>
    public static long TestsLength(IReadOnlyList<RunTest> tests)
    {
        var total = 0L;
        for (var i = 0; i < tests.Count; i++)
        {
            total += 4 + FrameWriter.LengthBytes(tests[i].InputUtf8.Length) + tests[i].InputUtf8.Length;
        }
        return total;
    }

    private static RunRequest ReadRunRequest(FrameReader reader)
    {
        var assembly = ReadBytes(reader) ?? throw new InvalidDataException("A run request has no assembly.");
        var symbols = ReadBytes(reader);
        var kind = (ProblemKind)ReadEnum(reader, (byte)ProblemKind.Stdio, nameof(ProblemKind));
        var entry = ReadEntryPoint(reader);
        var (timeLimitMs, outputLimitBytes, stackSizeKb) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var tests = new RunTest[ReadCount(reader)];
        for (var i = 0; i < tests.Length; i++)
        {
            tests[i] = new RunTest(reader.ReadInt32(), new TestData(reader.ReadUtf8()));
        }
        return new RunRequest(assembly, symbols, kind, entry, timeLimitMs, outputLimitBytes, stackSizeKb, tests);
    }

    private static void Write(FrameWriter writer, RunEvent message)
    {
        writer.Write((byte)message.Type);
        writer.Write(message.Index);
        writer.Write((byte)message.Outcome);
        WriteString(writer, message.Output);
        writer.Write(message.TimeMs);
        writer.Write(message.MemoryKb);
        WriteString(writer, message.Message);
        WriteString(writer, message.PublicMessage);
    }

    private static RunEvent ReadRunEvent(FrameReader reader)
    {
        var type = (RunEventType)ReadEnum(reader, (byte)RunEventType.Fatal, nameof(RunEventType));
        var index = reader.ReadInt32();
        var outcome = (RunOutcome)ReadEnum(reader, (byte)RunOutcome.SetupError, nameof(RunOutcome));
        // Cast, or the null would convert to an empty ReadOnlyMemory through byte[]'s implicit conversion.
        var output = reader.ReadBoolean() ? (ReadOnlyMemory<byte>?)reader.ReadUtf8() : null;
        return new RunEvent(type, index, outcome, null, reader.ReadDouble(), reader.ReadInt64(), ReadString(reader), ReadString(reader))
        {
            OutputUtf8 = output,
        };
    }

    private static void Write(FrameWriter writer, CompileRequest request)
    {
        writer.Write(request.Source);
        writer.Write((byte)request.Kind);
        Write(writer, request.Entry);
        WriteStrings(writer, request.Prelude);
        writer.Write(request.Restrictions is not null);
        if (request.Restrictions is not null)
        {
            WriteStrings(writer, request.Restrictions);
        }
        writer.Write(request.DiagnosticsOnly);
        writer.Write((byte)request.Script);
    }

    private static CompileRequest ReadCompileRequest(FrameReader reader) => new(
        reader.ReadString(),
        (ProblemKind)ReadEnum(reader, (byte)ProblemKind.Stdio, nameof(ProblemKind)),
        ReadEntryPoint(reader),
        ReadStrings(reader),
        reader.ReadBoolean() ? ReadStrings(reader) : null,
        reader.ReadBoolean(),
        (ScriptKind)ReadEnum(reader, (byte)ScriptKind.Checker, nameof(ScriptKind)));

    private static void Write(FrameWriter writer, CompileResponse response)
    {
        writer.Write(response.Success);
        writer.Write(response.Rejected);
        WriteBytes(writer, response.Assembly);
        WriteBytes(writer, response.Symbols);
        writer.Write(response.Diagnostics.Count);
        foreach (var d in response.Diagnostics)
        {
            writer.Write(d.Id);
            writer.Write((byte)d.Severity);
            writer.Write(d.Message);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write(d.EndLine);
            writer.Write(d.EndColumn);
        }
        writer.Write(response.CompileMs);
    }

    private static CompileResponse ReadCompileResponse(FrameReader reader)
    {
        var (success, rejected) = (reader.ReadBoolean(), reader.ReadBoolean());
        var (assembly, symbols) = (ReadBytes(reader), ReadBytes(reader));
        var diagnostics = new Diagnostic[ReadCount(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new Diagnostic(
                reader.ReadString(), (DiagnosticSeverity)ReadEnum(reader, (byte)DiagnosticSeverity.Error, nameof(DiagnosticSeverity)), reader.ReadString(),
                reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        }
        return new CompileResponse(success, rejected, assembly, symbols, diagnostics, reader.ReadDouble());
    }

    private static void Write(FrameWriter writer, EntryPoint entry)
    {
        writer.Write(entry.ClassName);
        WriteString(writer, entry.MethodName);
        writer.Write(entry.ResultFromArgument ?? -1);
        writer.Write(entry.ExceptionsAsResults);
    }

    private static EntryPoint ReadEntryPoint(FrameReader reader)
    {
        var (className, methodName, resultFromArgument) = (reader.ReadString(), ReadString(reader), reader.ReadInt32());
        return new EntryPoint(className, methodName, resultFromArgument >= 0 ? resultFromArgument : null, reader.ReadBoolean());
    }

    private static void WriteString(FrameWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadString(FrameReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteStrings(FrameWriter writer, IReadOnlyList<string> texts)
    {
        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }

    private static string[] ReadStrings(FrameReader reader)
    {
        var texts = new string[ReadCount(reader)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }
        return texts;
    }

    /// <summary>Null is a length of -1.</summary>
    private static void WriteBytes(FrameWriter writer, byte[]? bytes)
    {
        writer.Write(bytes?.Length ?? -1);
        if (bytes is not null)
        {
            writer.Write(bytes);
        }
    }

    private static byte[]? ReadBytes(FrameReader reader)
    {
        var length = reader.ReadInt32();
        if (length == -1)
        {
            return null;
        }
        CheckCount(reader, length);
        return reader.ReadBytes(length);
    }

    /// <summary>A list's length, which cannot exceed the bytes left: every item takes at least one.</summary>
    private static int ReadCount(FrameReader reader)
    {
        var count = reader.ReadInt32();
        CheckCount(reader, count);
        return count;
    }

    private static void CheckCount(FrameReader reader, int count)
    {
        if (count < 0 || count > reader.Remaining)
        {
            throw new InvalidDataException($"A count of {count} does not fit the frame.");
        }
    }

    /// <summary>Enums travel as one byte; <paramref name="last"/> is the highest defined value.</summary>
    private static byte ReadEnum(FrameReader reader, byte last, string name)
    {
        var value = reader.ReadByte();
        return value <= last ? value : throw new InvalidDataException($"{value} is not a {name}.");
    }
}
