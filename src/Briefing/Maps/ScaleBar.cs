namespace Briefing.Maps;

/// <summary>
/// A scale bar of a round length (100, 200, 250, 500, 1,000 or 2,000 km), the longest up to a fifth of the
/// map's width, true at the map's middle latitude; drawn at the bottom left.
/// </summary>
internal sealed record ScaleBar(double Kilometres, double Length, double Latitude, LabelBox Box)
{
    private static readonly double[] Lengths = [2000, 1000, 500, 250, 200, 100, 50, 20, 10];

    public static ScaleBar For(MapFrame frame)
    {
        var latitude = MiddleLatitude(frame);
        var perKm = frame.UnitsPerKm(latitude);
        var km = Lengths.FirstOrDefault(l => l * perKm <= frame.Width / 5, Lengths[^1]);
        var length = km * perKm;
        return new ScaleBar(km, length, latitude, new LabelBox(4, frame.Height - 22, Math.Max(length, TextMetrics.Width(Text(km), MapScene.MinorFont)) + 8, 22));
    }

    public string Label => Text(Kilometres);

    private static string Text(double km) => km.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " km";

    // The frame's plane origin is the projection's origin latitude: the middle of the latitudes fitted.
    private static double MiddleLatitude(MapFrame frame) => Math.Round(frame.OriginLatitude);
}
