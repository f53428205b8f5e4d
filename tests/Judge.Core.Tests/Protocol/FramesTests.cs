using System.Buffers.Binary;
using System.Text;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Core.Verdicts;

namespace Judge.Core.Tests.Protocol;

public sealed class FramesTests
{
    [Fact]
    public void RunRequest_RoundTrips_WithRawBytesAndUnicodeInputs()
    {
        var request = new RunRequest([0, 1, 255], null, ProblemKind.Design, new EntryPoint("LRUCache", null, 0, true), 1000, 4096, 1024,
            [new RunTest(0, """{"ops":["LRUCache"],"args":[[2]]}"""), new RunTest(7, "héllo ∑ 🙂\n")]);

        var read = RoundTrip(request);

        Assert.Equal(request.Assembly, read.Assembly);
        Assert.Null(read.Symbols);
        Assert.Equal((request.Kind, request.Entry, request.TimeLimitMs, request.OutputLimitBytes, request.StackSizeKb),
            (read.Kind, read.Entry, read.TimeLimitMs, read.OutputLimitBytes, read.StackSizeKb));
        Assert.Equal(request.Tests.Select(t => (t.Index, t.Input)), read.Tests.Select(t => (t.Index, t.Input)));
    }

    [Fact]
    public void RunEvent_RoundTrips_WithNullsAndNumbers()
    {
        var finished = new RunEvent(RunEventType.Finished, 3, RunOutcome.OutputLimit, null, 12.345, 51_200, "Printed too much.");
        var thrown = new RunEvent(RunEventType.Finished, 5, RunOutcome.Exception, null, 1, 2, "System.Exception: 1,2,3 (line 4)", "System.Exception (line 4)");
        Assert.Equal(finished, RoundTrip(finished));
        Assert.Equal(thrown, RoundTrip(thrown));
        Assert.Equal(new RunEvent(RunEventType.Started, 4), RoundTrip(new RunEvent(RunEventType.Started, 4)));
    }

    [Fact]
    public void CompileMessages_RoundTrip()
    {
        var request = new CompileRequest("class A {}", ProblemKind.Function, new EntryPoint("Solution", "Run"), ["ListNode"], ["no-recursion"], true);
        var read = RoundTrip(request);
        Assert.Equal((request.Source, request.Kind, request.Entry, request.DiagnosticsOnly), (read.Source, read.Kind, read.Entry, read.DiagnosticsOnly));
        Assert.Equal(request.Prelude, read.Prelude);
        Assert.Equal(request.Restrictions, read.Restrictions);
        Assert.Null(RoundTrip(request with { Restrictions = null }).Restrictions);
        Assert.Equal(ScriptKind.None, read.Script);
        Assert.Equal(ScriptKind.Checker, RoundTrip(CompileRequest.ForScript("return true;", ScriptKind.Checker)).Script);

        var response = new CompileResponse(false, true, null, [9], [new Diagnostic("CS1002", DiagnosticSeverity.Error, "; expected", 3, 5, 3, 6)], 4.5);
        var back = RoundTrip(response);
        Assert.Equal((response.Success, response.Rejected, response.Assembly, response.CompileMs), (back.Success, back.Rejected, back.Assembly, back.CompileMs));
        Assert.Equal(response.Symbols, back.Symbols);
        Assert.Equal(response.Diagnostics, back.Diagnostics);
    }

