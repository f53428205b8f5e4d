// Wrong: FromString lets the constructor reject an impossible date, so "2023-02-29" throws
// ArgumentOutOfRangeException where the statement asks for FormatException.
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
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !text.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit))
        {
            throw new FormatException();
        }
        return new Date(int.Parse(text[..4]), int.Parse(text[5..7]), int.Parse(text[8..]));
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
