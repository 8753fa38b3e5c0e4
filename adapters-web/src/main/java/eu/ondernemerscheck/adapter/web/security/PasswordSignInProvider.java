package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount.SecondFactor;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns the login form's e-mail address and password into a signed-in user through the application's sign-in use
 * case, which throttles, verifies and records. A user who still needs a second factor gets no role yet: only the
 * password factor authority, with which nothing but the second-factor view opens (SecondFactorSession).
 */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

    private final SignInUseCase signIn;

    PasswordSignInProvider(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress()
                : null;
        Object credentials = authentication.getCredentials();
        SignInResult result = signIn.signIn(new SignInCommand(authentication.getName(),
                credentials == null ? "" : credentials.toString(), address));
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                SignedInUser user = SignedInUser.of(result.account());
                List<GrantedAuthority> authorities = result.account().secondFactor() == SecondFactor.NONE
                        ? List.of(SecondFactorSession.PASSWORD_FACTOR, user.roleAuthority())
                        : List.of(SecondFactorSession.PASSWORD_FACTOR);
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user,
                        null, authorities);
                token.setDetails(authentication.getDetails());
                yield token;
            }
            case THROTTLED -> throw new LockedException("too many attempts");
            case BUSY -> throw new AuthenticationServiceException("busy");
            case REFUSED -> throw new BadCredentialsException("refused");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
