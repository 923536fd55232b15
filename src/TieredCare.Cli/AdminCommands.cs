using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;

namespace TieredCare.Cli;

internal static class AdminCommands
{
    public static Command Create()
    {
        var database = CliDatabase.Option();
        var setPassword = new Command("set-password",
            "Set the password of the 'admin' account (read from TIEREDCARE_ADMIN_PASSWORD or standard input), creating the account if needed") { database };
        setPassword.SetAction(async (parse, ct) =>
        {
            var password = Environment.GetEnvironmentVariable("TIEREDCARE_ADMIN_PASSWORD");
            if (string.IsNullOrEmpty(password))
            {
                Console.Error.Write("New admin password: ");
                password = Console.ReadLine();
            }

            if (string.IsNullOrEmpty(password))
            {
                Console.Error.WriteLine("No password given.");
                return 1;
            }

            var options = CliDatabase.Resolve(parse.GetValue(database));
            var services = new ServiceCollection().AddLogging();
            services.AddDbContext<TieredCareDbContext>(options.Configure);
            services.AddIdentityCore<AppUser>(o => { o.Password.RequiredLength = 8; o.Password.RequireNonAlphanumeric = false; })
                .AddEntityFrameworkStores<TieredCareDbContext>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TieredCareDbContext>();
            await db.Database.MigrateAsync(ct);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var root = await db.Regions.AsNoTracking().Where(r => r.ParentCode == null).OrderBy(r => r.Code).Select(r => r.Code).FirstOrDefaultAsync(ct) ?? "";
            var admin = await users.FindByNameAsync("admin");
            IdentityResult result;
            if (admin is null)
            {
                admin = new AppUser { UserName = "admin", DisplayName = "系统管理员", Role = UserRole.SystemAdmin, ScopeKind = ScopeKind.Region, ScopeCode = root };
                result = await users.CreateAsync(admin, password);
            }
            else
            {
                admin.IsDemo = false;
                admin.IsActive = true;
                await users.UpdateAsync(admin);
                result = await SetPasswordAsync(users, admin, password);
            }

            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
                return 1;
            }

            Console.WriteLine($"{options.Describe()}: the admin password is set");
            return 0;
        });
        return new Command("admin", "Administrator account") { setPassword };
    }

    private static async Task<IdentityResult> SetPasswordAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        // Validate first so a refused password never leaves the account without one.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded)
            {
                return check;
            }
        }

        var removed = await users.RemovePasswordAsync(user);
        return removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
    }
}
