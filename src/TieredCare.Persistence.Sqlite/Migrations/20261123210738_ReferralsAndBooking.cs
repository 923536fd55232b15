using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TieredCare.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsAndBooking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_FromInstitutionCode_SubmittedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ToInstitutionCode_SubmittedAt",
                table: "Referrals");

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
                name: "IdBlocks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Next = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdBlocks", x => x.Name);
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
                name: "Schedules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weekdays = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SessionStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SessionEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Parallel = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxSlotsPerSession = table.Column<int>(type: "INTEGER", nullable: true),
                    ReservedShare = table.Column<double>(type: "REAL", nullable: false),
                    ReleaseLeadHours = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schedules", x => x.Id);
                    table.CheckConstraint("CK_Schedules_ReservedShare", "\"ReservedShare\" >= 0 AND \"ReservedShare\" <= 1");
                    table.ForeignKey(
                        name: "FK_Schedules_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "Slots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReleaseAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Slots", x => x.Id);
                    table.UniqueConstraint("AK_Slots_Id_Reserved_ReleaseAt", x => new { x.Id, x.Reserved, x.ReleaseAt });
                    table.CheckConstraint("CK_Slots_Times", "\"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_Slots_Schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "Schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SlotId = table.Column<long>(type: "INTEGER", nullable: false),
                    SlotReserved = table.Column<bool>(type: "INTEGER", nullable: false),
                    SlotReleaseAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShowAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.CheckConstraint("CK_Bookings_ReservedNeedsReferral", "\"ReferralId\" IS NOT NULL OR NOT \"SlotReserved\" OR \"BookedAt\" >= \"SlotReleaseAt\"");
                    table.ForeignKey(
                        name: "FK_Bookings_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Slots_SlotId_SlotReserved_SlotReleaseAt",
                        columns: x => new { x.SlotId, x.SlotReserved, x.SlotReleaseAt },
                        principalTable: "Slots",
                        principalColumns: new[] { "Id", "Reserved", "ReleaseAt" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaitingListEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<long>(type: "INTEGER", nullable: true),
                    JoinedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfferedSlotId = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferExpiresAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitingListEntries_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitingListEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitingListEntries_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitingListEntries_Slots_OfferedSlotId",
                        column: x => x.OfferedSlotId,
                        principalTable: "Slots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "IdBlocks",
                columns: new[] { "Name", "Next" },
                values: new object[,]
                {
                    { "booking", 1L },
                    { "slot", 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CreatedBy_IdempotencyKey",
                table: "Referrals",
                columns: new[] { "CreatedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromInstitutionCode_SubmittedAt_Id_Status",
                table: "Referrals",
                columns: new[] { "FromInstitutionCode", "SubmittedAt", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToInstitutionCode_SubmittedAt_Id_Status",
                table: "Referrals",
                columns: new[] { "ToInstitutionCode", "SubmittedAt", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_BookedBy_IdempotencyKey",
                table: "Bookings",
                columns: new[] { "BookedBy", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Number",
                table: "Bookings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PatientId",
                table: "Bookings",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ReferralId",
                table: "Bookings",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SlotId_SlotReserved_SlotReleaseAt",
                table: "Bookings",
                columns: new[] { "SlotId", "SlotReserved", "SlotReleaseAt" });

            migrationBuilder.CreateIndex(
                name: "UX_Bookings_ActiveSlot",
                table: "Bookings",
                column: "SlotId",
                unique: true,
                filter: "\"Status\" IN ('Booked', 'CheckedIn')");

            migrationBuilder.CreateIndex(
                name: "IX_DiseaseCatalogueVersions_NetworkCode_Version",
                table: "DiseaseCatalogueVersions",
                columns: new[] { "NetworkCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralTransitions_ReferralId_At",
                table: "ReferralTransitions",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_InstitutionCode_PublishedAt",
                table: "Schedules",
                columns: new[] { "InstitutionCode", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Slots_InstitutionCode_StartsAt",
                table: "Slots",
                columns: new[] { "InstitutionCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Slots_Key",
                table: "Slots",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Slots_ScheduleId",
                table: "Slots",
                column: "ScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_InstitutionCode_Status_JoinedAt",
                table: "WaitingListEntries",
                columns: new[] { "InstitutionCode", "Status", "JoinedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_OfferedSlotId",
                table: "WaitingListEntries",
                column: "OfferedSlotId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_PatientId",
                table: "WaitingListEntries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_ReferralId",
                table: "WaitingListEntries",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "DiseaseCatalogueEntries");

            migrationBuilder.DropTable(
                name: "IdBlocks");

            migrationBuilder.DropTable(
                name: "ReferralTransitions");

            migrationBuilder.DropTable(
                name: "WaitingListEntries");

            migrationBuilder.DropTable(
                name: "DiseaseCatalogueVersions");

            migrationBuilder.DropTable(
                name: "Slots");

            migrationBuilder.DropTable(
                name: "Schedules");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CreatedBy_IdempotencyKey",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_FromInstitutionCode_SubmittedAt_Id_Status",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ToInstitutionCode_SubmittedAt_Id_Status",
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

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromInstitutionCode_SubmittedAt",
                table: "Referrals",
                columns: new[] { "FromInstitutionCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToInstitutionCode_SubmittedAt",
                table: "Referrals",
                columns: new[] { "ToInstitutionCode", "SubmittedAt" });
        }
    }
}
