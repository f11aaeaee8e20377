package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;

class AccountCommandsTest {
    @TempDir
    Path dir;
    private final InputStream savedIn = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(savedIn);
    }

    private CliRun withStdin(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    private String data() {
        return dir.toString();
    }

    @Test
    void addListSignInAndRemoveUsers() {
        CliRun add = withStdin("كلمة سر طويلة\n", "users", "add", "--data", data(), "--name", "سلمى", "--role",
                "Editor", "--password-stdin");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("added user 'سلمى' (editor)\n");
        CliRun admin = withStdin("s3cret-admin-pass\r\n", "users", "add", "--data", data(), "--name", "admin",
                "--role", "admin", "--password-stdin");
        assertThat(admin.exitCode()).as(admin.err()).isZero();

        CliRun list = CliRun.of("users", "list", "--data", data());
        assertThat(list.out()).contains("admin").contains("سلمى").contains("editor").doesNotContain("s3cret");
        assertThat(list.out().lines()).hasSize(2);
        JsonNode json = readJson(CliRun.of("users", "list", "--data", data(), "--json").out());
        assertThat(json.get(0).path("name").asText()).isEqualTo("admin");
        assertThat(json.get(1).path("role").asText()).isEqualTo("editor");
        assertThat(json.get(1).has("password_hash")).isFalse();

        // The password typed is the one that signs in (the CR of a Windows line end is not part of it).
        try (Archive a = Archive.open(dir, null)) {
            Accounts accounts = Accounts.open(a.store().database());
            assertThat(accounts.authenticate("admin", "s3cret-admin-pass".toCharArray())).isPresent();
            assertThat(accounts.authenticate("سلمى", "كلمة سر طويلة".toCharArray()))
                    .map(u -> u.role()).contains(Role.EDITOR);
        }

        CliRun remove = CliRun.of("users", "remove", "--data", data(), "admin");
        assertThat(remove.exitCode()).isZero();
        assertThat(remove.err()).isEqualTo("marsad: no admin is left (add one with 'marsad users add --role admin')\n");
        assertThat(CliRun.of("users", "list", "--data", data()).out()).doesNotContain("admin");
        CliRun again = CliRun.of("users", "remove", "--data", data(), "admin");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("marsad: no user named 'admin'\n");
    }

    @Test
    void badInputIsOneLineAndAddsNobody() {
        CliRun role = withStdin("long enough\n", "users", "add", "--data", data(), "--name", "x", "--role", "owner",
                "--password-stdin");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).isEqualTo("marsad: unknown role 'owner' (admin, editor or reader)\n");

        CliRun name = withStdin("long enough\n", "users", "add", "--data", data(), "--name", "a b", "--role",
                "reader", "--password-stdin");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).isEqualTo("marsad: a user name may hold letters, digits and . _ - @ only\n");

        CliRun weak = withStdin("hunter2\n", "users", "add", "--data", data(), "--name", "x", "--role", "reader",
                "--password-stdin");
        // a password the rules refuse is bad input, as a bad name or role is: 2
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).isEqualTo("marsad: the password is too short: at least 8 characters\n");

        CliRun empty = withStdin("", "users", "add", "--data", data(), "--name", "x", "--role", "reader",
                "--password-stdin");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("marsad: no password on standard input");

        // Tests run without a terminal: asking for the password is impossible, and says what to do instead.
        CliRun noConsole = CliRun.of("users", "add", "--data", data(), "--name", "x", "--role", "reader");
        assertThat(noConsole.exitCode()).isEqualTo(2);
        assertThat(noConsole.err()).isEqualTo("marsad: no terminal to ask for the password: give it on standard "
                + "input with --password-stdin\n");

        assertThat(CliRun.of("users", "list", "--data", data()).out()).startsWith("no users");

        withStdin("long enough\n", "users", "add", "--data", data(), "--name", "x", "--role", "reader",
                "--password-stdin");
        CliRun taken = withStdin("other password\n", "users", "add", "--data", data(), "--name", "x", "--role",
                "admin", "--password-stdin");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("marsad: a user named 'x' already exists\n");
        assertThat(CliRun.of("users", "list", "--data", data()).out()).contains("reader").doesNotContain("admin");
    }

    @Test
    void aTokenIsPrintedOnceAndStoredOnlyAsADigest() throws IOException {
        withStdin("long enough\n", "users", "add", "--data", data(), "--name", "bot", "--role", "editor",
                "--password-stdin");
        CliRun add = CliRun.of("tokens", "add", "--data", data(), "--user", "bot", "--name", "nightly import");
        assertThat(add.exitCode()).as(add.err()).isZero();
        String token = add.out().strip();
        assertThat(add.out()).isEqualTo(token + "\n");
        assertThat(token).matches("marsad_[A-Za-z0-9_-]{43}");
        assertThat(add.err()).startsWith("marsad: token 1 acts as 'bot' (editor); it is shown this once")
                .doesNotContain(token);

        CliRun list = CliRun.of("tokens", "list", "--data", data());
        assertThat(list.out()).contains("bot").contains("nightly import").contains(token.substring(0, 11))
                .contains("never used").doesNotContain(token);
        JsonNode json = readJson(CliRun.of("tokens", "list", "--data", data(), "--json").out());
        assertThat(json.get(0).path("prefix").asText()).isEqualTo(token.substring(0, 11));
        assertThat(json.toString()).doesNotContain(token);

        try (Archive a = Archive.open(dir, null)) {
            assertThat(Accounts.open(a.store().database()).tokenUser(token)).isPresent();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(token.substring(7));
            }
        }

        CliRun remove = CliRun.of("tokens", "remove", "--data", data(), "1");
        assertThat(remove.exitCode()).isZero();
        try (Archive a = Archive.open(dir, null)) {
            assertThat(Accounts.open(a.store().database()).tokenUser(token)).isEmpty();
        }
        CliRun missing = CliRun.of("tokens", "remove", "--data", data(), "1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("marsad: no API token 1\n");
        CliRun ghost = CliRun.of("tokens", "add", "--data", data(), "--user", "ghost");
        assertThat(ghost.exitCode()).isEqualTo(1);
        assertThat(ghost.out()).isEmpty();
        assertThat(ghost.err()).isEqualTo("marsad: no user named 'ghost' (see 'marsad users list')\n");
        // a label the rules refuse is bad input (2), whoever the user is
        CliRun label = CliRun.of("tokens", "add", "--data", data(), "--user", "bot", "--name", "x".repeat(500));
        assertThat(label.exitCode()).isEqualTo(2);
        assertThat(label.err()).startsWith("marsad: the token label is too long").hasLineCount(1);
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        withStdin("first password\n", "users", "add", "--data", data(), "--name", "amal", "--role", "reader",
                "--password-stdin");
        CliRun set = withStdin("second password\n", "users", "password", "--data", data(), "amal",
                "--password-stdin");
        assertThat(set.exitCode()).as(set.err()).isZero();
        try (Archive a = Archive.open(dir, null)) {
            Accounts accounts = Accounts.open(a.store().database());
            assertThat(accounts.authenticate("amal", "first password".toCharArray())).isEmpty();
            assertThat(accounts.authenticate("amal", "second password".toCharArray())).isPresent();
        }
        CliRun nobody = withStdin("second password\n", "users", "password", "--data", data(), "nobody",
                "--password-stdin");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).isEqualTo("marsad: no user named 'nobody'\n");
    }

    @Test
    void readCommandsOnAMissingDirectoryCreateNothing() {
        Path missing = dir.resolve("none");
        CliRun list = CliRun.of("users", "list", "--data", missing.toString());
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).startsWith("marsad: no data directory at");
        assertThat(CliRun.of("tokens", "list", "--data", missing.toString()).exitCode()).isEqualTo(1);
        assertThat(missing).doesNotExist();
    }

    private static JsonNode readJson(String s) {
        try {
            return ArticleJson.mapper().readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }
}
