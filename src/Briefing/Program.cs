using Briefing.Cli;

return await BriefingCli.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory).ConfigureAwait(false);

/// <summary>
/// The entry point, internal like every type of the app. Declared here because the ASP.NET Core framework
/// reference would otherwise generate a public <c>Program</c> for test hosts, which nothing here uses.
/// </summary>
internal sealed partial class Program;
