using Briefing.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Publishing;

/// <summary>The GitHub workflows keep the settings that publishing depends on.</summary>
public sealed class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFiles.PathOf($".github/workflows/{name}"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")).Children.Values
            .SelectMany(job => ((YamlMappingNode)job).Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children : [])
            .Cast<YamlMappingNode>();

    private static string? Value(YamlMappingNode step, params string[] keys)
    {
        try
        {
            return At(step, keys).ToString();
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    [Fact]
    public void Pages_workflow_deploys_with_the_configured_base_url_and_hidden_files()
    {
        var workflow = Load("pages.yml");
        var steps = Steps(workflow).ToList();

        Assert.Equal("write", At(workflow, "permissions", "pages").ToString());
        Assert.Equal("write", At(workflow, "permissions", "id-token").ToString());
        Assert.Equal("pages", At(workflow, "concurrency", "group").ToString());

        var configure = Assert.Single(steps, s => Value(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        var build = Assert.Single(steps, s => Value(s, "run")?.Contains("--base-url", StringComparison.Ordinal) == true);
        Assert.Contains($"steps.{Value(configure, "id")}.outputs.base_url", Value(build, "run"), StringComparison.Ordinal);

        var upload = Assert.Single(steps, s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("true", Value(upload, "with", "include-hidden-files"));
        Assert.Equal("output", Value(upload, "with", "path"));
        Assert.Single(steps, s => Value(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
        Assert.Contains(steps, s => Value(s, "with", "dotnet-version") == "10.0.x");
    }

    [Fact]
    public void Ci_workflow_runs_the_tests_on_pushes_and_pull_requests()
    {
        var workflow = Load("ci.yml");

        var on = (YamlMappingNode)At(workflow, "on");
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("push")));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Contains(Steps(workflow), s => Value(s, "run") == ".ci/run");
        Assert.Contains("dotnet test", File.ReadAllText(RepositoryFiles.PathOf(".ci/run")), StringComparison.Ordinal);
    }
}
