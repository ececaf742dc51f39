namespace Jixiao.Web.Auth;

/// <summary>
/// A disabled account is locked out until this far-off date (Identity's lockout, checked at sign-in); its sessions are
/// ended when it is disabled, so a cookie it holds stops working on the next request. Any earlier lockout end is a
/// lockout after failed sign-ins, which ends by itself.
/// </summary>
public static class AccountStatus
{
    public static readonly DateTimeOffset DisabledUntil = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
