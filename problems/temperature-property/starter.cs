public class Temperature
{
    public Temperature(double celsius)
    {
        
    }

    public double Celsius
    {
        get
        {
            
        }
        set
        {
            
        }
    }

    public double Fahrenheit
    {
        get
        {
            
        }
        set
        {
            
        }
    }
}
