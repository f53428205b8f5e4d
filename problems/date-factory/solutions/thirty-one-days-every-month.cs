// Wrong: knows February but lets every other month have 31 days, so 2023-04-31 passes as a date.
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
        if (month == 2)
        {
            var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return day <= (leap ? 29 : 28);
        }
        return day <= 31;
    }

    public static Date FromString(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !text.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit))
        {
            throw new FormatException();
        }
        int year = int.Parse(text[..4]), month = int.Parse(text[5..7]), day = int.Parse(text[8..]);
        if (!IsValid(year, month, day)) throw new FormatException();
        return new Date(year, month, day);
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
