using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Each provider's migration set matches the model: a model change without a migration fails here.</summary>
public abstract class SchemaTests<TApp>(TApp app) where TApp : AppFixture
{
    [Fact]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.Database.ProviderName}: add a migration for the model change");
        Assert.Empty(db.Database.GetPendingMigrations());
    }
}

public sealed class SqliteSchemaTests(SqliteApp app) : SchemaTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSchemaTests(PostgresApp app) : SchemaTests<PostgresApp>(app), IClassFixture<PostgresApp>;
