package org.marsad.web;

/**
 * A request refused by {@link Access}: 401 when nobody (or an invalid token) is behind it, 403 when the user's role
 * is too low or the CSRF token is missing, 429 when sign-ins are throttled. The web server answers machines with
 * {@code {"error": message, "status": N}} and people with an Arabic page (or, for a page read without signing in
 * where signing in is needed, the sign-in page).
 */
public final class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String arabic;

    AccessDenied(int status, String message, String arabic) {
        super(message);
        this.status = status;
        this.arabic = arabic;
    }

    /** 401, 403 or 429. */
    public int status() {
        return status;
    }

    /** The explanation shown on the Arabic error page. */
    public String arabic() {
        return arabic;
    }

    static AccessDenied signIn() {
        return new AccessDenied(401, "sign in, or send Authorization: Bearer TOKEN",
                "سجّل الدخول أولاً للقيام بذلك.");
    }

    static AccessDenied badToken() {
        return new AccessDenied(401, "invalid API token", "رمز الوصول غير صالح.");
    }

    static AccessDenied role(org.marsad.accounts.Role needed) {
        return new AccessDenied(403, "this needs the " + needed.key() + " role",
                "ليست لديك صلاحية القيام بذلك.");
    }

    static AccessDenied csrf() {
        return new AccessDenied(403, "missing or wrong CSRF token",
                "انتهت صلاحية النموذج أو أُرسل من خارج الموقع. أعد تحميل الصفحة وحاول مرة أخرى.");
    }
}
