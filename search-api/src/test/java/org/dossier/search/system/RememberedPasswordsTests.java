package org.dossier.search.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A remembered password is still the password: wrong ones and changed ones are refused. */
class RememberedPasswordsTests {

    private final RememberedPasswords passwords =
            new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void aGoodPasswordMatchesAgainAndAWrongOneNever() {
        String stored = passwords.encode("right-pw");
        assertThat(stored).startsWith("{bcrypt}");

        assertThat(passwords.matches("right-pw", stored)).isTrue();
        assertThat(passwords.matches("right-pw", stored)).isTrue();
        assertThat(passwords.matches("wrong-pw", stored)).isFalse();
        assertThat(passwords.matches("right-pw ", stored)).isFalse();
    }

    @Test
    void aChangedPasswordRefusesTheOldOne() {
        String before = passwords.encode("old-pw");
        assertThat(passwords.matches("old-pw", before)).isTrue();

        String after = passwords.encode("new-pw");

        assertThat(passwords.matches("old-pw", after)).isFalse();
        assertThat(passwords.matches("new-pw", after)).isTrue();
    }
}
