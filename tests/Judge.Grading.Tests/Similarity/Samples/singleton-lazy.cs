using System.Collections.Concurrent;
using System.Threading;

public sealed class ServiceRegistry
{
    // One Lazy per name: GetOrAdd may build a spare Lazy under contention, but only the stored one is ever
    // evaluated, and Lazy's default mode (ExecutionAndPublication) runs the constructor exactly once.
    private readonly ConcurrentDictionary<string, Lazy<Service>> services = new();

    public ServiceRegistry()
    {
    }

    public Service Get(string name) =>
        services.GetOrAdd(name, key => new Lazy<Service>(() => new Service(key))).Value;

    // Given: the judge reads the number of constructions through this.
    public static int CreatedCount(string name) => Service.Constructed(name);
}

// ----- Given: do not change Service or CreatedCount. -----
// Connecting a service is slow, and every construction is counted so the judge can check it happened once.
public sealed class Service
{
    private static readonly ConcurrentDictionary<string, int> Constructions = new();

    public Service(string name)
    {
        Thread.Sleep(30); // connecting takes a while
        Name = name;
        Constructions.AddOrUpdate(name, 1, (_, count) => count + 1);
    }

    public string Name { get; }

    /// <summary>How many Service objects were ever constructed for this name, by anyone.</summary>
    public static int Constructed(string name) => Constructions.TryGetValue(name, out var count) ? count : 0;

    public override string ToString() => $"Service({Name})";
}
