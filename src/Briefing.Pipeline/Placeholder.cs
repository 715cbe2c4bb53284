namespace Briefing.Pipeline; public sealed record Placeholder;