    [Fact]
    public void RunEvent_IsBinaryWritersFormat_BothWays()
    {
        // A string longer than 127 bytes takes a two-byte length; an unpaired surrogate is written as U+FFFD.
        var output = new string('x', 200) + "é\uD800";
        var message = new RunEvent(RunEventType.Finished, 258, RunOutcome.Exception, output, -1.25, 1L << 40, null, "∑");
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)1);
            writer.Write(258);
            writer.Write((byte)1);
            writer.Write(true);
            writer.Write(output);
            writer.Write(-1.25);
            writer.Write(1L << 40);
            writer.Write(false);
            writer.Write(true);
            writer.Write("∑");
        }
        var written = new MemoryStream();

        Frames.Write(written, message);

        Assert.Equal(Framed(payload.ToArray()).ToArray(), written.ToArray());
        // Read back, the output is the frame's bytes, undecoded: the host's checkers take UTF-8.
        var read = Frames.Read<RunEvent>(Framed(payload.ToArray()))!;
        Assert.Equal(message with { Output = null, OutputUtf8 = read.OutputUtf8 }, read);
        Assert.Equal(Encoding.UTF8.GetBytes(new string('x', 200) + "é\uFFFD"), read.OutputUtf8!.Value.ToArray());
    }

    [Fact]
    public void EndOfStream_BetweenFrames_IsNull() =>
        Assert.Null(Frames.Read<RunEvent>(new MemoryStream()));

    [Theory]
    [InlineData(new byte[] { 9, 0, 0, 0, 0, 0 })]                                   // an event type that does not exist
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0 })]                                   // cut short
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7 })] // bytes after the end
    public void MalformedFrame_IsInvalidData(byte[] payload) =>
        Assert.Throws<InvalidDataException>(() => Frames.Read<RunEvent>(Framed(payload)));

    [Fact]
    public void CountLargerThanTheFrame_IsRefusedBeforeAllocating()
    {
        // A compile response claiming two billion diagnostics in a 14-byte frame.
        byte[] payload = [1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F];
        Assert.Throws<InvalidDataException>(() => Frames.Read<CompileResponse>(Framed(payload)));
    }

    [Fact]
    public void FrameLongerThanTheLimit_IsRefused()
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, Frames.MaxFrameBytes + 1);
        Assert.Throws<InvalidDataException>(() => Frames.Read<RunEvent>(new MemoryStream(header)));
    }

    [Fact]
    public void TwoMessages_AreOneWriteOfTwoFrames_ReadBackInOrder()
    {
        var finished = new RunEvent(RunEventType.Finished, 0, RunOutcome.Completed, "[1,\"é\"]", 1.5, 1024, null);
        var started = new RunEvent(RunEventType.Started, 1);
        var stream = new WriteCountingStream();

        Frames.Write(stream, finished, started);

        Assert.Equal(1, stream.Writes);
        stream.Position = 0;
        var first = Frames.Read<RunEvent>(stream)!;
        Assert.Equal(finished with { Output = null, OutputUtf8 = first.OutputUtf8 }, first);
        Assert.Equal("[1,\"é\"]", Encoding.UTF8.GetString(first.OutputUtf8!.Value.Span));
        Assert.Equal(started, Frames.Read<RunEvent>(stream));
        Assert.Null(Frames.Read<RunEvent>(stream));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FramesReadIntoOneBuffer_DecodeAsReadAlone_AndTheBufferGoesBackToItsPool(bool blocking)
    {
        // A small frame, a large one (the buffer grows), then a small one again in the large buffer, whose
        // length must end the payload where the frame ends and not where the array does.
        var outputs = new[] { "[1]", new string('7', 300_000), "\"é\"" };
        var stream = new MemoryStream();
        foreach (var (output, i) in outputs.Select((o, i) => (o, i)))
        {
            Frames.Write(stream, new RunEvent(RunEventType.Finished, i, RunOutcome.Completed, output, 1, 2, i == 2 ? "last" : null));
        }
        stream.Position = 0;
        var pool = new CountingPool();

        using (var buffer = new FrameBuffer(pool))
        {
            var read = blocking
                ? () => Task.FromResult(Frames.Read<RunEvent>(stream, buffer))
                : new Func<Task<RunEvent?>>(() => Frames.ReadAsync<RunEvent>(stream, buffer));
            foreach (var (output, i) in outputs.Select((o, i) => (o, i)))
            {
                var message = (await read())!;
                Assert.Equal((i, output, i == 2 ? "last" : null), (message.Index, Encoding.UTF8.GetString(message.OutputUtf8!.Value.Span), message.Message));
            }
            Assert.Null(await read());
        }

        Assert.True(pool.Rented >= 2);
        Assert.Equal(pool.Rented, pool.Returned);
    }

    [Fact]
    public void FramesReadWithoutAPool_EachKeepAnArrayOfTheirOwn()
    {
        var stream = new MemoryStream();
        Frames.Write(stream, new RunEvent(RunEventType.Finished, 0, RunOutcome.Completed, "[1,2]", 1, 2, null));
        Frames.Write(stream, new RunEvent(RunEventType.Finished, 1, RunOutcome.Completed, "[3]", 1, 2, null));
        stream.Position = 0;

        var first = Frames.Read<RunEvent>(stream)!;
        var second = Frames.Read<RunEvent>(stream)!;

        Assert.Equal("[1,2]", Encoding.UTF8.GetString(first.OutputUtf8!.Value.Span));
        Assert.Equal("[3]", Encoding.UTF8.GetString(second.OutputUtf8!.Value.Span));
    }

    [Fact]
    public async Task RunRequest_Streamed_IsByteForByteTheRequestEncodedWhole()
    {
        // Inputs below, at and over what one write gathers, and one with a multi-byte count and non-ASCII text.
        var tests = new[] { 10, 64 * 1024, 200, 300_000, 65_000, 0, 128 }
            .Select((size, i) => new RunTest(i * 3, new string('a', size) + (i == 6 ? "é∑🙂" : "")))
            .ToList();
        var request = new RunRequest([.. Enumerable.Range(0, 5000).Select(i => (byte)i)], [7, 8], ProblemKind.Function,
            new EntryPoint("Solution", "Run"), 1000, 4096, 1024, tests);
        var whole = new MemoryStream();
        Frames.Write(whole, request);
        var streamed = new WriteCountingStream();

        await Frames.WriteRunRequestAsync(streamed, request);

        Assert.Equal(whole.ToArray(), streamed.ToArray());
        Assert.True(streamed.Writes > 1);
        streamed.Position = 0;
        Assert.Equal(tests.Select(t => (t.Index, t.Input)), Frames.Read<RunRequest>(streamed)!.Tests.Select(t => (t.Index, t.Input)));
    }

    [Fact]
    public async Task RunRequest_WithStoredInputs_StreamsTheSameBytes_InWritesOfAChunk()
    {
        var folder = Directory.CreateTempSubdirectory("judge-store-");
        using var store = TestStore.CreateIn(folder.FullName);
        var inputs = new[] { 10, 300_000, 70_000, 65_536, 128 }.Select((size, i) => Enumerable.Repeat((byte)('a' + i), size).ToArray()).ToArray();
        RunRequest Request(Func<byte[], TestData> keep) => new([1, 2, 3], null, ProblemKind.Function, new EntryPoint("Solution", "Run"), 1000, 4096, 1024,
            [.. inputs.Select((input, i) => new RunTest(i, keep(input)))]);
        var whole = new MemoryStream();
        Frames.Write(whole, Request(input => new TestData(input)));
        var streamed = new WriteCountingStream();

        await Frames.WriteRunRequestAsync(streamed, Request(input => store.Keep(input)));

        Assert.Equal(whole.ToArray(), streamed.ToArray());
        Assert.True(streamed.LargestWrite <= 64 * 1024, $"A write of {streamed.LargestWrite} bytes.");
        folder.Delete();
    }

    [Fact]
    public async Task SmallRunRequest_Streamed_IsOneWrite()
    {
        var request = new RunRequest([1, 2, 3], null, ProblemKind.Function, new EntryPoint("Solution", "Run"), 1000, 4096, 1024,
            [.. Enumerable.Range(0, 30).Select(i => new RunTest(i, $"[{i}, \"abc\"]"))]);
        var stream = new WriteCountingStream();

        await Frames.WriteRunRequestAsync(stream, request);

        Assert.Equal(1, stream.Writes);
    }

    private static T RoundTrip<T>(T message) where T : class
    {
        var stream = new MemoryStream();
        Frames.Write(stream, message);
        stream.Position = 0;
        return Frames.Read<T>(stream)!;
    }

    private static MemoryStream Framed(byte[] payload)
    {
        var frame = new byte[payload.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
        payload.CopyTo(frame, 4);
        return new MemoryStream(frame);
    }

    /// <summary>A span written to a MemoryStream subclass reaches this overload too, once.</summary>
    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }

    private sealed class CountingPool : System.Buffers.ArrayPool<byte>
    {
        public int Rented { get; private set; }

        public int Returned { get; private set; }

        public override byte[] Rent(int minimumLength)
        {
            Rented++;
            return new byte[minimumLength + 100];
        }

        public override void Return(byte[] array, bool clearArray = false) => Returned++;
    }
}
