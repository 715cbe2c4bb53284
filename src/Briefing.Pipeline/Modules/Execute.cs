namespace Briefing.Pipeline.Modules;

/// <summary>An ad-hoc step given as a function, for steps too small to deserve a type.</summary>
public sealed class Execute : IModule
{
    private readonly Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> _step;

    public Execute(Func<IReadOnlyList<Document>, IExecutionContext, IReadOnlyList<Document>> step) =>
        _step = (docs, context) => Task.FromResult(step(docs, context));

    private Execute(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> step) => _step = step;

    public static Execute Async(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> step) => new(step);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        _step(inputs, context);
}
