package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.ondernemerscheck.application.accounts.port.in.SessionValidityUseCase;
import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Two filter chains. The public calculation API is stateless: no session, no cookies, no CSRF token (it changes
 * nothing and reads no client data). Everything else is the Vaadin application behind the login view, where each view
 * declares who may open it. Anonymous access is limited to the documented list (docs/security.md): the login view,
 * the first-administrator setup (closed once an administrator exists), the forgotten-password request and its
 * link, the public API and its description (OpenAPI
 * document and its readable page), health.
 *
 * <p>Browser protection on every response of the application: a content security policy with
 * {@code frame-ancestors 'none'} (Vaadin's client needs inline and evaluated scripts, a documented deviation from
 * ASVS 3.4.3), nosniff, a strict referrer policy, and HSTS for a year on requests that arrived over HTTPS. The
 * session id changes at sign-in; the idle timeout depends on the role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Refused calls become events, which RefusedCallRecorder writes to the audit trail. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * Navigation access as Vaadin configures it by default (the views' access annotations decide; the Vaadin
     * configurer below switches it on), with refusals of signed-in users written to the audit trail.
     */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            ObjectProvider<RecordSecurityEventUseCase> events) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new RefusedNavigationRecorder(events)).disabled();
    }

    /**
     * No observation of requests, authentications and authorizations by Spring Security: nothing reads them (no
     * metrics endpoint, no tracing), and wrapping every filter of every request in an observation cost the
     * calculation API a visible share of its time (docs/performance.md, "Calculation API").
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Method security as Spring Security sets it up by default, except that its expressions ({@code permitAll()},
     * {@code hasRole('ACCOUNTANT')}, ...) are compiled to bytecode once they have been evaluated a number of times
     * instead of being interpreted on every call: interpreting {@code permitAll()} on the calculation use case was
     * about 6 % of the public API's time (docs/performance.md, "Calculation API", third round). Mixed mode falls back
     * to interpreting an expression that cannot be compiled or whose compiled form fails, so no rule changes meaning.
     */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setApplicationContext(context);
        handler.setExpressionParser(new SpelExpressionParser(new SpelParserConfiguration(SpelCompilerMode.MIXED,
                SecurityConfiguration.class.getClassLoader())));
        return handler;
    }

    /**
     * Only what the stateless API needs: the security headers, anonymous access to the documented paths, everything
     * else refused with a status. No session handling at all (nothing here creates one), no logout, no wrapped
     * servlet request, no CSRF token, no request cache and no stored security context.
     *
     * <p>A plain calculation request (a JSON {@code POST /api/v1/calculations} that accepts JSON) does not pass this
     * chain: {@code adapter.web.api.PlainCalculationFilter} answers it ahead of the chain with the same
     * {@link PublicApiHeaders}, which is all this chain would add to an anonymous, permitted, stateless request.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                        "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                                "/swagger-ui.html", "/actuator/health").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.disable())
                .logout(l -> l.disable())
                .servletApi(s -> s.disable())
                // a machine client gets a status, never a redirect to a login page meant for people
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .anonymous(a -> { })
                .headers(h -> h.defaultsDisabled().addHeaderWriter(PublicApiHeaders.WRITER))
                .build();
    }

    /**
     * Where a refused sign-in lands: one message for a wrong password and an unknown address alike; a separate one
     * only for throttling (which treats unknown addresses the same) and for a busy server.
     */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error=wacht",
                AuthenticationServiceException.class.getName(), "/login?error=druk"));
        return handler;
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, SessionValidityUseCase sessions) throws Exception {
        http.headers(h -> h
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(o -> { })
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(t -> t.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
        http.sessionManagement(s -> s.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new RoleIdleTimeout()))));
        http.addFilterBefore(new BrowserHeadersFilter(CONTENT_SECURITY_POLICY), HeaderWriterFilter.class);
        http.addFilterAfter(new SessionStillValidFilter(sessions), AnonymousAuthenticationFilter.class);
        http.addFilterAfter(new TenantContextFilter(), SessionStillValidFilter.class);
        // The documented anonymous pages, named here as well as on their views, so the request level does not depend
        // on Vaadin's route scanning; the views' own access annotations still decide navigation. The product's
        // stylesheet holds only CSS.
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/login", "/inrichten", "/uitnodiging/*",
                "/check/*", "/wachtwoord-vergeten", "/wachtwoord-herstellen/*").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // registered after Vaadin's configurer, so Vaadin's login view counts; the handler is put on the filter last
        http.formLogin(f -> f.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(signInFailures());
                return filter;
            }
        }));
        return http.build();
    }
}
