using System.Net;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Hostile;

/// <summary>
/// Every hostile submission goes through the real API: it gets its declared verdict, the service keeps
/// answering, and the host is untouched afterwards.
/// </summary>
[Collection(nameof(HostileCollection))]
public sealed class HostileSubmissionTests(HostChecks host, UnpooledJudgeApiFactory api) : IClassFixture<UnpooledJudgeApiFactory>
{
    public static TheoryData<string> Submissions() => HostileCorpus.Names("api");

    [Theory]
    [MemberData(nameof(Submissions))]
    public async Task HostileSubmission_GetsItsDeclaredVerdictAndLeavesTheHostUntouched(string name)
    {
        var source = HostileCorpus.Source("api", name);

        var result = await api.JudgeAsync("valid-palindrome", source);

        var expected = HostileCorpus.Expected(source);
        Assert.True(expected.Contains(result.Verdict), $"{name}: expected {string.Join(" or ", expected)}, got {result.Verdict}: " +
            string.Join("; ", result.Diagnostics.Select(d => d.Message).Concat(result.Tests.Where(t => t.Verdict != "Accepted").Select(t => $"{t.Name} {t.Verdict} {t.Message}")).Take(3)));
        using var health = await api.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await host.AssertHostUntouchedAsync(name);
    }

    [Fact]
    public void Corpus_HasAtLeastFortySubmissions() => Assert.True(Submissions().Count >= 40);
}
