public sealed class Vector : IEquatable<Vector>
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

    public bool Equals(Vector other) => other is not null && X == other.X && Y == other.Y;

    public override bool Equals(object obj) => Equals(obj as Vector);

    public override int GetHashCode() => HashCode.Combine(X, Y);

    public override string ToString() => $"Vector({X}, {Y})";
}
