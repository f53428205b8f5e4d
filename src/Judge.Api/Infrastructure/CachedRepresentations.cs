using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Infrastructure;

/// <summary>
/// JSON representations that change only when the service restarts (the problem bank is read once), each
/// serialized and hashed once and served with a strong ETag, the hash of its bytes. A request whose
/// <c>If-None-Match</c> matches gets 304 Not Modified without a body (RFC 9110, sections 8.8.3 and 13.1.2).
/// </summary>
public sealed class CachedRepresentations(IOptions<JsonOptions> json)
{
    /// <summary>Clients may keep a copy but revalidate it before each use; a 304 costs next to nothing.</summary>
    public const string CacheControl = "no-cache";

    private readonly ConcurrentDictionary<string, Representation> cache = new();

    public IResult Get(string key, Func<object> build) =>
        cache.GetOrAdd(key, _ =>
        {
            var value = build();
            return new Representation(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions));
        });

    private sealed class Representation(byte[] body) : IResult
    {
        private readonly EntityTagHeaderValue etag = new($"\"{WebEncoders.Base64UrlEncode(SHA256.HashData(body))}\"");

        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.GetTypedHeaders().ETag = etag;
            context.Response.Headers.CacheControl = CacheControl;
            // If-None-Match compares weakly (RFC 9110, 13.1.2): W/"x" matches "x".
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
