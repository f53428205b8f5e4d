public class Temperature
{
    public const double AbsoluteZero = -273.15;

    private double celsius;

    public Temperature(double celsius)
    {
        Celsius = celsius;
    }

    public double Celsius
    {
        get => celsius;
        set
        {
            if (value < AbsoluteZero)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Below absolute zero.");
            }
            celsius = value;
        }
    }

    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }
}
