public sealed class Vector
{
    public Vector(int x, int y)
    {
        
    }

    public int X { get; }
    public int Y { get; }

    public static Vector operator +(Vector a, Vector b)
    {
        
    }

    public static Vector operator -(Vector a, Vector b)
    {
        
    }

    public static Vector operator -(Vector v)
    {
        
    }

    public static bool operator ==(Vector a, Vector b)
    {
        
    }

    public static bool operator !=(Vector a, Vector b)
    {
        
    }

    public override bool Equals(object obj)
    {
        
    }

    public override int GetHashCode()
    {
        
    }

    public override string ToString()
    {
        
    }
}
