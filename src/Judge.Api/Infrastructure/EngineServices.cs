using Judge.Engine.Compilation;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Engine.Running;
using Judge.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Api.Infrastructure;

public static class EngineServices
{
    /// <summary>The problem bank, the sandbox and the judging pipeline, configured from the app's settings.</summary>
    public static IServiceCollection AddJudgeEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JudgeOptions>().Bind(configuration.GetSection(JudgeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section));
        services.AddOptions<RunnerOptions>().Bind(configuration.GetSection(RunnerOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<JudgeOptions>>().Value.ProblemsPath;
            return new ProblemCatalog(string.IsNullOrEmpty(path) ? ProblemCatalog.LocateBundled(AppContext.BaseDirectory) : path);
        });
        services.AddSingleton(sp =>
        {
            var launcher = new WorkerLauncher(sp.GetRequiredService<IOptions<SandboxOptions>>().Value);
            var log = sp.GetRequiredService<ILogger<WorkerLauncher>>();
            var status = launcher.Status;
            if (status.Unsafe)
            {
                log.LogWarning("UNSAFE LOCAL MODE: submissions run without full isolation ({Problems}). Never expose this service.", string.Join("; ", status.Problems));
            }
            log.LogInformation("Sandbox: namespaces {Namespaces}, {Cgroups}", status.Namespaces, status.Cgroups);
            return launcher;
        });
        services.AddSingleton(sp =>
        {
            var pool = new CompilerPool(sp.GetRequiredService<WorkerLauncher>(), sp.GetRequiredService<IOptions<SandboxOptions>>().Value);
            var log = sp.GetRequiredService<ILogger<CompilerPool>>();
            pool.WorkerFailed += details => log.LogWarning("A compiler worker failed: {Details}", details);
            return pool;
        });
        services.AddSingleton(sp => new SandboxRunner(sp.GetRequiredService<WorkerLauncher>(), sp.GetRequiredService<IOptions<RunnerOptions>>().Value));
        services.AddSingleton<JudgePipeline>();
        return services;
    }
}
