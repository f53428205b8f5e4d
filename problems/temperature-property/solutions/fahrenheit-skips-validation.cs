// Wrong: the Fahrenheit setter writes the field directly, so -500 °F is accepted.
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
            if (value < -273.15) throw new ArgumentOutOfRangeException(nameof(value));
            celsius = value;
        }
    }

    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => celsius = (value - 32) * 5 / 9;
    }
}
