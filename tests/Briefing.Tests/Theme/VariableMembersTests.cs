using Briefing.Theme;

namespace Briefing.Tests.Theme;

public sealed class VariableMembersTests
{
    [Fact]
    public void Members_read_with_a_dot_are_listed()
    {
        var members = VariableMembers.In("index", ["<a href=\"{{ index.summaries_index.url }}\">", "{% if index.timeline %}{{ index.timeline.title }}{% endif %}"]);

        Assert.Equal(["summaries_index", "timeline"], members!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{% for s in index %}{% endfor %}")]
    [InlineData("{% assign i = index %}{{ i.summaries }}")]
    [InlineData("{{ index[\"summaries\"] }}")]
    [InlineData("{{ index | json }}")]
    public void Any_other_use_reads_all_of_it(string text) =>
        Assert.Null(VariableMembers.In("index", ["{{ index.home.url }}", text]));

    [Fact]
    public void Members_of_other_variables_and_longer_names_are_not_uses()
    {
        var members = VariableMembers.In("index", ["{{ forloop.index }} {{ data.index_url }} <main tabindex=\"-1\"> {{ reindex }}"]);

        Assert.Empty(members!);
    }
}
