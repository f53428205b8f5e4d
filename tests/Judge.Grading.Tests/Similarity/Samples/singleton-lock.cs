using System.Collections.Concurrent;
using System.Threading;

public sealed class ServiceRegistry
{
    // A plain dictionary under one lock: the constructor runs inside the lock, so it runs once per name.
    // Callers of different names wait for each other, which is fine for a handful of services.
    private readonly Dictionary<string, Service> built = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public ServiceRegistry()
    {
    }

    public Service Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (gate)
        {
            if (built.TryGetValue(name, out var existing))
            {
                return existing;
            }
            var created = new Service(name);
            built.Add(name, created);
            return created;
        }
    }

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
