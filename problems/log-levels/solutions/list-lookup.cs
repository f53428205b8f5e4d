// Too slow: finds each (service, level) pair with a linear search of a list, O(lines * pairs).
public class Program
{
    private static readonly string[] Levels = { "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };

    public static void Main()
    {
        var entries = new List<(string Service, string Level, int Count)>();
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var (service, level) = Parse(line);
            var index = entries.FindIndex(e => e.Service == service && e.Level == level);
            if (index < 0)
            {
                entries.Add((service, level, 1));
            }
            else
            {
                entries[index] = (service, level, entries[index].Count + 1);
            }
        }

        var sorted = entries
            .OrderBy(e => e.Service, StringComparer.Ordinal)
            .ThenBy(e => Array.IndexOf(Levels, e.Level));
        foreach (var (service, level, count) in sorted)
        {
            Console.WriteLine($"{service} {level} {count}");
        }
    }

    private static (string Service, string Level) Parse(string line)
    {
        string service = null, level = null;
        var i = line.IndexOf(' ') + 1;
        while (i < line.Length)
        {
            var equals = line.IndexOf('=', i);
            var key = line[i..equals];
            i = equals + 1;
            var start = i;
            if (line[i] == '"')
            {
                i++;
                while (line[i] != '"')
                {
                    i += line[i] == '\\' ? 2 : 1;
                }
                i++;
            }
            else
            {
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }
            }
            if (key == "service")
            {
                service = line[start..i];
            }
            else if (key == "level")
            {
                level = line[start..i];
            }
            i++;
        }
        return (service, level);
    }
}
