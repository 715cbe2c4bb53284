namespace Briefing.Tests.Architecture;

/// <summary>
/// Judges a graph of folder uses against <see cref="FolderOrder"/>-shaped lists: every folder must be listed, and a
/// folder may use only folders of a lower layer or earlier in its own list. Such a graph can have no cycle; the
/// cycle check stands on its own so that a loosened rule cannot let one in unnoticed.
/// </summary>
internal sealed class FolderRules(IReadOnlyList<string> foundation, IReadOnlyList<string> features, IReadOnlyList<string> hosts, string entryPoint)
{
    public static FolderRules Declared { get; } = new(FolderOrder.Foundation, FolderOrder.Features, FolderOrder.Hosts, FolderOrder.EntryPoint);

    public bool IsKnown(string folder) =>
        foundation.Contains(folder) || features.Contains(folder) || hosts.Contains(folder) || folder == entryPoint;

    /// <summary>Whether <paramref name="from"/> may use <paramref name="to"/> (both known).</summary>
    public bool Allows(string from, string to)
    {
        if (from == to || from == entryPoint)
        {
            return true;
        }

        if (to == entryPoint || hosts.Contains(to))
        {
            return false;
        }

        if (foundation.Contains(from))
        {
            return foundation.Contains(to) && Index(foundation, to) < Index(foundation, from);
        }

        if (features.Contains(from))
        {
            return foundation.Contains(to) || Index(features, to) < Index(features, from);
        }

        return true; // a host uses the foundation and any feature
    }

    /// <summary>What may <paramref name="folder"/> use, for messages.</summary>
    public IReadOnlyList<string> AllowedFor(string folder) =>
        [.. foundation.Concat(features).Concat(hosts).Where(f => f != folder && Allows(folder, f))];

    public IReadOnlyList<string> Unknown(IEnumerable<string> folders) =>
        [.. folders.Where(f => !IsKnown(f)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>One message per forbidden pair of folders, naming one type that makes the use.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<FolderEdge> edges) =>
    [
        .. edges
            .Where(e => IsKnown(e.From) && IsKnown(e.To) && !Allows(e.From, e.To))
            .GroupBy(e => (e.From, e.To))
            .OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .Select(g =>
            {
                var example = g.OrderBy(e => e.FromType, StringComparer.Ordinal).ThenBy(e => e.ToType, StringComparer.Ordinal).First();
                var allowed = AllowedFor(g.Key.From);
                return $"{g.Key.From} must not use {g.Key.To} ({example.FromType} uses {example.ToType}); "
                    + (allowed.Count == 0 ? $"{g.Key.From} may use no other folder" : $"{g.Key.From} may use only {string.Join(", ", allowed)}");
            }),
    ];

    /// <summary>Every cycle of folders as "A → B → A", found as the strongly connected components of the graph.</summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<FolderEdge> edges)
    {
        var next = edges.Where(e => e.From != e.To)
            .GroupBy(e => e.From)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToList());
        var cycles = new List<string>();
        foreach (var component in StronglyConnected(next).Where(c => c.Count > 1))
        {
            cycles.Add(string.Join(" ↔ ", component.Order(StringComparer.Ordinal)));
        }

        return cycles;
    }

    private static int Index(IReadOnlyList<string> list, string folder)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == folder)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // Tarjan's algorithm, written out because the graph has a dozen nodes and no graph library is referenced.
    private static List<List<string>> StronglyConnected(Dictionary<string, List<string>> next)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal);

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
