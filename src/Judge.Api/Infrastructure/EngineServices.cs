using Judge.Engine;
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
            // Generators and checker scripts compile in the sandboxed compiler workers: Roslyn never loads here.
            var scripts = new WorkerScriptCompiler(() => sp.GetRequiredService<JudgeEngine>().Compilers);
            return new ProblemCatalog(string.IsNullOrEmpty(path) ? ProblemCatalog.LocateBundled(AppContext.BaseDirectory) : path, scripts);
        });
        services.AddSingleton(sp => new JudgeMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton(sp =>
        {
            var engine = new JudgeEngine(
                sp.GetRequiredService<IOptions<SandboxOptions>>().Value, sp.GetRequiredService<IOptions<RunnerOptions>>().Value, sp.GetRequiredService<JudgeMetrics>());
            var log = sp.GetRequiredService<ILogger<JudgeEngine>>();
            var status = engine.Launcher.Status;
            if (status.Unsafe)
            {
                log.LogWarning("UNSAFE LOCAL MODE: submissions run without full isolation ({Problems}). Never expose this service.", string.Join("; ", status.Problems));
            }
            log.LogInformation("Sandbox: namespaces {Namespaces}, {Cgroups}", status.Namespaces, status.Cgroups);
            engine.Compilers.WorkerFailed += details => log.LogWarning("A compiler worker failed: {Details}", details);
            // Runners start in the background now, so the first submission finds the pool full.
            engine.Runners.Refill();
            return engine;
        });
        services.AddSingleton(sp => sp.GetRequiredService<JudgeEngine>().Launcher);
        services.AddSingleton(sp => sp.GetRequiredService<JudgeEngine>().Compilers);
        services.AddSingleton(sp => sp.GetRequiredService<JudgeEngine>().Pipeline);
        if (OperatingSystem.IsLinux())
        {
            services.AddHostedService<NativeHeapTrimmer>();
        }
        return services;
    }
}
