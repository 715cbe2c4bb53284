using System.IO.Hashing;
using Briefing.Pipeline.Caching;
using CsCheck;

namespace Briefing.Tests.Pipeline;

/// <summary>
/// The hasher gathers small inputs and hashes them at once, and streams large ones: either way the fingerprint is the
/// XXH3-128 digest of the bytes added, whatever the sizes of the pieces and wherever the switch to streaming falls.
/// </summary>
public sealed class FingerprintHasherTests
{
    [Fact]
    public void Bytes_added_in_any_pieces_give_the_digest_of_all_of_them()
    {
        Gen.Byte.Array[0, 20_000].SelectMany(bytes => Gen.Int[1, 6_000].Array[1, 12].Select(cuts => (bytes, cuts)))
            .Sample(sample =>
            {
                var (bytes, cuts) = sample;
                var hasher = FingerprintHasher.Create();
                var at = 0;
                foreach (var cut in cuts)
                {
                    var length = Math.Min(cut, bytes.Length - at);
                    hasher.Add(bytes.AsSpan(at, length));
                    at += length;
                }

                hasher.Add(bytes.AsSpan(at));
                var digest = XxHash128.HashToUInt128(bytes);

                Assert.Equal(bytes.Length, hasher.Length);
                Assert.Equal(new Fingerprint((ulong)(digest >> 64), (ulong)digest), hasher.Finish());
            });
    }

    [Fact]
    public void A_long_text_and_a_short_one_differ_from_each_other_and_from_their_parts()
    {
        var longText = new string('a', 10_000);
        Assert.NotEqual(Of(longText), Of("a"));
        Assert.NotEqual(Of(longText), Of(longText[..5_000], longText[5_000..]));
        Assert.Equal(Of(longText), Of(new string('a', 10_000)));
    }

    private static Fingerprint Of(params string[] texts)
    {
        var hasher = FingerprintHasher.Create();
        foreach (var text in texts)
        {
            hasher.Add(text);
        }

        return hasher.Finish();
    }
}
