public sealed class Date
{
    public Date(int year, int month, int day)
    {
        
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public static bool IsValid(int year, int month, int day)
    {
        
    }

    public static Date FromString(string text)
    {
        
    }

    public override string ToString()
    {
        
    }
}
