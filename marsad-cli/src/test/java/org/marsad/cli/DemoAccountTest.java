package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.store.Archive;
import org.marsad.watch.Watch;
import org.marsad.watch.Watches;

/**
 * review27: README has a new user run the demo, then add watches with {@code watches add} (no {@code --user}: a
 * watch only admins see), then sign in with the account the demo printed — an editor, who saw none of them.
 */
class DemoAccountTest {
    @TempDir
    Path dir;

    @Test
    void theDemoAccountSeesTheWatchesAddedOnTheCommandLine() {
        assertThat(CliRun.of("demo", "--data", dir.toString(), "--no-serve").exitCode()).isZero();
        CliRun add = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "مساعدات غزة", "--query", "غزة");
        assertThat(add.exitCode()).as(add.err()).isZero();

        try (Archive archive = Archive.open(dir, null)) {
            String password = DemoCommand.demoAccount(archive);
            Accounts accounts = UsersCommand.accounts(archive);
            Optional<User> demo = accounts.authenticate(DemoCommand.DEMO_USER, password.toCharArray());
            assertThat(demo).isPresent();
            try (Watches watches = WatchesCommand.open(archive)) {
                Watch added = watches.list().get(0);
                assertThat(added.owner()).isNull();
                // The web's rule (WatchApi.mayManage): a watch without an owner is an admin's to see and change.
                assertThat(demo.get().can(Role.ADMIN)).as("the demo account sees ownerless watches").isTrue();
            }
            // A new run gives a new password; the old one no longer signs in.
            DemoCommand.demoAccount(archive);
            assertThat(accounts.authenticate(DemoCommand.DEMO_USER, password.toCharArray())).isEmpty();
        }
    }
}
