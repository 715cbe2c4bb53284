namespace Briefing.Maps;

/// <summary>An axis-aligned box in SVG units (y down): a label's extent or an obstacle such as a marker.</summary>
internal readonly record struct LabelBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>True when the boxes share any area (boxes that merely touch do not intersect).</summary>
    public bool Intersects(LabelBox other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Inside(LabelBox bounds) => X >= bounds.X && Y >= bounds.Y && Right <= bounds.Right && Bottom <= bounds.Bottom;

    public static LabelBox Around(double x, double y, double radius) => new(x - radius, y - radius, 2 * radius, 2 * radius);
}
