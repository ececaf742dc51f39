namespace Jixiao.Domain.Workflow;

/// <summary>One row of a transition table: who may move a form from one state to another, and what it needs.</summary>
public sealed record Transition(FormState From, WorkflowAction Action, IReadOnlySet<Role> Actors, FormState To, Guard Guard = Guard.None);

/// <summary>Preconditions checked with the facts of a <see cref="TransitionRequest"/>.</summary>
[Flags]
public enum Guard
{
    None = 0,
    /// <summary>No error-level findings, every warning acknowledged.</summary>
    CleanFindings = 1,
    /// <summary>At least one open review comment.</summary>
    OpenComment = 2,
    /// <summary>No reviewer has opened the form yet.</summary>
    NotOpened = 4,
    /// <summary>A reason text is mandatory (reopen).</summary>
    Reason = 8,
    /// <summary>A new project above the threshold has a complete 事前绩效评估 (<see cref="ExAnte.ExAnteGate"/>).</summary>
    ExAnteAssessment = 16,
    /// <summary>The form belongs to the actor's own organisation: a 主管部门审核人 declares and self-evaluates its department's 部门整体 form (ADR-064, ADR-065).</summary>
    OwnForm = 32,
    /// <summary>The form is not the actor's own: a department does not review the form it filled in itself (ADR-064, ADR-065).</summary>
    NotOwnForm = 64,
}

/// <summary>The facts a guard needs; the caller (web app, CLI) gathers them from storage.</summary>
public sealed record TransitionRequest(
    FormState From,
    WorkflowAction Action,
    Role Actor,
    int ErrorFindings = 0,
    int UnacknowledgedWarnings = 0,
    int OpenComments = 0,
    bool OpenedByReviewer = false,
    string? Reason = null,
    bool SupervisorIsFinance = false,
    string? ExAnteRefusal = null,
    bool ActorOwnsForm = false);

/// <summary>The target state, or the Chinese reason the move is refused.</summary>
public sealed record TransitionResult(FormState? To, string? Error)
{
    public bool Allowed => To is not null;
    public static TransitionResult Ok(FormState to) => new(to, null);
    public static TransitionResult Refused(string error) => new(null, error);

    /// <summary>For a system move the caller has already made sure of: a refusal here is a bug, never a silent no-op.</summary>
    public void EnsureAllowed()
    {
        if (!Allowed) throw new InvalidOperationException(Error);
    }
}
