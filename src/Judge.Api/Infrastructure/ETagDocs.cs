using Microsoft.OpenApi;

namespace Judge.Api.Infrastructure;

/// <summary>Puts the ETag conversation in the OpenAPI document: the If-None-Match header, 304, and the response headers.</summary>
public static class ETagDocs
{
    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder endpoint) => endpoint
        .Produces(StatusCodes.Status304NotModified)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "The ETag of a copy the client holds; when it is still current the answer is 304 without a body.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            foreach (var status in new[] { "200", "304" })
            {
                if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader { Description = "A strong validator: the hash of the representation.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                    concrete.Headers["Cache-Control"] = new OpenApiHeader { Description = $"\"{CachedRepresentations.CacheControl}\": keep a copy, revalidate it with If-None-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }
            }
            return Task.CompletedTask;
        });
}
