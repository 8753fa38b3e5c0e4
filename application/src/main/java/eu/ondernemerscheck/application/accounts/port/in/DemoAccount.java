package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.Role;

/** A demo account created at start-up, with the password generated for it; shown once and never stored in clear. */
public record DemoAccount(Role role, String email, String password) {
}
