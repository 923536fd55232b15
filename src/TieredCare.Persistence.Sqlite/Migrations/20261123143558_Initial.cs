using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TieredCare.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSettings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DischargeAbstracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MedicalRecordNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AdmissionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    NewbornWeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    AdmissionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DischargeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LosDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AdmissionRoute = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PrincipalDiagnosis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OtherDiagnoses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Disposition = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivingInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VentilationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    CostService = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostDiagnosis = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostTreatment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostSurgery = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostRehabilitation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostTcm = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostWesternDrug = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostChineseDrug = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostBlood = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostConsumables = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CostOther = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TotalCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SelfPay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ResidenceRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InsuranceType = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DischargeAbstracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceStatements",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RevenueMedicalService = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RevenueDrug = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RevenueConsumables = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RevenueExam = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RevenueLab = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExpenseTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExpenseOperating = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExpensePersonnel = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExpenseAdministration = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceStatements", x => new { x.InstitutionCode, x.Year, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "PatientMerges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurvivorId = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedId = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MergedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MergedSnapshotJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResidenceRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MergedIntoId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromInstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToInstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: true),
                    DiagnosisCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsEmergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsInpatient = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    IsUrban = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResidenceRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InsuranceType = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DrugCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DischargeProcedures",
                columns: table => new
                {
                    AbstractId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SurgeryLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DischargeProcedures", x => new { x.AbstractId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_DischargeProcedures_DischargeAbstracts_AbstractId",
                        column: x => x.AbstractId,
                        principalTable: "DischargeAbstracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Ownership = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    OpenBeds = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedServices = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Institutions_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionPopulations",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionPopulations", x => new { x.RegionCode, x.Year });
                    table.ForeignKey(
                        name: "FK_RegionPopulations_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => new { x.InstitutionCode, x.Code });
                    table.ForeignKey(
                        name: "FK_Departments_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionStaff",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionStaff", x => new { x.InstitutionCode, x.Category, x.Title });
                    table.ForeignKey(
                        name: "FK_InstitutionStaff_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Networks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeadInstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Networks", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Networks_Institutions_LeadInstitutionCode",
                        column: x => x.LeadInstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Networks_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMembers",
                columns: table => new
                {
                    NetworkCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InstitutionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMembers", x => new { x.NetworkCode, x.InstitutionCode });
                    table.ForeignKey(
                        name: "FK_NetworkMembers_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkMembers_Networks_NetworkCode",
                        column: x => x.NetworkCode,
                        principalTable: "Networks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PatientId",
                table: "AuditEntries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_DischargeAbstracts_InstitutionCode_DischargeDate",
                table: "DischargeAbstracts",
                columns: new[] { "InstitutionCode", "DischargeDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DischargeAbstracts_InstitutionCode_MedicalRecordNo_AdmissionCount",
                table: "DischargeAbstracts",
                columns: new[] { "InstitutionCode", "MedicalRecordNo", "AdmissionCount" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DischargeAbstracts_PatientId",
                table: "DischargeAbstracts",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_RegionCode",
                table: "Institutions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Type",
                table: "Institutions",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembers_InstitutionCode",
                table: "NetworkMembers",
                column: "InstitutionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Networks_LeadInstitutionCode",
                table: "Networks",
                column: "LeadInstitutionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Networks_RegionCode",
                table: "Networks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PatientMerges_MergedId",
                table: "PatientMerges",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientMerges_SurvivorId",
                table: "PatientMerges",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Name_BirthDate",
                table: "Patients",
                columns: new[] { "Name", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ResidenceRegionCode",
                table: "Patients",
                column: "ResidenceRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ResidentId",
                table: "Patients",
                column: "ResidentId",
                unique: true,
                filter: "\"ResidentId\" IS NOT NULL AND \"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromInstitutionCode_SubmittedAt",
                table: "Referrals",
                columns: new[] { "FromInstitutionCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PatientId",
                table: "Referrals",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToInstitutionCode_SubmittedAt",
                table: "Referrals",
                columns: new[] { "ToInstitutionCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentCode",
                table: "Regions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_InstitutionCode_VisitDate",
                table: "Visits",
                columns: new[] { "InstitutionCode", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PatientId",
                table: "Visits",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppSettings");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "DischargeProcedures");

            migrationBuilder.DropTable(
                name: "FinanceStatements");

            migrationBuilder.DropTable(
                name: "InstitutionStaff");

            migrationBuilder.DropTable(
                name: "NetworkMembers");

            migrationBuilder.DropTable(
                name: "PatientMerges");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "RegionPopulations");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "DischargeAbstracts");

            migrationBuilder.DropTable(
                name: "Networks");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
