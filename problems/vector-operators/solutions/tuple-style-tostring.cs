// Wrong: ToString prints "(1, 2)" instead of "Vector(1, 2)".
public sealed class Vector
{
    public Vector(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int X { get; }
    public int Y { get; }

    public static Vector operator +(Vector a, Vector b) => new(a.X + b.X, a.Y + b.Y);
    public static Vector operator -(Vector a, Vector b) => new(a.X - b.X, a.Y - b.Y);
    public static Vector operator -(Vector v) => new(-v.X, -v.Y);
    public static bool operator ==(Vector a, Vector b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Vector a, Vector b) => !(a == b);
    public override bool Equals(object obj) => obj is Vector v && X == v.X && Y == v.Y;
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"({X}, {Y})";
}
