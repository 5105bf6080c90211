namespace SleepFM.Channels;

/// <summary>
/// A point in head coordinates on (or, for bipolar midpoints, inside) the unit sphere of the 10-05
/// table: <see cref="X"/> to the right ear, <see cref="Y"/> to the nasion, <see cref="Z"/> to the vertex.
/// Units are sphere radii, so each component lies in [-1, 1].
/// </summary>
/// <param name="X">Right (+) / left (−) component.</param>
/// <param name="Y">Front (+) / back (−) component.</param>
/// <param name="Z">Up (+) / down (−) component.</param>
public readonly record struct ElectrodePosition(double X, double Y, double Z)
{
    /// <summary>The midpoint of two positions, used for a bipolar derivation <c>A-B</c>.</summary>
    public static ElectrodePosition Midpoint(ElectrodePosition a, ElectrodePosition b) =>
        new((a.X + b.X) / 2, (a.Y + b.Y) / 2, (a.Z + b.Z) / 2);

    /// <summary>Euclidean distance to another position, in sphere radii.</summary>
    public double DistanceTo(ElectrodePosition other)
    {
        double dx = X - other.X, dy = Y - other.Y, dz = Z - other.Z;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }
}
