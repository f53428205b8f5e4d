// Long logs for the one-pass requirement. Runs once in the host with a fixed seed. The time limit is 2 s
// (not 1 s): reading 50000 lines costs tens of milliseconds even done well, and more on a busy judge.
// The expected output is computed with a dictionary and an ordinal sort, as the statement describes.

string[] levels = { "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };
const string nameChars = "abcdefghijklmnopqrstuvwxyz0123456789-";

string RandomName()
{
    var chars = new char[Random.Next(3, 13)];
    for (var i = 0; i < chars.Length; i++)
    {
        chars[i] = nameChars[Random.Next(nameChars.Length)];
    }
    return new string(chars);
}

string Timestamp(int second) =>
    new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(second).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

// A quoted message with spaces, escaped quotes and backslashes, and text that looks like fields.
string Message()
{
    string[] words = { "retry", "service=billing", "level=FATAL", "\\\"quoted\\\"", "C:\\\\logs\\\\", "x=1", "done", "of", "the" };
    var text = new StringBuilder("msg=\"");
    var count = Random.Next(8, 16);
    for (var i = 0; i < count; i++)
    {
        text.Append(i == 0 ? "" : " ").Append(words[Random.Next(words.Length)]);
    }
    return text.Append('"').ToString();
}

string Expected(Dictionary<(string Service, int Level), int> counts)
{
    var output = new StringBuilder();
    foreach (var ((service, level), count) in counts.OrderBy(p => p.Key.Service, StringComparer.Ordinal).ThenBy(p => p.Key.Level))
    {
        output.Append(service).Append(' ').Append(levels[level]).Append(' ').Append(count).Append('\n');
    }
    return output.ToString();
}

// Builds a log of `lines` records over `services` service names, with a message on `messageShare` of them.
void AddLog(string name, int lines, int services, double messageShare)
{
    var names = Enumerable.Range(0, services).Select(_ => RandomName()).Distinct().ToArray();
    var counts = new Dictionary<(string, int), int>();
    var log = new StringBuilder();
    for (var i = 0; i < lines; i++)
    {
        var service = names[Random.Next(names.Length)];
        var level = Random.Next(levels.Length);
        counts[(service, level)] = counts.GetValueOrDefault((service, level)) + 1;
        var fields = new List<string> { "service=" + service, "level=" + levels[level] };
        if (Random.NextDouble() < messageShare)
        {
            fields.Insert(Random.Next(fields.Count + 1), Message());
        }
        if (Random.Next(2) == 0)
        {
            (fields[0], fields[1]) = (fields[1], fields[0]);
        }
        log.Append(Timestamp(i)).Append(' ').Append(string.Join(' ', fields)).Append('\n');
    }
    AddText(name, log.ToString(), Expected(counts));
}

// 1. Many distinct (service, level) pairs, about 41000: a linear search per line checks about 1e9 list entries
//    (20 s and more), while one pass with a dictionary takes about 0.1 s.
AddLog("many-services", lines: 50_000, services: 25_000, messageShare: 0.05);

// 2. Few services, long quoted messages: the cost is in reading the fields.
AddLog("long-messages", lines: 8_000, services: 40, messageShare: 1.0);
