using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuartzJobRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The home-made queue's claim columns become the record's: who ran it, when it was handed to Quartz, the next retry.
            migrationBuilder.RenameColumn(name: "LockedBy", table: "Jobs", newName: "RunBy");
            migrationBuilder.RenameColumn(name: "LockedUntil", table: "Jobs", newName: "ScheduledAt");
            migrationBuilder.RenameColumn(name: "NotBefore", table: "Jobs", newName: "NextAttemptAt");

            // Jobs the old queue had not finished go to Quartz through the relay (ScheduledAt null): queued ones, and
            // running ones whose node stopped for the upgrade (every job is safe to run again: ADR-052).
            migrationBuilder.Sql("UPDATE \"Jobs\" SET \"ScheduledAt\" = NULL, \"State\" = 'Queued' WHERE \"State\" IN ('Queued', 'Running');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(name: "NextAttemptAt", table: "Jobs", newName: "NotBefore");
            migrationBuilder.RenameColumn(name: "ScheduledAt", table: "Jobs", newName: "LockedUntil");
            migrationBuilder.RenameColumn(name: "RunBy", table: "Jobs", newName: "LockedBy");
        }
    }
}
