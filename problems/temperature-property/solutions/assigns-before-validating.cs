// Wrong: stores the value first and throws afterwards, so a rejected value is kept.
public class Temperature
{
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
            celsius = value;
            if (celsius < -273.15) throw new ArgumentOutOfRangeException(nameof(value));
        }
    }

    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }
}
