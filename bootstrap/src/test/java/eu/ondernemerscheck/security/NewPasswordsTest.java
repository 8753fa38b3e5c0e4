package eu.ondernemerscheck.security;

import eu.ondernemerscheck.application.accounts.NewPasswords;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one rule for a chosen password, used by the invitation, the reset link and the password change: refused by the
 * policy at the form's field, "busy" in plain words, otherwise hashed exactly as typed.
 */
class NewPasswordsTest {

    private static HashPasswordPort hasher(boolean busy) {
        return new HashPasswordPort() {
            @Override
            public String hash(String password) {
                if (busy) {
                    throw new Busy();
                }
                return "hash:" + password;
            }

            @Override
            public boolean matches(String password, String storedHash) {
                return storedHash.equals("hash:" + password);
            }

            @Override
            public boolean needsRehash(String storedHash) {
                return false;
            }
        };
    }

    @Test
    void aGoodPasswordIsHashedExactlyAsTyped() {
        assertThat(NewPasswords.checkAndHash("password", " Zilveren-Maan-Schijnt-2026 ", List.of("an@example.nl"),
                hasher(false))).isEqualTo("hash: Zilveren-Maan-Schijnt-2026 ");
    }

    @Test
    void aPasswordThePolicyRefusesIsShownAtTheFieldAndNotHashed() {
        assertThatThrownBy(() -> NewPasswords.checkAndHash("newPassword", "kort", List.of(), hasher(true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(f ->
                                assertThat(f.field()).isEqualTo("newPassword")));
    }

    @Test
    void aBusyHasherIsAPlainTryAgainAtTheField() {
        assertThatThrownBy(() -> NewPasswords.checkAndHash("password", "Zilveren-Maan-Schijnt-2026", List.of(),
                hasher(true))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("password");
                    assertThat(f.message()).contains("Probeer het over enkele seconden opnieuw");
                }));
    }

    @Test
    void aTokenIsStoredAsItsSha256() {
        assertThat(NewPasswords.tokenHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
