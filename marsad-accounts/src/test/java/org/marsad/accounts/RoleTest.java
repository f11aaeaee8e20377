package org.marsad.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void parsesTheThreeRolesInAnyCase() {
        assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.parse(" Editor ")).isEqualTo(Role.EDITOR);
        assertThat(Role.parse("READER")).isEqualTo(Role.READER);
        for (Role r : Role.values()) {
            assertThat(Role.parse(r.key())).isEqualTo(r);
        }
    }

    @Test
    void anUnknownRoleNamesTheValidOnes() {
        assertThatThrownBy(() -> Role.parse("owner")).isInstanceOf(AccountException.class)
                .hasMessage("unknown role 'owner' (admin, editor or reader)");
        assertThatThrownBy(() -> Role.parse("")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> Role.parse(null)).isInstanceOf(AccountException.class);
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.ADMIN.includes(Role.READER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.READER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.READER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.READER.includes(Role.READER)).isTrue();
    }
}
