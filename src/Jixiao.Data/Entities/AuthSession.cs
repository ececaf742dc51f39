namespace Jixiao.Data.Entities;

/// <summary>
/// One signed-in browser session. The login cookie carries only a random session key; the ticket (claims) stays
/// here, so logout, a password change or an admin reset ends sessions at once, on every app node.
/// </summary>
public class AuthSession
{
    /// <summary>SHA-256 of the session key (hex): a copy of this table does not give anyone a usable session.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The serialized authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset ExpiresUtc { get; set; }
}
