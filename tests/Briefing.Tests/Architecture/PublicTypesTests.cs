namespace Briefing.Tests.Architecture;

/// <summary>The app's types are internal unless <see cref="PublicTypeAllowList"/> says why one must be public.</summary>
public sealed class PublicTypesTests
{
    [Fact]
    public void No_app_type_is_public_without_a_reason()
    {
        var unexpected = typeof(Core.Page).Assembly.GetExportedTypes()
            .Select(t => t.FullName ?? t.Name)
            .Where(name => !PublicTypeAllowList.Types.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            unexpected.Count == 0,
            "public types of src/Briefing outside the allow-list (make them internal, or add them with the reason to "
            + "tests/Briefing.Tests/Architecture/PublicTypeAllowList.cs):" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void Every_allowed_public_type_exists_and_is_public()
    {
        var exported = typeof(Core.Page).Assembly.GetExportedTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        var stale = PublicTypeAllowList.Types.Keys.Where(name => !exported.Contains(name)).ToList();

        Assert.True(stale.Count == 0, "allow-listed types that are not public (any more): remove them from the list: " + string.Join(", ", stale));
    }
}
