using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TieredCare.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppropriatenessReason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BelowCatalogueTier",
                table: "Referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BookingReference",
                table: "Referrals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CatalogueVerdict",
                table: "Referrals",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Referrals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackCarePlan",
                table: "Referrals",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackDiagnosisCode",
                table: "Referrals",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackSummary",
                table: "Referrals",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpPlan",
                table: "Referrals",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FromDepartmentCode",
                table: "Referrals",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Referrals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsUrgent",
                table: "Referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OutsideNetworkReason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ScheduledAt",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetworkCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueVersions_Networks_NetworkCode",
                        column: x => x.NetworkCode,
                        principalTable: "Networks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralTransitions_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueEntries",
                columns: table => new
                {
                    CatalogueId = table.Column<long>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LowestTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DownCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueEntries", x => new { x.CatalogueId, x.Line });
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueEntries_DiseaseCatalogueVersions_CatalogueId",
                        column: x => x.CatalogueId,
                        principalTable: "DiseaseCatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CreatedBy_IdempotencyKey",
                table: "Referrals",
                columns: new[] { "CreatedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DiseaseCatalogueVersions_NetworkCode_Version",
                table: "DiseaseCatalogueVersions",
                columns: new[] { "NetworkCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralTransitions_ReferralId_At",
                table: "ReferralTransitions",
                columns: new[] { "ReferralId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiseaseCatalogueEntries");

            migrationBuilder.DropTable(
                name: "ReferralTransitions");

            migrationBuilder.DropTable(
                name: "DiseaseCatalogueVersions");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CreatedBy_IdempotencyKey",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "AppropriatenessReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "BelowCatalogueTier",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "BookingReference",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "CatalogueVerdict",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FeedbackCarePlan",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FeedbackDiagnosisCode",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FeedbackSummary",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FollowUpPlan",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FromDepartmentCode",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "IsUrgent",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "OutsideNetworkReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ScheduledAt",
                table: "Referrals");
        }
    }
}
