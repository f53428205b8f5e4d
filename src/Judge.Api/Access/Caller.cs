using System.Security.Claims;

namespace Judge.Api.Access;

/// <summary>Who is calling, as the endpoints need it: a name (the owner of what they submit) and a role.</summary>
public sealed record Caller(string Name, Role Role)
{
    /// <summary>The caller when no keys are configured: the service is open, for local use.</summary>
    public static readonly Caller Local = new("local", Role.Admin);

    public bool SeesEverything => Role >= Role.Grader;

    /// <summary>The owner to filter by: null for graders and admins, who see all.</summary>
    public string? OwnerFilter => SeesEverything ? null : Name;

    public bool MaySee(string owner) => SeesEverything || owner == Name;

    /// <summary>Lets endpoints take a <see cref="Caller"/> parameter, read from the authenticated user.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult<Caller?>(From(context.User));

    public static Caller From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new Caller(user.Identity.Name!, Enum.Parse<Role>(user.FindFirstValue(ClaimTypes.Role)!))
            : Local;
}
