namespace Briefing.BrowserTests.Support;

/// <summary>One error of the Nu HTML Checker.</summary>
/// <param name="Url">The checked file as a <c>file:</c> URL.</param>
public sealed record NuMessage(string Url, int? Line, int? Column, string Message, string? Extract);
