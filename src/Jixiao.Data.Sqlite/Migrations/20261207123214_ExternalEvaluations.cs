using System;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExternalEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExternalEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorOrgId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    TotalScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExternalEvaluations_Organizations_EvaluatorOrgId",
                        column: x => x.EvaluatorOrgId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExternalEvaluations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalEvaluations_EvaluatorOrgId",
                table: "ExternalEvaluations",
                column: "EvaluatorOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalEvaluations_ProjectId",
                table: "ExternalEvaluations",
                column: "ProjectId");
            // A locked (accepted) evaluation is refused in the store too, like every other form (ADR-059).
            var (table, columns) = ImmutabilityTriggerSql.ExternalEvaluations;
            foreach (var sql in ImmutabilityTriggerSql.SqliteTableUp(table, columns)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExternalEvaluations");
        }
    }
}
