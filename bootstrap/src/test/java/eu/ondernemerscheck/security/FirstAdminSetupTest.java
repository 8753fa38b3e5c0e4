package eu.ondernemerscheck.security;

import eu.ondernemerscheck.application.accounts.port.in.CreateFirstAdminCommand;
import eu.ondernemerscheck.application.accounts.port.in.FirstAdminSetupUseCase;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult.Outcome;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * ASVS 6.3.2: a fresh installation has no accounts at all; the first administrator needs the one-time secret, which
 * is stored only as a hash and works once. This is the only test that creates an administrator in the shared
 * database; every other test works with firms, accountants and clients.
 */
@IntegrationTest
class FirstAdminSetupTest {

    @Autowired
    FirstAdminSetupUseCase setup;
    @Autowired
    SignInUseCase signIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorIsCreatedOnceWithTheOneTimeSecretAndSetupThenCloses() {
        assertThat(jdbc.queryForObject("select count(*) from platform.app_user where role = 'ADMIN'", Long.class))
                .isZero();
        assertThat(setup.setupOpen()).isTrue();
        String first = setup.issueSetupSecret().orElseThrow();
        String secret = setup.issueSetupSecret().orElseThrow();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select secret_hash from platform.setup_secret", String.class))
                .hasSize(64).doesNotContain(secret);

        assertThat(refusal(new CreateFirstAdminCommand(first, "beheer@example.nl", "Beheer",
                "Een-Sterk-Wachtwoord-2026", "192.0.2.1"))).isEqualTo("secret");
        assertThat(refusal(new CreateFirstAdminCommand(secret, "beheer@example.nl", "Beheer", "wachtwoord1",
                "192.0.2.1"))).isEqualTo("password");

        String password = "Een-Sterk-Wachtwoord-2026";
        setup.createFirstAdmin(new CreateFirstAdminCommand(secret, "Beheer@Example.nl", "Beheer", password,
                "192.0.2.1"));

        assertThat(setup.setupOpen()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from platform.setup_secret", Long.class)).isZero();
        assertThat(refusal(new CreateFirstAdminCommand(secret, "tweede@example.nl", "Tweede", password,
                "192.0.2.1"))).isEqualTo("secret");
        assertThat(setup.issueSetupSecret()).isEmpty();
        assertThat(signIn.signIn(new SignInCommand("beheer@example.nl", password, "192.0.2.2")).outcome())
                .isEqualTo(Outcome.SIGNED_IN);
        assertThat(jdbc.queryForList("select action from platform.audit_event where action like 'setup.%'",
                String.class)).contains("setup.refused", "setup.first-admin");
    }

    private String refusal(CreateFirstAdminCommand command) {
        Throwable t = catchThrowable(() -> setup.createFirstAdmin(command));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) t).errors().stream().map(FieldError::field).findFirst().orElseThrow();
    }

    @Test
    void aCommandWithoutAValidEmailIsRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> new CreateFirstAdminCommand("x", "geen-adres", "Naam", "x", null))
                .isInstanceOf(InvalidInputException.class);
    }
}
