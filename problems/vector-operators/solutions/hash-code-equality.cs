// Wrong: == compares hash codes, but different vectors can share one (X ^ Y gives Vector(1, 2) and
// Vector(2, 1) the same hash). Equal hashes are necessary for equality, not sufficient.
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

    public static bool operator ==(Vector a, Vector b) =>
        a is null || b is null ? a is null && b is null : a.GetHashCode() == b.GetHashCode();

    public static bool operator !=(Vector a, Vector b) => !(a == b);

    public override bool Equals(object obj) => obj is Vector v && this == v;
    public override int GetHashCode() => X ^ Y;
    public override string ToString() => $"Vector({X}, {Y})";
}
