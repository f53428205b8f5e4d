using System.Globalization;

namespace Judge.Sandbox;

/// <summary>
/// The sandbox policy, as data, in one place: what a worker sees, what it may use, and the command that
/// starts it. Everything not listed here does not exist inside the sandbox.
/// </summary>
public sealed class SandboxPolicy(SandboxOptions options, string dotnetRoot, string workerDirectory)
{
    /// <summary>Where the worker's own files appear inside the sandbox.</summary>
    public const string WorkerMount = "/judge";

    /// <summary>The unprivileged user (nobody) the worker runs as.</summary>
    public const int SandboxUid = 65534;

    /// <summary>Host folders bound read-only: only the shared libraries the .NET runtime loads.</summary>
    public static readonly string[] LibraryFolders = ["/lib", "/lib64", "/usr/lib", "/usr/lib64"];

    /// <summary>
    /// The only devices, bound from the host: neither the runtime nor Roslyn opens any other (it asks for /dev/tty,
    /// which a sandbox in a session of its own could not use anyway). bubblewrap's <c>--dev</c> would add a terminal,
    /// a pseudo-terminal pair, /dev/full, a shared-memory folder and a tmpfs and a devpts mount of their own: about
    /// 1.5 ms of the machine's CPU per worker started (see README, Performance).
    /// </summary>
    public static readonly string[] Devices = ["/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"];

    /// <summary>
    /// The worker's whole environment: fixed, with nothing from the host. Diagnostics off (no debugger or
    /// profiler attach, no IPC socket), invariant culture (no ICU files needed), workstation non-concurrent GC (fewer threads).
    /// W^X is off: its double-mapped code heap is a memfd that the file-size rlimit would cap, killing the JIT
    /// with "Out of memory"; submissions cannot write code memory anyway (no unsafe code, no interop).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment(WorkerKind worker, int heapMb)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = "/tmp",
            ["TMPDIR"] = "/tmp",
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            ["DOTNET_GCHeapHardLimit"] = ((long)heapMb << 20).ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_gcConcurrent"] = "0",
            ["DOTNET_EnableWriteXorExecute"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        if (worker.Executable is null)
        {
            environment["DOTNET_ROOT"] = dotnetRoot;
        }
        if (worker == WorkerKind.Compiler)
        {
            // A compiler worker lives for thousands of compiles: its hot paths should reach optimised code soon.
            // By default the runtime starts counting calls only after 100 ms without new methods to compile, which
            // back-to-back compiles never give it: a fresh worker took 12 ms a compile (median) over its first 250
            // compiles and 8.5 over the next 250; without the delay, 8 and 6. Runners serve one submission and keep the default.
            environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        }
        else
        {
            // The compiler keeps the runtime's profile-guided tier-1 code: Roslyn's hot paths are interface and virtual
            // calls that the profile lets the JIT devirtualise (9.4 ms of the worker's CPU per submission against 10.4,
            // medians of ten interleaved rounds at c=4, lower in 7). Runners turn it off: they never live long enough
            // to tier up, and a long test's timing should not depend on an instrumented tier in between.
            environment["DOTNET_TieredPGO"] = "0";
        }
        return environment;
    }

