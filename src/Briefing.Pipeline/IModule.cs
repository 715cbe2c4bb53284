namespace Briefing.Pipeline;

/// <summary>A small step that turns a list of documents into another list.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}
