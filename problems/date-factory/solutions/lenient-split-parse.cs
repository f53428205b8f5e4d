// Wrong: splits on '-' and trusts int.Parse, so "2024-1-05", " 2024-01-05" and "+024-01-05" are accepted
// instead of throwing FormatException.
public sealed class Date
{
    public Date(int year, int month, int day)
    {
        if (!IsValid(year, month, day)) throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public static bool IsValid(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
        return day <= DateTime.DaysInMonth(year, month);
    }

    public static Date FromString(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 3) throw new FormatException();
        var year = int.Parse(parts[0]);
        var month = int.Parse(parts[1]);
        var day = int.Parse(parts[2]);
        if (!IsValid(year, month, day)) throw new FormatException();
        return new Date(year, month, day);
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
