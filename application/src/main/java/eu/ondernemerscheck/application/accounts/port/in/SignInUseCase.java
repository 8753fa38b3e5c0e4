package eu.ondernemerscheck.application.accounts.port.in;

/** Checks an e-mail address and password, with throttling per account and per network address, and records it. */
public interface SignInUseCase {
    SignInResult signIn(SignInCommand command);
}
