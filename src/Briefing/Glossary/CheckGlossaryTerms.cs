using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Glossary;

/// <summary>
/// Checks the glossary as a whole once every term file is read: no name claimed by two terms, no
/// <c>see_also</c> to a term that does not exist. All mistakes are reported together and fail the build.
/// </summary>
internal sealed class CheckGlossaryTerms : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var terms = inputs.Select(d => d.Require(GlossaryKeys.Term)).ToList();
        var errors = DiagnosticOrder.Sort([.. GlossaryChecks.DuplicateNames(terms), .. GlossaryChecks.UnknownSeeAlso(terms)]);
        if (errors.Count > 0)
        {
            throw new DiagnosticException(errors);
        }

        foreach (var warning in GlossaryChecks.RedundantSeeAlso(terms))
        {
            context.Report(warning);
        }

        return Task.FromResult(inputs);
    }
}
