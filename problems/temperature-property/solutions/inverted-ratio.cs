// Wrong: converts with 5/9 where 9/5 belongs (and the reverse).
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
        get => celsius * 5 / 9 + 32;
        set => Celsius = (value - 32) * 9 / 5;
    }
}
