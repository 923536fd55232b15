using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using TieredCare.Registry;

namespace TieredCare.Web.Infrastructure;

/// <summary>Errors as RFC 9457 problem details that name each field and the reason.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => CamelCase(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "输入有误 (one or more fields are invalid)");

    public static ValidationProblem Validation(string field, string message) => Validation([new FieldError(field, message)]);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "冲突 (conflict)");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "超出权限范围 (outside your scope)");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)");

    /// <summary>open_beds → openBeds, so errors name the JSON property the client sent.</summary>
    public static string CamelCase(string snake)
    {
        var parts = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? snake : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>
    /// Turns a request body that could not be read (malformed JSON, wrong type, unknown field)
    /// into a 400 naming the JSON path, instead of an empty 400 or a 500.
    /// </summary>
    public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var json = bad.InnerException as JsonException;
            var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            var reason = json is null ? bad.Message : DescribeJsonError(json);
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = "请求格式错误 (the request body could not be read)",
                    Detail = reason,
                    Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } },
                },
            });
        }

        private static string DescribeJsonError(JsonException json) =>
            json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"未知字段 (unknown field '{json.Path?.TrimStart('$', '.')}')"
                : json.Message.Split(" Path:", 2)[0];
    }
}
