namespace Judge.Api.Infrastructure;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Swagger UI at <c>/swagger</c>.</summary>
public static class ApiDocs
{
    public static IServiceCollection AddJudgeApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Judge";
                document.Info.Description = "Compile and judge C# solutions to coding exercises in a sandbox.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<ApiExamples>();
        });

    public static WebApplication MapJudgeApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "Judge v1");
            ui.RoutePrefix = "swagger";
        });
        return app;
    }
}
