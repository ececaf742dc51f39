namespace Jixiao.Domain.Projects;

/// <summary>
/// One project as declared (and, on a 自评表, evaluated). Every header field of every form in the seeds;
/// fields a form does not have stay null.
/// </summary>
public sealed record Project
{
    public required string Name { get; init; }
    public required FormKind Form { get; init; }
    /// <summary>Indicator-tree template id (e.g. `SH-DIST-2024`).</summary>
    public required string TemplateId { get; init; }
    /// <summary>Budget year (or evaluated year for a 自评表).</summary>
    public int? Year { get; init; }
    /// <summary>Number printed in the title (`财政项目支出绩效目标申报表 3`), if any.</summary>
    public int? FormNumber { get; init; }
    public string? Nature { get; init; }
    public string? Category { get; init; }
    public string? SupervisingDepartment { get; init; }
    public string? ImplementingUnit { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedEnd { get; init; }
    public ProjectFunds Funds { get; init; } = ProjectFunds.None;
    public MunicipalDetails? Municipal { get; init; }
    public IReadOnlyList<SubProject> SubProjects { get; init; } = [];
    /// <summary>项目总目标 / 总目标及阶段性目标.</summary>
    public string? OverallGoal { get; init; }
    /// <summary>Year range printed in the goal header: `项目总目标（2021 年- 2021年）`.</summary>
    public (int From, int To)? OverallGoalYears { get; init; }
    /// <summary>年度总体目标 / 年度总目标.</summary>
    public string? AnnualGoal { get; init; }
    public IReadOnlyDictionary<NarrativeSection, string> Narrative { get; init; } = new Dictionary<NarrativeSection, string>();
    /// <summary>Heading of the narrative block (`项目经费情况说明 8 松江区***工程运维项目 (2024-2025) 运维项目`), if any.</summary>
    public string? NarrativeTitle { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>年度履职目标 of a department-level form (duties → tasks → projects and amounts); empty on a project form.</summary>
    public IReadOnlyList<DepartmentDuty> Duties { get; init; } = [];
    public SelfEvaluation? Evaluation { get; init; }
    /// <summary>
    /// Original texts of form fields, keyed by <see cref="Forms.FieldDefinition.Key"/>: every field without a typed
    /// property, and the text typed or printed for money, dates and 是/否 beside their parsed property
    /// (`projectFundsTotal` → `1,392,000.00` while <see cref="ProjectFunds.ProjectFundsTotal"/> is 1392000.00).
    /// Read and write through the form definition (<see cref="Forms.FormDefinitions"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    /// <summary>First source line of the form, when imported.</summary>
    public int? SourceLine { get; init; }
}
