namespace Briefing.Pipeline;

/// <summary>Checks that pipeline names are unique and dependencies exist and form no cycle.</summary>
internal static class PipelineGraph
{
    public static void Validate(IReadOnlyList<Pipeline> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!names.Add(pipeline.Name))
            {
                throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !names.Contains(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
            }
        }

        _ = TopologicalOrder(pipelines);
    }

    /// <summary>Dependencies before dependents; ties keep declaration order so runs are reproducible.</summary>
    public static IReadOnlyList<Pipeline> TopologicalOrder(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var order = new List<Pipeline>(pipelines.Count);

        void Visit(Pipeline pipeline, Stack<string> path)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    var cycle = string.Join(" -> ", path.Reverse().SkipWhile(n => n != pipeline.Name).Append(pipeline.Name));
                    throw new InvalidOperationException($"Pipeline dependencies form a cycle: {cycle}.");
                }

                return;
            }

            state[pipeline.Name] = false;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                Visit(byName[dependency], path);
            }

            path.Pop();
            state[pipeline.Name] = true;
            order.Add(pipeline);
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline, new Stack<string>());
        }

        return order;
    }
}
