package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.accounts.AccountException;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.web.http.LoginThrottle;
import org.marsad.web.view.Page;
import org.marsad.web.view.TeamMember;
import org.marsad.web.view.Urls;

/**
 * A signed-in user's own account in the browser: {@code GET /account} shows it with a form to change the password
 * (the current one first) and, for an admin, the team: every user with their role, a form to add a user ({@code POST
 * /account/users}, as {@code marsad users add} does), a button to remove one ({@code POST /account/users/remove},
 * with their sessions and tokens) and a form to set a new password for any user; {@code GET /logout} asks to
 * sign out with a button that posts to {@code POST /logout} (a link a user follows signs nobody out by itself, so
 * another site cannot either).
 *
 * <p>A new password ends every session of its user, as {@code marsad users password} does: browsers signed in with
 * the old password are signed out. The browser that changed its own password is signed in again at once. Wrong
 * current passwords count as failed sign-ins ({@link LoginThrottle}), so the form is no way around the throttle.
 */
final class AccountPages {
    private final Access access;
    private final Views views;
    private final LoginThrottle throttle;

    AccountPages(Access access, Views views, LoginThrottle throttle) {
        this.access = access;
        this.views = views;
        this.throttle = throttle;
    }

    /**
     * {@code GET /account}: the account page, or the sign-in page for a visitor. {@code done} (with {@code user})
     * names the change just made, which the forms redirect here to say, so that reloading the page posts nothing
     * again; an admin's notice is said only while the store agrees (the user added is there, the one removed gone).
     */
    void page(Context ctx) {
        Optional<User> u = access.user(ctx);
        if (u.isEmpty()) {
            ctx.redirect("/login?next=/account", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, u.get(), done(u.get(), ctx.queryParam("done"), ctx.queryParam("user")), null, null);
    }

    /** The notice for {@code GET /account?done=…&user=…}, or null. */
    private String done(User viewer, String done, String name) {
        if ("password".equals(done)) {
            return "تغيّرت كلمة مرورك، وخرجت كل الجلسات الأخرى لحسابك.";
        }
        if (done == null || name == null || !viewer.can(Role.ADMIN)) {
            return null;
        }
        Optional<User> named = access.accounts().user(name);
        return switch (done) {
            case "added" -> named.map(n -> "أُضيف المستخدم «" + n.name() + "» (" + roleText(n.role())
                    + "). أعطه كلمة المرور ليدخل بها، ويمكنه تغييرها من صفحة حسابه.").orElse(null);
            case "reset" -> named.map(n -> "عُيّنت كلمة مرور جديدة للمستخدم «" + n.name() + "»، وخرجت كل جلساته.")
                    .orElse(null);
            case "removed" -> named.isEmpty() ? "حُذف المستخدم «" + name + "» مع جلساته ومفاتيحه." : null;
            default -> null;
        };
    }

    /** Back to the account page saying what was {@code done} to {@code user} (a reload then posts nothing). */
    private static void redirectDone(Context ctx, String done, String user) {
        ctx.redirect("/account" + Urls.withQuery("", Urls.params("done", done, "user", user)), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /account/password}: the user changes their own password, giving the current one. */
    void changePassword(Context ctx) {
        User u = access.requireRole(ctx, Role.READER);
        char[] current = field(ctx, "current");
        char[] fresh = field(ctx, "password");
        char[] repeat = field(ctx, "repeat");
        try {
            String address = access.clientAddress(ctx);
            Optional<Duration> wait = throttle.blocked(address, u.name());
            if (wait.isPresent()) {
                ctx.header("Retry-After", Long.toString(wait.get().getSeconds() + 1));
                render(ctx, 429, u, null, "محاولات خاطئة كثيرة. حاول مرة أخرى بعد "
                        + Math.max(1, (wait.get().getSeconds() + 59) / 60) + " دقيقة.", null);
                return;
            }
            if (access.accounts().authenticate(u.name(), current).isEmpty()) {
                throttle.failed(address, u.name());
                render(ctx, 403, u, null, "كلمة المرور الحالية غير صحيحة.", null);
                return;
            }
            throttle.succeeded(address, u.name());
            String problem = problem(fresh, repeat);
            if (problem != null) {
                render(ctx, 400, u, null, problem, null);
                return;
            }
            access.accounts().setPassword(u.name(), fresh);
            // every session of the user ended with the old password; this browser goes on with a new one
            access.signIn(ctx, u);
            ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(fresh, '\0');
            Arrays.fill(repeat, '\0');
        }
    }

    /** {@code POST /account/reset}: an admin sets a new password for a user, ending that user's sessions. */
    void resetPassword(Context ctx) {
        User admin = access.requireRole(ctx, Role.ADMIN);
        String name = Optional.ofNullable(ctx.formParam("user")).orElse("").strip();
        char[] fresh = field(ctx, "password");
        char[] repeat = field(ctx, "repeat");
        try {
            if (access.accounts().user(name).isEmpty()) {
                render(ctx, 404, admin, null, "لا يوجد مستخدم بهذا الاسم.", name);
                return;
            }
            String problem = problem(fresh, repeat);
            if (problem != null) {
                render(ctx, 400, admin, null, problem, name);
                return;
            }
            access.accounts().setPassword(name, fresh);
            if (name.equals(admin.name())) {
                access.signIn(ctx, admin);
            }
            redirectDone(ctx, "reset", name);
        } finally {
            Arrays.fill(fresh, '\0');
            Arrays.fill(repeat, '\0');
        }
    }

    /**
     * {@code POST /account/users}: an admin adds a user with a role and a first password (given twice), under the
     * same rules as {@code marsad users add}; a name taken or refused, or a bad password, is said in Arabic and
     * nothing is added.
     */
    void addUser(Context ctx) {
        User admin = access.requireRole(ctx, Role.ADMIN);
        String asked = Optional.ofNullable(ctx.formParam("name")).orElse("");
        char[] fresh = field(ctx, "password");
        char[] repeat = field(ctx, "repeat");
        try {
            String name;
            try {
                name = Accounts.checkName(asked);
            } catch (AccountException e) {
                render(ctx, 400, admin, null, "اسم المستخدم غير مقبول: من حرف إلى 64 حرفاً أو رقماً، بلا مسافات"
                        + " (ويُقبل . _ - @).", null);
                return;
            }
            Role role;
            try {
                role = Role.parse(ctx.formParam("role"));
            } catch (AccountException e) {
                render(ctx, 400, admin, null, "اختر دوراً: قارئ أو محرر أو مدير.", null);
                return;
            }
            if (access.accounts().user(name).isPresent()) {
                render(ctx, 409, admin, null, "يوجد مستخدم باسم «" + name + "» بالفعل.", null);
                return;
            }
            String problem = problem(fresh, repeat);
            if (problem != null) {
                render(ctx, 400, admin, null, problem, null);
                return;
            }
            try {
                access.accounts().addUser(name, role, fresh);
            } catch (AccountException e) {
                // added by someone else between the look-up and the write
                render(ctx, 409, admin, null, "يوجد مستخدم باسم «" + name + "» بالفعل.", null);
                return;
            }
            redirectDone(ctx, "added", name);
        } finally {
            Arrays.fill(fresh, '\0');
            Arrays.fill(repeat, '\0');
        }
    }

    /**
     * {@code POST /account/users/remove}: an admin removes another user, with that user's sessions and API tokens
     * (their watches stay, for admins to see). An admin's own account is not removed from here, so the team always
     * keeps the admin who is doing this.
     */
    void removeUser(Context ctx) {
        User admin = access.requireRole(ctx, Role.ADMIN);
        String name = Optional.ofNullable(ctx.formParam("user")).orElse("").strip();
        if (name.equals(admin.name())) {
            render(ctx, 400, admin, null, "لا تحذف حسابك من هنا: يحذفه مدير آخر، أو الأمر marsad users remove.",
                    null);
            return;
        }
        if (!access.accounts().removeUser(name)) {
            render(ctx, 404, admin, null, "لا يوجد مستخدم بهذا الاسم.", null);
            return;
        }
        redirectDone(ctx, "removed", name);
    }

    /** {@code GET /logout}: a page with the sign-out button; a visitor who is not signed in goes to the front page. */
    void confirmSignOut(Context ctx) {
        if (access.user(ctx).isEmpty()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.header("Cache-Control", "no-store");
        views.render(ctx, "logout.jte", Map.of("page", Page.titled("الخروج")));
    }

    /** What is wrong with a new password and its repetition, in Arabic, or null. */
    static String problem(char[] fresh, char[] repeat) {
        if (!Arrays.equals(fresh, repeat)) {
            return "كلمتا المرور الجديدتان مختلفتان.";
        }
        if (Character.codePointCount(fresh, 0, fresh.length) < 8) {
            return "كلمة المرور الجديدة قصيرة: 8 محارف على الأقل.";
        }
        try {
            Accounts.checkPassword(fresh.clone());
        } catch (AccountException e) {
            return "كلمة المرور الجديدة طويلة جداً (72 بايت على الأكثر، أي 36 حرفاً عربياً) أو فيها محرف تحكم.";
        }
        return null;
    }

    private void render(Context ctx, int status, User u, String notice, String error, String resetUser) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("حسابي"));
        m.put("name", u.name());
        m.put("notice", notice);
        m.put("error", error);
        List<User> team = u.can(Role.ADMIN) ? access.accounts().users() : List.of();
        m.put("users", team.stream().map(User::name).toList());
        m.put("team", team.stream().map(t -> new TeamMember(t.name(), roleText(t.role()), t.name().equals(u.name())))
                .toList());
        m.put("resetUser", resetUser);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        views.render(ctx, "account.jte", m);
    }

    private static String roleText(Role role) {
        return switch (role) {
            case ADMIN -> "مدير";
            case EDITOR -> "محرر";
            case READER -> "قارئ";
        };
    }

    private static char[] field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").toCharArray();
    }
}
