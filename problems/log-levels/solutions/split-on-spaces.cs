// Wrong: splits the line on spaces without reading quoted values, so "service=" or "level=" written
// inside a message is taken for the real field when it comes after it.
public class Program
{
    private static readonly string[] Levels = { "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };

    public static void Main()
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            string service = null, level = null;
            foreach (var part in line.Split(' '))
            {
                if (part.StartsWith("service="))
                {
                    service = part.Substring("service=".Length);
                }
                else if (part.StartsWith("level="))
                {
                    level = part.Substring("level=".Length);
                }
            }
            var index = Array.IndexOf(Levels, level);
            if (service is null || index < 0)
            {
                continue;
            }
            if (!counts.TryGetValue(service, out var perLevel))
            {
                counts[service] = perLevel = new int[Levels.Length];
            }
            perLevel[index]++;
        }

        foreach (var (service, perLevel) in counts)
        {
            for (var i = 0; i < Levels.Length; i++)
            {
                if (perLevel[i] > 0)
                {
                    Console.WriteLine($"{service} {Levels[i]} {perLevel[i]}");
                }
            }
        }
    }
}
