using TieredCare.Web.Infrastructure;
using TieredCare.Web.Modules.Abstracts;
using TieredCare.Web.Modules.Access;
using TieredCare.Web.Modules.Audit;
using TieredCare.Web.Modules.Booking;
using TieredCare.Web.Modules.Demo;
using TieredCare.Web.Modules.Drg;
using TieredCare.Web.Modules.Fhir;
using TieredCare.Web.Modules.Patients;
using TieredCare.Web.Modules.Payment;
using TieredCare.Web.Modules.Referrals;
using TieredCare.Web.Modules.Registry;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("TIEREDCARE_").AddCommandLine(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls(ServerOptions.DefaultUrl);
}

var options = ServerOptions.From(builder.Configuration);
builder.AddTieredCareInfrastructure(options);
builder.Services.AddAccessModule();
builder.Services.AddDemoModule();
builder.Services.AddRegistryModule();
builder.Services.AddDrgModule();
builder.Services.AddAbstractsModule();
builder.Services.AddPaymentModule();
builder.Services.AddReferralsModule();
builder.Services.AddBookingModule();

var app = builder.Build();
app.UseTieredCareInfrastructure();
app.MapAccessModule();
app.MapRegistryModule();
app.MapPatientsModule();
app.MapAbstractsModule();
app.MapDrgModule();
app.MapPaymentModule();
app.MapReferralsModule();
app.MapBookingModule();
app.MapFhirModule();
app.MapAuditModule();
app.MapUnknownApiAsNotFound();
app.MapFallbackToFile("index.html"); // the UI's own routes (/registry/overview …)

app.Lifetime.ApplicationStarted.Register(() => StartBanner.Print(app, options));
try
{
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

public partial class Program;
