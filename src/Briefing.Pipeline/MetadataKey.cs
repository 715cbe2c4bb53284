namespace Briefing.Pipeline;

/// <summary>
/// The name and type of one metadata value, declared once by the module that writes it, so that a reader cannot
/// ask for the right name with the wrong type (or the other way round).
/// </summary>
/// <typeparam name="T">The type of the value stored under <see cref="Name"/>.</typeparam>
public sealed record MetadataKey<T>(string Name)
    where T : notnull
{
    public override string ToString() => $"{Name} ({typeof(T).Name})";
}
