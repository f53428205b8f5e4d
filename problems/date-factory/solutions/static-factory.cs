public sealed class Date
{
    private static readonly int[] DaysInMonth = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    public Date(int year, int month, int day)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a date.");
        }
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static bool IsValid(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        {
            return false;
        }
        var length = month == 2 && IsLeapYear(year) ? 29 : DaysInMonth[month - 1];
        return day <= length;
    }

    public static Date FromString(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            throw new FormatException($"'{text}' is not yyyy-MM-dd.");
        }
        var year = Number(text, 0, 4);
        var month = Number(text, 5, 2);
        var day = Number(text, 8, 2);
        if (!IsValid(year, month, day))
        {
            throw new FormatException($"'{text}' is not a valid date.");
        }
        return new Date(year, month, day);
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                throw new FormatException($"'{text}' is not yyyy-MM-dd.");
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
