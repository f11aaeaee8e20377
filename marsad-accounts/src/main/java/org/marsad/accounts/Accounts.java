package org.marsad.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marsad.store.Database;

/**
 * The accounts of a Marsad store: users with their roles and password hashes, browser sessions and API tokens, in the
 * store's database (tables of migration V30). The command line and the running server use the same tables, so a user
 * added with {@code marsad users add} can sign in to a server that is already running.
 *
 * <p>Secrets: passwords are kept as bcrypt hashes; session cookies and API tokens as SHA-256 digests (they are 256
 * random bits); none of them is ever logged, and the messages of {@link AccountException} never quote one.
 *
 * <p>Thread safety: every method may be called from any thread (the database serializes writes).
 */
public final class Accounts {
    /** The prefix of every API token, so that one found in a log or a repository is recognizable. */
    public static final String TOKEN_PREFIX = "marsad_";
    /** Visible characters of a token kept to tell tokens apart: the prefix and 4 random characters. */
    private static final int SHOWN = TOKEN_PREFIX.length() + 4;
    /** "Last used" and "last seen" are written at most this often, so reads do not become writes. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Settings settings;
    private final Passwords passwords;

    /**
     * How sessions last and how hard passwords are hashed.
     *
     * @param sessionLifetime a session ends this long after sign-in at the latest
     * @param sessionIdle     a session ends when unused this long
     * @param bcryptCost      bcrypt's work factor (log2 of rounds, 4 to 31)
     * @param clock           "now"
     */
    public record Settings(Duration sessionLifetime, Duration sessionIdle, int bcryptCost, Clock clock) {
        public Settings {
            Objects.requireNonNull(sessionLifetime, "sessionLifetime");
            Objects.requireNonNull(sessionIdle, "sessionIdle");
            Objects.requireNonNull(clock, "clock");
            if (bcryptCost < 4 || bcryptCost > 31) {
                throw new IllegalArgumentException("bcrypt cost must be between 4 and 31");
            }
        }

        /** Sessions of at most 7 days, ended after 24 hours unused; bcrypt cost 11; the system clock. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(7), Duration.ofHours(24), Passwords.DEFAULT_COST, Clock.systemUTC());
        }

        public Settings withClock(Clock c) {
            return new Settings(sessionLifetime, sessionIdle, bcryptCost, c);
        }

        public Settings withBcryptCost(int cost) {
            return new Settings(sessionLifetime, sessionIdle, cost, clock);
        }
    }

    private Accounts(Database db, Settings settings) {
        this.db = db;
        this.settings = settings;
        this.passwords = new Passwords(settings.bcryptCost());
    }

    /** The accounts kept in {@code db}, with the default settings. */
    public static Accounts open(Database db) {
        return open(db, Settings.defaults());
    }

    /** The accounts kept in {@code db}. */
    public static Accounts open(Database db, Settings settings) {
        return new Accounts(Objects.requireNonNull(db, "db"), Objects.requireNonNull(settings, "settings"));
    }

    /** How sessions last and passwords are hashed here. */
    public Settings settings() {
        return settings;
    }

    // --- users

    /**
     * The stored form of a new user's name (Unicode NFC, surrounding spaces removed), for checking a name before
     * asking for a password.
     *
     * @throws AccountException when the name breaks the rules: 1 to 64 letters or digits of any script, and . _ - @
     */
    public static String checkName(String name) {
        return Names.user(name);
    }

    /**
     * Refuses a password that breaks the rules, before anything is opened or stored: a caller can tell the user's
     * mistake from a failure of the store.
     *
     * @throws AccountException when it is too short, too long or contains control characters
     */
    public static void checkPassword(char[] password) {
        Passwords.check(password);
    }

    /**
     * The stored form of a token label (null when none is given), for checking it before the store is opened.
     *
     * @throws AccountException when it is too long or holds a control character
     */
    public static String checkLabel(String label) {
        return Names.label(label);
    }

