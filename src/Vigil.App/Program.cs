using Vigil.App.Cli;

return await VigilCli.RunAsync(args);
