namespace Briefing.Preview;

/// <summary>
/// What a preview build did with its files made on writing (the social cards): how many it kept as the generation
/// held them (no read), copied from the served generation, and made (drew) again.
/// </summary>
internal readonly record struct MadeFileCounts(int Kept, int Copied, int Made);
