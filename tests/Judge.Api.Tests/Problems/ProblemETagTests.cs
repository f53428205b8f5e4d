using System.Net;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Problems;

/// <summary>Problems carry strong ETags, so editors can cache them and revalidate with If-None-Match.</summary>
public sealed class ProblemETagTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Theory]
    [InlineData("/api/problems")]
    [InlineData("/api/problems/valid-palindrome")]
    public async Task Get_WithTheCurrentETag_Is304WithoutABody(string path)
    {
        var client = api.CreateClient();
        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        using var again = await Send(path, etag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithAStaleOrWeakETag_ComparesWeakly()
    {
        const string path = "/api/problems/pair-sum";
        using var first = await api.CreateClient().GetAsync(path);
        var tag = first.Headers.ETag!.Tag;

        using var stale = await Send(path, "\"stale\"");
        using var weak = await Send(path, $"W/{tag}");
        using var listed = await Send(path, $"\"stale\", {tag}");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
    }

    [Fact]
    public async Task Get_ETag_IsTheHashOfTheRepresentation()
    {
        var client = api.CreateClient();
        using var palindrome = await client.GetAsync("/api/problems/valid-palindrome");
        using var pairSum = await client.GetAsync("/api/problems/pair-sum");
        using var palindromeAgain = await client.GetAsync("/api/problems/valid-palindrome");

        Assert.NotEqual(palindrome.Headers.ETag, pairSum.Headers.ETag);
        Assert.Equal(palindrome.Headers.ETag, palindromeAgain.Headers.ETag);
        var body = await palindrome.Content.ReadAsByteArrayAsync();
        var hash = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.SHA256.HashData(body));
        Assert.Equal($"\"{hash}\"", palindrome.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> Send(string path, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await api.CreateClient().SendAsync(request);
    }
}
