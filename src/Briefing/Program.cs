using Briefing.Cli;

return await BriefingCli.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory).ConfigureAwait(false);
