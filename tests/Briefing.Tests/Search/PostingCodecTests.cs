using Briefing.Search;
using CsCheck;

namespace Briefing.Tests.Search;

public class PostingCodecTests
{
    [Fact]
    public void Dense_postings_take_two_characters_each()
    {
        var text = PostingCodec.Encode([new(0, 5), new(1, 31), new(2, 1)]);
        Assert.Equal("AFAfAB", text);
    }

    [Fact]
    public void Decode_inverts_encode_for_any_ascending_postings()
    {
        Gen.Select(Gen.Int[1, 100_000].Array[0, 60], Gen.Int[1, PostingCodec.MaxImpact].Array[60])
            .Sample((gaps, impacts) =>
            {
                var entry = -1;
                var postings = gaps.Select((gap, i) => new SearchPosting(entry += gap, impacts[i])).ToArray();
                var text = PostingCodec.Encode(postings);
                Assert.All(text, c => Assert.Contains(c, PostingCodec.Alphabet));
                Assert.Equal(postings, PostingCodec.Decode(text));
            });
    }

    [Fact]
    public void Postings_out_of_order_or_impact_range_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([new(3, 1), new(3, 1)]));
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([new(0, 0)]));
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([new(0, 32)]));
    }
}
