package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What a user sees when MARSAD_DB_URL (or a worker's --db) is wrong: one line saying what is wrong with the
 * address or the connection, the password masked. Found running README's scaling-out set-up (review26): a URL
 * without "jdbc:" gave Flyway's "No Flyway database plugin found to handle ********" and a link to Flyway's help
 * site, and an unreachable server "Unable to obtain connection from database (jdbc:postgresql:********) for user
 * 'null': ..." although the user was in the URL.
 */
class StoreAddressTest {

    @Test
    void anAddressThatIsNotAJdbcUrlIsNamedWithTheExpectedForm() {
        assertThatThrownBy(() -> Database.open("postgresql://127.0.0.1/marsad?user=marsad&password=secret"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a store address")
                .hasMessageContaining("jdbc:postgresql://HOST/DB")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("Flyway");
    }

    @Test
    void anUnreachableServerIsSaidInOneLineWithoutFlywaysWrapping() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/marsad?user=marsad&password=secret"))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .startsWith("cannot prepare the store at jdbc:postgresql://127.0.0.1:1/marsad?user=marsad"
                                + "&password=***: cannot connect: ")
                        .contains("refused")
                        .doesNotContain("'null'").doesNotContain("secret"));
    }
}
