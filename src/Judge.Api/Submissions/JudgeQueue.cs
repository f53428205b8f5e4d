using System.Threading.Channels;

namespace Judge.Api.Submissions;

/// <summary>The submissions waiting for a judging worker. An interface so a durable queue can replace it.</summary>
public interface IJudgeQueue
{
    /// <summary>False when the queue is full: the caller answers 503 with Retry-After rather than drop it.</summary>
    bool TryEnqueue(string submissionId);

    ValueTask<string> DequeueAsync(CancellationToken cancel);

    int Count { get; }
}

public sealed class ChannelJudgeQueue(int capacity) : IJudgeQueue
{
    private readonly Channel<string> channel = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public bool TryEnqueue(string submissionId) => channel.Writer.TryWrite(submissionId);

    public ValueTask<string> DequeueAsync(CancellationToken cancel) => channel.Reader.ReadAsync(cancel);

    public int Count => channel.Reader.Count;
}