    /**
     * Adds a user. The password is checked ({@link Passwords#check}), hashed, and wiped from {@code password}.
     *
     * @throws AccountException when the name is invalid or taken, or the password is refused
     */
    public User addUser(String name, Role role, char[] password) {
        Objects.requireNonNull(role, "role");
        try {
            String n = Names.user(name);
            Passwords.check(password);
            String hash = passwords.hash(password);
            long now = now();
            boolean added = db.write(tx -> {
                if (tx.first("SELECT 1 FROM users WHERE name = ?", rs -> 1, n).isPresent()) {
                    return false;
                }
                tx.update("INSERT INTO users (name, role, password_hash, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?)",
                        n, role.key(), hash, now, now);
                return true;
            });
            if (!added) {
                throw new AccountException("a user named '" + n + "' already exists");
            }
            return new User(n, role, Instant.ofEpochMilli(now));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Sets a user's password (wiped from {@code password}) and ends the user's sessions.
     *
     * @return false when there is no such user
     * @throws AccountException when the password is refused
     */
    public boolean setPassword(String userName, char[] password) {
        String name = key(userName);
        try {
            Passwords.check(password);
            String hash = passwords.hash(password);
            long now = now();
            return db.write(tx -> {
                boolean found = tx.update("UPDATE users SET password_hash = ?, updated_ms = ? WHERE name = ?",
                        hash, now, name) > 0;
                tx.update("DELETE FROM sessions WHERE user_name = ?", name);
                return found;
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Changes a user's role (effective at the user's next request). Returns false when there is no such user. */
    public boolean setRole(String userName, Role role) {
        String name = key(userName);
        long now = now();
        return db.write(tx -> tx.update("UPDATE users SET role = ?, updated_ms = ? WHERE name = ?", role.key(), now,
                name) > 0);
    }

    /** Removes a user with the user's sessions and tokens. Returns false when there is no such user. */
    public boolean removeUser(String userName) {
        String name = key(userName);
        return db.write(tx -> {
            tx.update("DELETE FROM sessions WHERE user_name = ?", name);
            tx.update("DELETE FROM api_tokens WHERE user_name = ?", name);
            return tx.update("DELETE FROM users WHERE name = ?", name) > 0;
        });
    }

    /** Every user, by name. */
    public List<User> users() {
        return db.read(tx -> tx.query("SELECT name, role, created_ms FROM users ORDER BY name", Accounts::user));
    }

    /** The user with this name. */
    public Optional<User> user(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return db.read(tx -> tx.first("SELECT name, role, created_ms FROM users WHERE name = ?", Accounts::user,
                key(name)));
    }

    /** Whether any admin exists (a server reachable by others without one cannot be administered in the browser). */
    public boolean hasAdmin() {
        return db.read(tx -> tx.number("SELECT COUNT(*) FROM users WHERE role = ?", Role.ADMIN.key())) > 0;
    }

    /**
     * The user whose name and password these are. An unknown name takes as long as a wrong password, so the answer
     * tells nobody which names exist. {@code password} is wiped.
     */
    public Optional<User> authenticate(String userName, char[] password) {
        String name = key(userName);
        try {
            Optional<Credentials> c = name == null ? Optional.empty() : db.read(tx -> tx.first(
                    "SELECT name, role, created_ms, password_hash FROM users WHERE name = ?",
                    rs -> new Credentials(user(rs), rs.getString(4)), name));
            boolean ok = passwords.matches(password, c.map(Credentials::hash).orElse(null));
            return ok ? c.map(Credentials::user) : Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private record Credentials(User user, String hash) {
    }

    // --- sessions

    /** Starts a session for {@code user}; the cookie value is in the result only. Ended sessions are cleared away. */
    public NewSession startSession(User user) {
        String cookie = Secrets.random("");
        String csrf = Secrets.random("");
        long now = now();
        long expires = now + settings.sessionLifetime().toMillis();
        db.write(tx -> {
            tx.update("DELETE FROM sessions WHERE expires_ms <= ? OR last_seen_ms <= ?", now,
                    now - settings.sessionIdle().toMillis());
            return tx.update("INSERT INTO sessions (id_hash, user_name, csrf, created_ms, last_seen_ms, expires_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", Secrets.digest(cookie), user.name(), csrf, now, now, expires);
        });
        return new NewSession(cookie, new Session(user, csrf, Instant.ofEpochMilli(expires)));
    }

    /**
     * The live session whose cookie this is, with its user's current role; empty when it is unknown, expired, left
     * idle too long, or its user is gone.
     */
    public Optional<Session> session(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        String id = Secrets.digest(cookie);
        long now = now();
        long idleSince = now - settings.sessionIdle().toMillis();
        record Found(Session session, long lastSeen) {
        }
        Optional<Found> found = db.read(tx -> tx.first("SELECT u.name, u.role, u.created_ms, s.csrf, s.expires_ms, "
                + "s.last_seen_ms FROM sessions s JOIN users u ON u.name = s.user_name "
                + "WHERE s.id_hash = ? AND s.expires_ms > ? AND s.last_seen_ms > ?",
                rs -> new Found(new Session(user(rs), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))),
                        rs.getLong(6)), id, now, idleSince));
        found.filter(f -> now - f.lastSeen() >= TOUCH_EVERY.toMillis()).ifPresent(f -> db.write(tx ->
                tx.update("UPDATE sessions SET last_seen_ms = ? WHERE id_hash = ?", now, id)));
        return found.map(Found::session);
    }

    /** Ends the session whose cookie this is (signing out); nothing happens when there is none. */
    public void endSession(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return;
        }
        String id = Secrets.digest(cookie);
        db.write(tx -> tx.update("DELETE FROM sessions WHERE id_hash = ?", id));
    }

    // --- API tokens

    /**
     * Makes an API token acting as {@code userName}. The secret is in the result only; the store keeps its digest.
     *
     * @throws AccountException when there is no such user or the label is refused
     */
    public NewToken addToken(String user, String label) {
        String userName = key(user);
        String l = Names.label(label);
        String secret = Secrets.random(TOKEN_PREFIX);
        String prefix = secret.substring(0, SHOWN);
        long now = now();
        Optional<ApiToken> made = db.write(tx -> {
            if (tx.first("SELECT 1 FROM users WHERE name = ?", rs -> 1, userName).isEmpty()) {
                return Optional.<ApiToken>empty();
            }
            long id = tx.number("SELECT COALESCE(MAX(id), 0) FROM api_tokens") + 1;
            tx.update("INSERT INTO api_tokens (id, token_hash, prefix, user_name, label, created_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, Secrets.digest(secret), prefix, userName, l, now);
            return Optional.of(new ApiToken(id, userName, l, prefix, Instant.ofEpochMilli(now), null));
        });
        return new NewToken(made.orElseThrow(() -> new AccountException("no user named '" + userName + "'")), secret);
    }

    /** Every API token (without secrets), by number. */
    public List<ApiToken> tokens() {
        return db.read(tx -> tx.query("SELECT id, user_name, label, prefix, created_ms, last_used_ms FROM api_tokens "
                + "ORDER BY id", Accounts::token));
    }

    /** Removes a token: programs using it are refused from their next request. False when there is no such token. */
    public boolean removeToken(long id) {
        return db.write(tx -> tx.update("DELETE FROM api_tokens WHERE id = ?", id) > 0);
    }

    /** The user a presented token acts as (with that user's current role); empty when the token is unknown. */
    public Optional<User> tokenUser(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String digest = Secrets.digest(secret);
        long now = now();
        record Found(User user, long id, long lastUsed) {
        }
        Optional<Found> found = db.read(tx -> tx.first("SELECT u.name, u.role, u.created_ms, t.id, t.last_used_ms "
                + "FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?",
                rs -> new Found(user(rs), rs.getLong(4), rs.getLong(5)), digest));
        found.filter(f -> now - f.lastUsed() >= TOUCH_EVERY.toMillis()).ifPresent(f -> db.write(tx ->
                tx.update("UPDATE api_tokens SET last_used_ms = ? WHERE id = ?", now, f.id())));
        return found.map(Found::user);
    }

    // ---

    private long now() {
        return settings.clock().millis();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString(1), Role.parse(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        long used = rs.getLong(6);
        Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), lastUsed);
    }

    /** A name as typed, in the form names are stored in (lookups only; {@link Names#user} validates). */
    private static String key(String name) {
        return name == null ? null : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
    }
}
