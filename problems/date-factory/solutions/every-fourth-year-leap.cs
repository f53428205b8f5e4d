// Wrong: treats every year divisible by 4 as a leap year, so 1900-02-29 and 2100-02-29 pass as dates.
public sealed class Date
{
    private static readonly int[] DaysInMonth = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

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
        var length = month == 2 && year % 4 == 0 ? 29 : DaysInMonth[month - 1];
        return day <= length;
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
