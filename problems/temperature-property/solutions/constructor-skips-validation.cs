// Wrong: the constructor writes the field directly, so new Temperature(-300) succeeds.
public class Temperature
{
    private double celsius;

    public Temperature(double celsius)
    {
        this.celsius = celsius;
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
        set => Celsius = (value - 32) * 5 / 9;
    }
}
