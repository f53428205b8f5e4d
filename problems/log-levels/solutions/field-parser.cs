public class Program
{
    private static readonly string[] Levels = { "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };

    public static void Main()
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (service, level) = Parse(line);
            if (!counts.TryGetValue(service, out var perLevel))
            {
                counts[service] = perLevel = new int[Levels.Length];
            }
            perLevel[Array.IndexOf(Levels, level)]++;
        }

        var output = new StringBuilder();
        foreach (var service in counts.Keys.OrderBy(s => s, StringComparer.Ordinal))
        {
            var perLevel = counts[service];
            for (var i = 0; i < Levels.Length; i++)
            {
                if (perLevel[i] > 0)
                {
                    output.Append(service).Append(' ').Append(Levels[i]).Append(' ').Append(perLevel[i]).Append('\n');
                }
            }
        }
        Console.Write(output);
    }

    /// <summary>Reads the fields after the timestamp: key=value, where a value is a bare word or a quoted string with \" and \\ escapes.</summary>
    private static (string Service, string Level) Parse(string line)
    {
        string service = null, level = null;
        var i = line.IndexOf(' ');
        while (i >= 0 && i < line.Length)
        {
            i++;
            var equals = line.IndexOf('=', i);
            var key = line.Substring(i, equals - i);
            i = equals + 1;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                var text = new StringBuilder();
                for (i++; line[i] != '"'; i++)
                {
                    if (line[i] == '\\')
                    {
                        i++;
                    }
                    text.Append(line[i]);
                }
                i++;
                value = text.ToString();
            }
            else
            {
                var end = line.IndexOf(' ', i);
                if (end < 0)
                {
                    end = line.Length;
                }
                value = line.Substring(i, end - i);
                i = end;
            }

            if (key == "service")
            {
                service = value;
            }
            else if (key == "level")
            {
                level = value;
            }
        }
        return (service, level);
    }
}
