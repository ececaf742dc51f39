using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FindingResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FindingResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LintRuleSettings",
                columns: table => new
                {
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Off = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LintRuleSettings", x => x.RuleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingResponses_FormType_FormId_Fingerprint_Kind",
                table: "FindingResponses",
                columns: new[] { "FormType", "FormId", "Fingerprint", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingResponses_RuleId_Kind",
                table: "FindingResponses",
                columns: new[] { "RuleId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingResponses");

            migrationBuilder.DropTable(
                name: "LintRuleSettings");
        }
    }
}
