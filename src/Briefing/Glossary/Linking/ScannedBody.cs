namespace Briefing.Glossary.Linking;

/// <summary>What happens at one point of a scanned body: an element opens or closes, or a text node.</summary>
internal readonly record struct BodyEvent(BodyEventKind Kind, ScannedElement? Element, string? Text)
{
    /// <summary>For a text, the element it is in (null for the body itself).</summary>
    public ScannedElement? Parent => Kind == BodyEventKind.Text ? Element : Element?.Parent;
}

internal enum BodyEventKind
{
    Open,
    Close,
    Text,
}

/// <summary>A page body read by <see cref="BodyScanner"/>: its nodes in document order, and every element with an id.</summary>
internal sealed record ScannedBody(IReadOnlyList<BodyEvent> Events, IReadOnlyDictionary<string, ScannedElement> ElementsById);
