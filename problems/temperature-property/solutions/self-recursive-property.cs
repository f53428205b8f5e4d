// Crashes: the property reads and writes itself instead of a backing field (C#'s version of assigning
// self.celsius inside Python's celsius setter), so the first access recurses until the stack overflows.
public class Temperature
{
    public Temperature(double celsius)
    {
        Celsius = celsius;
    }

    public double Celsius
    {
        get => Celsius;
        set
        {
            if (value < -273.15) throw new ArgumentOutOfRangeException(nameof(value));
            Celsius = value;
        }
    }

    public double Fahrenheit
    {
        get => Celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }
}