    /// <summary>
    /// The bubblewrap arguments that isolate one worker, up to and including the command it runs, with
    /// <paramref name="workerArguments"/> after it.
    /// </summary>
    public IEnumerable<string> BubblewrapArguments(WorkerKind worker, IEnumerable<string> workerFiles, int heapMb, IEnumerable<string>? workerArguments = null)
    {
        yield return "--unshare-all";            // no network, own PID, IPC, UTS, cgroup and user namespaces
        yield return "--die-with-parent";
        yield return "--new-session";            // no TIOCSTI into the host's terminal
        yield return "--cap-drop";
        yield return "ALL";
        foreach (var arg in new[] { "--uid", "--gid" })
        {
            yield return arg;
            yield return SandboxUid.ToString(CultureInfo.InvariantCulture);
        }
        yield return "--hostname";
        yield return "judge";
        // The host's .NET installation too, for a worker that is not self-contained.
        foreach (var folder in worker.Executable is null ? LibraryFolders.Append(dotnetRoot) : LibraryFolders)
        {
            // A merged /usr (Debian's /lib -> usr/lib) gets the same link inside, not a second mount of the same files.
            var linkedTo = LinkWithinLibraries(folder);
            yield return linkedTo is null ? "--ro-bind-try" : "--symlink";
            yield return linkedTo ?? folder;
            yield return folder;
        }
        foreach (var file in workerFiles)
        {
            yield return "--ro-bind";
            yield return Path.Combine(workerDirectory, file);
            yield return $"{WorkerMount}/{file}";
        }
        yield return "--proc";                    // a fresh procfs showing only the sandbox's own processes
        yield return "/proc";
        foreach (var device in Devices)
        {
            yield return "--dev-bind";
            yield return device;
            yield return device;
        }
        yield return "--size";
        yield return ((long)options.TmpSizeMb << 20).ToString(CultureInfo.InvariantCulture);
        yield return "--tmpfs";
        yield return "/tmp";
        yield return "--remount-ro";              // the sandbox's own root (and the mount points on it) read-only too
        yield return "/";
        yield return "--chdir";
        yield return "/tmp";
        yield return "--clearenv";
        foreach (var (name, value) in Environment(worker, heapMb))
        {
            yield return "--setenv";
            yield return name;
            yield return value;
        }
        yield return "--";
        foreach (var part in Command(worker, WorkerMount, workerArguments))
        {
            yield return part;
        }
    }

    /// <summary>Where <paramref name="folder"/> links to, when it is a symbolic link to another of the library folders.</summary>
    private static string? LinkWithinLibraries(string folder)
    {
        var target = new DirectoryInfo(folder).LinkTarget;
        if (target is null)
        {
            return null;
        }
        var resolved = Path.GetFullPath(target, Path.GetDirectoryName(folder)!);
        return LibraryFolders.Contains(resolved) && resolved != folder ? target : null;
    }

    /// <summary>The command that starts a worker without isolation (unsafe local mode): still a clean environment.</summary>
    public IEnumerable<string> UnisolatedArguments(WorkerKind worker, int heapMb, IEnumerable<string>? workerArguments = null)
    {
        yield return "/usr/bin/env";
        yield return "-i";
        foreach (var (name, value) in Environment(worker, heapMb))
        {
            yield return $"{name}={value}";
        }
        foreach (var part in Command(worker, workerDirectory, workerArguments))
        {
            yield return part;
        }
    }

    /// <summary>
    /// The worker's own command, its files in <paramref name="folder"/>: its self-contained file, or the host's
    /// <c>dotnet</c> and its assembly; then <paramref name="workerArguments"/>.
    /// </summary>
    private IEnumerable<string> Command(WorkerKind worker, string folder, IEnumerable<string>? workerArguments)
    {
        string[] program = worker.Executable is { } executable
            ? [Path.Combine(folder, executable)]
            : [Path.Combine(dotnetRoot, "dotnet"), Path.Combine(folder, $"{worker.AssemblyName}.dll")];
        return program.Concat(workerArguments ?? []);
    }

    /// <summary>
    /// The launcher: a shell that joins the worker's cgroups and sets rlimits before it execs bubblewrap, so
    /// the .NET runtime starts already inside its limits and sizes its heap by them.
    /// </summary>
    public const string LauncherScript =
        """
        cpu="$1"; shift
        while [ "$1" != "--" ]; do echo $$ > "$1" || exit 97; shift; done; shift
        ulimit -c 0; ulimit -f 16384; ulimit -n 256; ulimit -t "$cpu"
        exec "$@"
        """;
}
