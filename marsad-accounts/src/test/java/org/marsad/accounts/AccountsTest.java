package org.marsad.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Database;
import org.marsad.testing.TestClock;

class AccountsTest {
    @TempDir
    Path dir;
    private Database db;
    private TestClock clock;
    private Accounts accounts;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"));
        clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));
        // The lowest bcrypt cost keeps the tests quick; the cost does not change what matches.
        accounts = Accounts.open(db, Accounts.Settings.defaults().withClock(clock).withBcryptCost(4));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneDoesNot() {
        User added = accounts.addUser("salma", Role.EDITOR, pw("correct horse"));
        assertThat(added).isEqualTo(new User("salma", Role.EDITOR, clock.instant()));

        assertThat(accounts.authenticate("salma", pw("correct horse"))).contains(added);
        assertThat(accounts.authenticate("salma", pw("correct horsE"))).isEmpty();
        assertThat(accounts.authenticate("salma", pw(""))).isEmpty();
        assertThat(accounts.authenticate("nobody", pw("correct horse"))).isEmpty();
        assertThat(accounts.authenticate(null, pw("correct horse"))).isEmpty();
        assertThat(accounts.authenticate("salma", pw("x".repeat(100)))).isEmpty();
    }

    @Test
    void anArabicPasswordAndNameWork() {
        accounts.addUser("سلمى", Role.READER, pw("كلمة سر طويلة"));
        assertThat(accounts.authenticate("سلمى", pw("كلمة سر طويلة"))).isPresent();
        assertThat(accounts.authenticate("سلمى", pw("كلمة سر طويله"))).isEmpty();
    }

    @Test
    void thePasswordArrayIsWipedAfterUse() {
        char[] p = pw("correct horse");
        accounts.addUser("salma", Role.READER, p);
        assertThat(new String(p)).isEqualTo("\0".repeat(13));
        char[] q = pw("correct horse");
        accounts.authenticate("salma", q);
        assertThat(new String(q)).isEqualTo("\0".repeat(13));
    }

    @Test
    void badNamesAndPasswordsAreRefusedWithoutQuotingThePassword() {
        assertThatThrownBy(() -> accounts.addUser("", Role.READER, pw("long enough")))
                .isInstanceOf(AccountException.class).hasMessage("a user name is required");
        assertThatThrownBy(() -> accounts.addUser("two words", Role.READER, pw("long enough")))
                .hasMessage("a user name may hold letters, digits and . _ - @ only");
        assertThatThrownBy(() -> accounts.addUser("x".repeat(65), Role.READER, pw("long enough")))
                .hasMessageStartingWith("the user name is too long");
        assertThatThrownBy(() -> accounts.addUser("salma", Role.READER, pw("short7!")))
                .hasMessage("the password is too short: at least 8 characters");
        // 37 Arabic letters are 74 bytes: bcrypt would ignore the end, so it is refused rather than cut.
        assertThatThrownBy(() -> accounts.addUser("salma", Role.READER, pw("س".repeat(37))))
                .hasMessageStartingWith("the password is too long: at most 72 bytes").hasMessageNotContaining("س");
        assertThatThrownBy(() -> accounts.addUser("salma", Role.READER, pw("tab\there ok")))
                .hasMessage("the password contains a control character");
        assertThat(accounts.users()).isEmpty();

        accounts.addUser("salma", Role.READER, pw("long enough"));
        assertThatThrownBy(() -> accounts.addUser(" salma ", Role.ADMIN, pw("other password")))
                .hasMessage("a user named 'salma' already exists");
        assertThat(accounts.users()).extracting(User::role).containsExactly(Role.READER);
    }

    @Test
    void usersAreListedByNameAndRemovedWithTheirSessionsAndTokens() {
        User b = accounts.addUser("bilal", Role.ADMIN, pw("password one"));
        accounts.addUser("amal", Role.READER, pw("password two"));
        assertThat(accounts.users()).extracting(User::name).containsExactly("amal", "bilal");
        assertThat(accounts.hasAdmin()).isTrue();

        NewSession s = accounts.startSession(b);
        NewToken t = accounts.addToken("bilal", "ci");
        assertThat(accounts.removeUser("bilal")).isTrue();
        assertThat(accounts.removeUser("bilal")).isFalse();
        assertThat(accounts.hasAdmin()).isFalse();
        assertThat(accounts.session(s.cookie())).isEmpty();
        assertThat(accounts.tokenUser(t.secret())).isEmpty();
        assertThat(accounts.tokens()).isEmpty();
        assertThat(accounts.authenticate("bilal", pw("password one"))).isEmpty();
    }

    @Test
    void aTokenActsAsItsUserUntilRemoved() {
        accounts.addUser("bot", Role.EDITOR, pw("password one"));
        NewToken t = accounts.addToken("bot", "  nightly import ");
        assertThat(t.secret()).startsWith("marsad_").hasSize("marsad_".length() + 43);
        assertThat(t.token()).isEqualTo(new ApiToken(1, "bot", "nightly import", t.secret().substring(0, 11),
                clock.instant(), null));

        assertThat(accounts.tokenUser(t.secret())).map(User::role).contains(Role.EDITOR);
        assertThat(accounts.tokens().get(0).lastUsed()).isEqualTo(clock.instant());
        // A role change applies to the token's next request.
        accounts.setRole("bot", Role.READER);
        assertThat(accounts.tokenUser(t.secret())).map(User::role).contains(Role.READER);

        String tampered = t.secret().substring(0, t.secret().length() - 1)
                + (t.secret().endsWith("A") ? "B" : "A");
        assertThat(accounts.tokenUser(tampered)).isEmpty();
        assertThat(accounts.tokenUser("")).isEmpty();
        assertThat(accounts.tokenUser(null)).isEmpty();
        assertThat(accounts.tokenUser(t.secret().substring("marsad_".length()))).isEmpty();

        NewToken second = accounts.addToken("bot", null);
        assertThat(second.token().id()).isEqualTo(2);
        assertThat(second.secret()).isNotEqualTo(t.secret());
        assertThat(accounts.removeToken(1)).isTrue();
        assertThat(accounts.removeToken(1)).isFalse();
        assertThat(accounts.tokenUser(t.secret())).isEmpty();
        assertThat(accounts.tokenUser(second.secret())).isPresent();
    }

    @Test
    void aTokenNeedsAnExistingUser() {
        assertThatThrownBy(() -> accounts.addToken("ghost", null)).isInstanceOf(AccountException.class)
                .hasMessage("no user named 'ghost'");
        assertThat(accounts.tokens()).isEmpty();
    }

    @Test
    void secretsNeverAppearInTheirObjectsPrintedForm() {
        accounts.addUser("bot", Role.EDITOR, pw("password one"));
        NewToken t = accounts.addToken("bot", null);
        assertThat(t.toString()).doesNotContain(t.secret()).contains("***");
        NewSession s = accounts.startSession(accounts.user("bot").orElseThrow());
        assertThat(s.toString()).doesNotContain(s.cookie()).doesNotContain(s.session().csrf());
    }

    @Test
    void noPasswordTokenOrSessionCookieIsStoredInPlain() throws IOException {
        String password = "unmistakable-password-42";
        accounts.addUser("bot", Role.EDITOR, password.toCharArray());
        NewToken t = accounts.addToken("bot", null);
        NewSession s = accounts.startSession(accounts.authenticate("bot", password.toCharArray()).orElseThrow());
        db.close();

        List<String> files = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                files.add(f.getFileName().toString());
                everything.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).contains("marsad.db");
        String bytes = everything.toString();
        assertThat(bytes).contains("$2a$04$").contains(Secrets.digest(t.secret()));
        assertThat(bytes).doesNotContain(password).doesNotContain(t.secret()).doesNotContain(s.cookie())
                .doesNotContain(t.secret().substring(12));
        db = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"));
    }

    @Test
    void aSessionLastsUntilItExpiresOrIsLeftIdle() {
        Accounts.Settings settings = new Accounts.Settings(Duration.ofHours(10), Duration.ofHours(2), 4, clock);
        Accounts acc = Accounts.open(db, settings);
        User u = acc.addUser("salma", Role.EDITOR, pw("password one"));
        NewSession s = acc.startSession(u);
        assertThat(s.session().expires()).isEqualTo(clock.instant().plus(Duration.ofHours(10)));
        assertThat(acc.session(s.cookie())).map(Session::user).contains(u);
        assertThat(acc.session(s.cookie()).orElseThrow().csrf()).isEqualTo(s.session().csrf()).hasSize(43);

        // Used every 90 minutes: alive until the absolute lifetime ends.
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(90));
            assertThat(acc.session(s.cookie())).as("after %d×90 min", i + 1).isPresent();
        }
        clock.advance(Duration.ofMinutes(60));
        assertThat(acc.session(s.cookie())).as("after 10 hours").isEmpty();

        NewSession idle = acc.startSession(u);
        clock.advance(Duration.ofHours(2));
        assertThat(acc.session(idle.cookie())).as("idle 2 hours").isEmpty();
    }

    @Test
    void signingOutOrANewPasswordEndsSessions() {
        User u = accounts.addUser("salma", Role.EDITOR, pw("password one"));
        NewSession a = accounts.startSession(u);
        NewSession b = accounts.startSession(u);
        assertThat(a.cookie()).isNotEqualTo(b.cookie());
        assertThat(a.session().csrf()).isNotEqualTo(b.session().csrf());

        accounts.endSession(a.cookie());
        assertThat(accounts.session(a.cookie())).isEmpty();
        assertThat(accounts.session(b.cookie())).isPresent();

        assertThat(accounts.setPassword("salma", pw("password two"))).isTrue();
        assertThat(accounts.session(b.cookie())).isEmpty();
        assertThat(accounts.authenticate("salma", pw("password one"))).isEmpty();
        assertThat(accounts.authenticate("salma", pw("password two"))).isPresent();
        assertThat(accounts.setPassword("nobody", pw("password two"))).isFalse();
    }

    @Test
    void unknownOrMalformedCookiesFindNoSession() {
        assertThat(accounts.session(null)).isEmpty();
        assertThat(accounts.session("")).isEmpty();
        assertThat(accounts.session("x".repeat(5000))).isEmpty();
        assertThat(accounts.session(Secrets.random(""))).isEmpty();
    }

    @Test
    void aSessionSeesItsUsersCurrentRole() {
        User u = accounts.addUser("salma", Role.EDITOR, pw("password one"));
        NewSession s = accounts.startSession(u);
        accounts.setRole("salma", Role.READER);
        assertThat(accounts.session(s.cookie()).orElseThrow().user().role()).isEqualTo(Role.READER);
    }
}
