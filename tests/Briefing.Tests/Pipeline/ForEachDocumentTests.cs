using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Pipeline;

public class ForEachDocumentTests
{
    private sealed class FailOnOdd : ForEachDocument
    {
        protected override async Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            await Task.Yield();
            var n = int.Parse(input.Content, System.Globalization.CultureInfo.InvariantCulture);
            return n % 2 == 1
                ? throw new DiagnosticException($"odd {n}", new SourceLocation($"{n}.md", 1, 1))
                : [input.WithContent($"{n}!")];
        }
    }

    [Fact]
    public async Task Keeps_input_order_and_reports_every_failing_document()
    {
        var engine = new Engine([new Briefing.Pipeline.Pipeline
        {
            Name = "numbers",
            Input = [new Execute((_, _) => (IReadOnlyList<Document>)[.. Enumerable.Range(0, 40).Select(i => new Document { Content = $"{i}" })])],
            Process = [new FailOnOdd()],
        }]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(20, result.Errors.Count());
        Assert.Equal("1.md:1:1: error: odd 1", result.Errors.First().ToString());
    }

    [Fact]
    public async Task Successful_documents_come_out_in_input_order()
    {
        var engine = new Engine([new Briefing.Pipeline.Pipeline
        {
            Name = "evens",
            Input = [new Execute((_, _) => (IReadOnlyList<Document>)[.. Enumerable.Range(0, 50).Select(i => new Document { Content = $"{i * 2}" })])],
            Process = [new FailOnOdd()],
        }]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"{i * 2}!"), result.Outputs["evens"].Select(d => d.Content));
    }
}
