namespace Jixiao.Domain.Projects;

/// <summary>A 子项目 / 项目资金投入构成 row: name and amount in 元.</summary>
public sealed record SubProject(string Name, decimal? AmountYuan);
