using Jixiao.Data;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Tests;

/// <summary>
/// Arranging a test directly in the store: a form's state column written as a restore would, bypassing its
/// workflow on purpose (the aggregates themselves only move through their transition tables).
/// </summary>
public static class StoreSeeding
{
    public static void SetStoredState(this JixiaoDbContext db, object form, FormState state) =>
        db.Entry(form).Property("State").CurrentValue = state;
}
