using Judge.Api.Health;
using Judge.Api.Infrastructure;
using Judge.Api.Problems;
using Judge.Api.Submissions;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddJudgeEngine(builder.Configuration);
builder.Services.AddSubmissions(builder.Configuration);
builder.Services.AddJudgeApiDocs();
builder.Services.AddJudgeProblemDetails();
builder.Services.AddJudgeMetrics();

var app = builder.Build();

app.UseJudgeProblemDetails();
app.MapJudgeApiDocs();
app.MapProblems();
app.MapSubmissions();
app.MapHealth();
app.MapJudgeMetrics();

app.Run();

/// <summary>Visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
