using Jixiao.Bench;

// bench/run drives these commands; each prints METRIC lines (see Metrics).
return args.FirstOrDefault() switch
{
    "micro" => Jixiao.Bench.Micro.Micro.Run(args[1..]),
    "user" => Jixiao.Bench.User.UserFigures.Run(args[1..]),
    "score-loop" => Jixiao.Bench.Micro.ScoreLoop.Run(Cli.Int(args, "--rows", 1_000_000), Cli.Int(args, "--passes", 5)),
    "sql-score" => await SqlScoring.RunAsync(Cli.Option(args, "--conn") ?? throw Cli.Usage(), Cli.Int(args, "--rows", 1_000_000)),
    "gen" => await Generate.RunAsync(Cli.Option(args, "--provider") ?? "sqlite", Cli.Option(args, "--conn") ?? throw Cli.Usage(),
        Cli.Int(args, "--seed", 1), Cli.Option(args, "--users-file"), Cli.Option(args, "--scale"), Cli.Option(args, "--bulk")),
    "load" => await Jixiao.Bench.Load.LoadTest.RunAsync(Cli.Option(args, "--url") ?? throw Cli.Usage(), Cli.Option(args, "--users-file") ?? throw Cli.Usage(),
        Cli.Option(args, "--name") ?? "web",
        new Jixiao.Bench.Load.LoadMix.Counts(Cli.Int(args, "--vus", 100), Cli.Int(args, "--departments", 10), Cli.Int(args, "--finance", 3), Cli.Int(args, "--public", 20), Cli.Int(args, "--probes", 4)),
        Cli.Int(args, "--seconds", 60),
        Cli.Option(args, "--pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null),
    _ => throw Cli.Usage(),
};

internal static class Cli
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) => Option(args, name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public static Exception Usage() => new ArgumentException(
        "usage: user [import|lint|page|score|export|finance] | micro [filter] | sql-score --conn CS [--rows N] | gen --provider sqlite|postgres --conn CS [--scale district|city|province] [--bulk insert|copy] [--seed N] [--users-file F] | load --url URL --users-file F [--name N] [--vus 100] [--departments 10] [--finance 3] [--public 20] [--probes 4] [--seconds 60] [--pid SERVER_PID]");
}
