package org.marsad.web;

import java.time.Clock;
import java.time.Duration;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.store.Archive;

/**
 * The two users the signed-in page tests act as: salma, an editor ("editor password"), and amal, a reader ("reader
 * password"), in the archive's own store, with a low bcrypt cost so that signing in stays quick in tests.
 */
final class TestTeam {
    private TestTeam() {
    }

    static Accounts editorAndReader(Archive archive, Clock clock) {
        Accounts accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        return accounts;
    }

    /** The web UI on a free loopback port over this archive, signing in with these accounts. */
    static WebServer serve(Archive archive, Clock clock, Accounts accounts) {
        return WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, clock, null, null, null)
                .withAccounts(accounts));
    }
}
