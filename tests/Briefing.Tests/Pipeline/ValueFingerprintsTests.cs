using System.Collections.Immutable;
using Briefing.Pipeline;
using Briefing.Core;
using Briefing.Pipeline.Caching;

namespace Briefing.Tests.Pipeline;

public sealed class ValueFingerprintsTests
{
    private sealed record Item(string Name, int Count, IReadOnlyList<string> Tags, DateOnly? Date);

    private sealed class Loop
    {
        public Loop? Next { get; set; }
    }

    /// <summary>A value that counts how often its text is read, so a test can tell a walk from a remembered fingerprint.</summary>
    private sealed class Leaf
    {
        public readonly string Value;

        public Leaf(string value) => Value = value;

        public int Reads { get; private set; }

        public string Text
        {
            get
            {
                Reads++;
                return Value;
            }
        }
    }

    private sealed record Branch(IReadOnlyList<Leaf> Leaves);

    private readonly ValueFingerprints _values = new();

    [Fact]
    public void An_object_of_many_small_values_is_remembered_by_reference_though_each_is_cheap_alone()
    {
        // Each leaf hashes well under the 512 bytes worth remembering, and the branch itself adds only their
        // fingerprints; what they cost together is over it.
        var leaves = Enumerable.Range(0, 6).Select(i => new Leaf(new string((char)('a' + i), 100))).ToList();
        var branch = new Branch(leaves);

        var first = _values.Of(branch);
        var second = _values.Of(branch);

        Assert.Equal(first, second);
        Assert.All(leaves, leaf => Assert.Equal(1, leaf.Reads));
    }

    [Fact]
    public void A_small_object_is_walked_again_each_time()
    {
        var leaf = new Leaf("short");
        var branch = new Branch([leaf]);

        _values.Of(branch);
        _values.Of(branch);

        Assert.Equal(2, leaf.Reads);
    }

    [Fact]
    public void Equal_values_in_different_objects_have_one_fingerprint()
    {
        var a = new Item("x", 1, ["t", "u"], new DateOnly(2025, 7, 7));
        var b = new Item("x", 1, new List<string> { "t", "u" }, new DateOnly(2025, 7, 7));

        Assert.Equal(_values.Of(a), _values.Of(b));
    }

    [Fact]
    public void An_array_of_the_apps_own_values_is_fingerprinted_by_its_items()
    {
        var item = new Item("x", 1, ["t"], null);

        Assert.Equal(_values.Of(Array.Empty<Item>()), _values.Of(new List<Item>()));
        Assert.Equal(_values.Of(new[] { item }), _values.Of(new List<Item> { item with { Tags = ["t"] } }));
        Assert.NotEqual(_values.Of(new[] { item }), _values.Of(new[] { item with { Count = 2 } }));
    }

    [Theory]
    [InlineData("y", 1, "t", 7)]
    [InlineData("x", 2, "t", 7)]
    [InlineData("x", 1, "v", 7)]
    [InlineData("x", 1, "t", 8)]
    public void Any_difference_changes_the_fingerprint(string name, int count, string tag, int day)
    {
        var original = new Item("x", 1, ["t"], new DateOnly(2025, 7, 7));

        Assert.NotEqual(_values.Of(original), _values.Of(new Item(name, count, [tag], new DateOnly(2025, 7, day))));
    }

    [Fact]
    public void Kinds_and_boundaries_of_values_are_kept_apart()
    {
        Assert.NotEqual(_values.Of("1"), _values.Of(1));
        Assert.NotEqual(_values.Of(new[] { "ab", "c" }), _values.Of(new[] { "a", "bc" }));
        Assert.NotEqual(_values.Of((string?)null), _values.Of(""));
        Assert.NotEqual(_values.Of(new[] { "a" }), _values.Of(new[] { "a", "a" }));
    }

    [Fact]
    public void Documents_are_fingerprinted_by_content_and_metadata_whatever_the_order_of_keys()
    {
        var one = new Document { Source = "a.md", Content = "text" }.With("k1", 1).With("k2", "two");
        var other = new Document { Source = "a.md", Content = "text", Metadata = ImmutableDictionary<string, object?>.Empty.Add("k2", "two").Add("k1", 1) };

        Assert.Equal(_values.Of(one), _values.Of(other));
        Assert.NotEqual(_values.Of(one), _values.Of(one.With("k1", 2)));
        Assert.NotEqual(_values.Of(one), _values.Of(one with { Destination = "a/index.html" }));
    }

    [Fact]
    public void Values_without_content_are_refused()
    {
        var loop = new Loop();
        loop.Next = loop;

        Assert.Throws<NotSupportedException>(() => _values.Of(loop));
        Assert.Throws<NotSupportedException>(() => _values.Of(new Document().With("callback", (Func<int>)(() => 1))));
    }

    [Fact]
    public void Values_with_state_it_cannot_see_are_refused_naming_what_it_cannot_see()
    {
        var error = Assert.Throws<NotSupportedException>(() => _values.Of(new Wrapper("a")));
        Assert.Contains("the constructor parameter 'inner'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IFingerprintable), error.Message, StringComparison.Ordinal);

        var field = Assert.Throws<NotSupportedException>(() => _values.Of(new Document().With("k", new Counter())));
        Assert.Contains("the field '_count'", field.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_gives_its_content_is_fingerprinted_by_it()
    {
        Assert.Equal(_values.Of(new Described("a")), _values.Of(new Described("a")));
        Assert.NotEqual(_values.Of(new Described("a")), _values.Of(new Described("b")));
        Assert.NotEqual(_values.Of(new Described("a")), _values.Of("a"));
    }

    [Fact]
    public void Site_urls_differ_by_host_as_well_as_by_path()
    {
        SiteUrls UrlsFor(string baseUrl) => new(new SiteSettings { Title = "t", BaseUrl = new Uri(baseUrl) });

        Assert.Equal(_values.Of(UrlsFor("https://a.example/site/")), _values.Of(UrlsFor("https://a.example/site/")));
        Assert.NotEqual(_values.Of(UrlsFor("https://a.example/site/")), _values.Of(UrlsFor("https://b.example/site/")));
        Assert.NotEqual(_values.Of(UrlsFor("https://a.example/site/")), _values.Of(UrlsFor("https://a.example/")));
    }

    private sealed class Wrapper(string inner)
    {
        public int Length => inner.Length;
    }

    private sealed class Counter
    {
        private int _count;

        public int Next() => ++_count;
    }

    private sealed class Described(string content) : IFingerprintable
    {
        public object FingerprintContent => content;
    }
}
