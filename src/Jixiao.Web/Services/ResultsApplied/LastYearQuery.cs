using System.Linq.Expressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>
/// 结果应用 in a project list's SQL (ADR-060): last year's grade that counts and its open rectification items, as
/// correlated subqueries on the project's <c>CopiedFromId</c>, so the finance list filters, sorts and pages by them in
/// the database (one keyset order, no rows read to sort). They read what the sources read
/// (<see cref="LastYearResultsService"/>): the latest accepted evaluation, else the latest confirmed 复核, else the latest
/// confirmed or imported 自评 with a total — the grade <see cref="Domain.ResultsApplied.LastYearResults.Grade"/> picks.
/// </summary>
public static class LastYearQuery
{
    /// <summary>The rank of a project without last year's grade (new, or nothing graded): after every grade.</summary>
    public const int NoGrade = 4;

    /// <summary>差 0, 中 1, 良 2, 优 3: the worst first, as finance reviews them.</summary>
    public static int Rank(Grade grade) => grade switch
    {
        Grade.Poor => 0,
        Grade.Fair => 1,
        Grade.Good => 2,
        _ => 3,
    };

    /// <summary>The rank (<see cref="Rank"/>) of last year's grade that counts, <see cref="NoGrade"/> when there is none.</summary>
    public static Expression<Func<ProjectEntity, int>> GradeRank(JixiaoDbContext db) => p =>
        p.CopiedFromId == null ? NoGrade
        : db.ExternalEvaluations
              .Where(e => e.ProjectId == p.CopiedFromId && e.State == FormState.Approved && e.TotalScore != null && e.Grade != null)
              .OrderByDescending(e => e.AcceptedAt ?? e.UpdatedAt)
              .Select(e => (int?)(e.Grade == Grade.Poor ? 0 : e.Grade == Grade.Fair ? 1 : e.Grade == Grade.Good ? 2 : 3)).FirstOrDefault()
          ?? db.ReReviews
              .Where(r => r.ProjectId == p.CopiedFromId && r.State == FormState.Confirmed)
              .OrderByDescending(r => r.UpdatedAt)
              .Select(r => (int?)(r.FinalGrade == Grade.Poor ? 0 : r.FinalGrade == Grade.Fair ? 1 : r.FinalGrade == Grade.Good ? 2 : 3)).FirstOrDefault()
          // An uploaded historical 自评表 has its printed total but no grade stored: graded by SC-31's bands here, as Grades.Of does.
          ?? db.SelfEvaluations
              .Where(e => e.ProjectId == p.CopiedFromId && e.TotalScore != null && (e.State == FormState.Confirmed || e.State == FormState.Imported))
              .OrderByDescending(e => e.UpdatedAt)
              .Select(e => (int?)(e.Grade == Grade.Poor ? 0 : e.Grade == Grade.Fair ? 1 : e.Grade == Grade.Good ? 2 : e.Grade == Grade.Excellent ? 3
                  : e.TotalScore < 60m ? 0 : e.TotalScore < 80m ? 1 : e.TotalScore < 90m ? 2 : 3)).FirstOrDefault()
          ?? NoGrade;

    /// <summary>Last year's rectification items not yet 已销号 (0 for a project not copied from last year's).</summary>
    public static Expression<Func<ProjectEntity, int>> OpenRectifications(JixiaoDbContext db) => p =>
        // Guarded: a department-level item has no project, and null = null would match it.
        p.CopiedFromId == null ? 0 : db.RectificationItems.Count(i => i.ProjectId == p.CopiedFromId && i.State != RectificationState.Closed);

    /// <summary>Projects whose last year's grade that counts is <paramref name="grade"/>.</summary>
    public static Expression<Func<ProjectEntity, bool>> HasGrade(JixiaoDbContext db, Grade grade) => Compare(GradeRank(db), ExpressionType.Equal, Rank(grade));

    /// <summary>Projects with at least one of last year's rectification items not yet 已销号.</summary>
    public static Expression<Func<ProjectEntity, bool>> HasOpenRectifications(JixiaoDbContext db) => Compare(OpenRectifications(db), ExpressionType.GreaterThan, 0);

    private static Expression<Func<ProjectEntity, bool>> Compare(Expression<Func<ProjectEntity, int>> value, ExpressionType op, int to) =>
        Expression.Lambda<Func<ProjectEntity, bool>>(Expression.MakeBinary(op, value.Body, Expression.Constant(to)), value.Parameters);
}
